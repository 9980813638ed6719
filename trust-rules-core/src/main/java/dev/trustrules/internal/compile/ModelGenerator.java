package dev.trustrules.internal.compile;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.internal.compile.ParsedPolicy.Item;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.compiler.JavaDialectConfiguration;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.ModelWriter;
import org.drools.model.codegen.execmodel.PackageSources;
import org.drools.util.PortablePath;
import org.kie.api.KieServices;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.memorycompiler.CompilationResult;

/**
 * Compile stage: turns a parsed version into the Drools executable model, Java classes held in
 * memory. Every condition, consequence, {@code eval}, function, declared type and decision-table row
 * becomes bytecode that the sandbox verifies before any of it is loaded; no rule is ever interpreted.
 *
 * <p>Drives the executable model's code generator and Java compiler directly rather than through a
 * {@code KieBuilder}: no module, pom or jar is assembled, and a failed build is reported only through
 * the problems it returns (a {@code KieBuilder} also logs each failure at ERROR).
 */
public final class ModelGenerator {

    private ModelGenerator() {}

    /**
     * The classes of {@code parsed}.
     *
     * @throws PolicyBuildException with the compile errors, each at the file and line of the rule it is about
     */
    public static GeneratedModel generate(ParsedPolicy parsed) {
        ClassLoader loader = ModelGenerator.class.getClassLoader();
        Map<String, ParsedFile> compiled = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (ParsedFile file : parsed.files()) {
            compiled.put(compiledPath(file), file);
            texts.put(compiledPath(file), file.drl());
        }
        CodegenProblems problems = new CodegenProblems(parsed, compiled);
        ModelBuilderImpl<PackageSources> builder;
        try {
            builder = model(texts, loader);
        } catch (RuntimeException e) {
            // the generator gives up on what it cannot translate, with no position: find the rule it cannot take
            throw problems.crash(e, culprit(parsed, texts, e.getClass(), loader));
        }
        if (builder.hasErrors()) {
            builder.getErrors().forEach(problems::addModelError);
            throw problems.exception();
        }
        Collection<PackageSources> sources = builder.getPackageSources();
        MemoryFileSystem sourceFiles = new MemoryFileSystem();
        MemoryFileSystem classFiles = new MemoryFileSystem();
        ModelWriter.Result written;
        CompilationResult result;
        try {
            written = new ModelWriter().writeModel(sourceFiles, sources);
            result = JavaDialectConfiguration.createDefaultCompiler()
                    .compile(written.getSourceFiles().toArray(new String[0]), sourceFiles, classFiles, loader);
        } catch (RuntimeException e) {
            throw problems.crash(e, null);
        }
        if (result.getErrors().length > 0) {
            problems.addJavaErrors(result.getErrors(), sourceFiles);
            throw problems.exception();
        }
        Map<String, byte[]> classes = new TreeMap<>();
        for (PortablePath path : classFiles.getFilePaths()) {
            String name = path.asString();
            if (name.endsWith(".class")) {
                classes.put(name.substring(0, name.length() - ".class".length()), classFiles.getBytes(name));
            }
        }
        return new GeneratedModel(classes, List.copyOf(written.getModelFiles()));
    }

    private static ModelBuilderImpl<PackageSources> model(Map<String, String> texts, ClassLoader loader) {
        KnowledgeBuilderConfigurationImpl configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader)
                .as(KnowledgeBuilderConfigurationImpl.KEY);
        ModelBuilderImpl<PackageSources> builder = new ModelBuilderImpl<>(PackageSources::dumpSources, configuration,
                KieServices.get().newReleaseId("dev.trustrules.policies", "policy", "1"), false);
        CompositeKnowledgeBuilder batch = builder.batch();
        texts.forEach((path, drl) -> batch.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                .setSourcePath(path), ResourceType.DRL));
        batch.build();
        return builder;
    }

    /**
     * The rule whose removal makes the generator stop throwing {@code crash}, found by bisection (each step
     * generates the model again without half of the remaining suspects), or {@code null}.
     */
    private static Item culprit(ParsedPolicy parsed, Map<String, String> texts, Class<?> crash, ClassLoader loader) {
        List<Item> suspects = new ArrayList<>(parsed.items().entrySet().stream()
                .filter(e -> e.getKey().startsWith("rule:") && !e.getKey().contains("#")).map(Map.Entry::getValue).toList());
        while (suspects.size() > 1) {
            List<Item> firstHalf = suspects.subList(0, suspects.size() / 2);
            if (crashes(without(texts, firstHalf), crash, loader)) {
                suspects = new ArrayList<>(suspects.subList(suspects.size() / 2, suspects.size()));
            } else {
                suspects = new ArrayList<>(firstHalf);
            }
        }
        return suspects.size() == 1 && !crashes(without(texts, suspects), crash, loader) ? suspects.get(0) : null;
    }

    private static boolean crashes(Map<String, String> texts, Class<?> crash, ClassLoader loader) {
        try {
            model(texts, loader);
            return false;
        } catch (RuntimeException e) {
            return crash.isInstance(e);
        }
    }

    /** The texts with the lines of {@code rules} blanked (line numbers kept). */
    private static Map<String, String> without(Map<String, String> texts, List<Item> rules) {
        Map<String, String> copy = new LinkedHashMap<>(texts);
        for (Item rule : rules) {
            String path = compiledPath(rule.file());
            String[] lines = copy.get(path).split("\n", -1);
            for (int i = rule.line(); i <= Math.min(rule.endLine(), lines.length); i++) {
                lines[i - 1] = "";
            }
            copy.put(path, String.join("\n", lines));
        }
        return copy;
    }

    /** The path a file is compiled under: a decision table as the DRL generated from it. */
    static String compiledPath(ParsedFile file) {
        return file.path().toLowerCase(Locale.ROOT).endsWith(".drl") ? file.path() : file.path() + ".drl";
    }
}
