package dev.trustrules.internal.run;

import dev.trustrules.internal.compile.GeneratedModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.drools.core.impl.RuleBaseFactory;

/** Loads a verified executable model into a knowledge base, its classes in a loader of their own. */
public final class ModelLoader {
    private ModelLoader() {}

    static KieBase load(GeneratedModel model) {
        return load(model, ModelLoader.class.getClassLoader(), java.util.Set.of());
    }

    /**
     * Loads a verified model whose rules match the facts of another version: the classes named in
     * {@code shared} (that version's declared types, compiled from the same declarations) are not defined
     * again but taken from {@code parent}, that version's loader, so both knowledge bases see one class.
     */
    public static KieBase load(GeneratedModel model, ClassLoader parent, java.util.Set<String> shared) {
        Map<String, byte[]> byBinaryName = new HashMap<>();
        model.classes().forEach((name, bytes) -> byBinaryName.put(name.replace('/', '.'), bytes));
        byBinaryName.keySet().removeAll(shared);
        ClassLoader loader = new PolicyClassLoader(parent, byBinaryName);
        List<Model> models = new ArrayList<>();
        try {
            for (String name : model.models()) {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the compiled model cannot be loaded: " + e, e);
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return KieBaseBuilder.createKieBaseFromModel(models, RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
