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
final class ModelLoader {
    private ModelLoader() {}

    static KieBase load(GeneratedModel model) {
        Map<String, byte[]> byBinaryName = new HashMap<>();
        model.classes().forEach((name, bytes) -> byBinaryName.put(name.replace('/', '.'), bytes));
        ClassLoader loader = new PolicyClassLoader(ModelLoader.class.getClassLoader(), byBinaryName);
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
