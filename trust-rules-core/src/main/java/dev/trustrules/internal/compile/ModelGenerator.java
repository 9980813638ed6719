package dev.trustrules.internal.compile;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import java.nio.charset.StandardCharsets;
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
        KnowledgeBuilderConfigurationImpl configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader)
                .as(KnowledgeBuilderConfigurationImpl.KEY);
        ModelBuilderImpl<PackageSources> builder = new ModelBuilderImpl<>(PackageSources::dumpSources, configuration,
                KieServices.get().newReleaseId("dev.trustrules.policies", "policy", "1"), false);
        Map<String, ParsedFile> compiled = new LinkedHashMap<>();
        CompositeKnowledgeBuilder batch = builder.batch();
        for (ParsedFile file : parsed.files()) {
            String path = compiledPath(file);
            compiled.put(path, file);
            batch.add(ResourceFactory.newByteArrayResource(file.drl().getBytes(StandardCharsets.UTF_8)).setSourcePath(path),
                    ResourceType.DRL);
        }
        batch.build();
        CodegenProblems problems = new CodegenProblems(parsed, compiled);
        if (builder.hasErrors()) {
            builder.getErrors().forEach(problems::addModelError);
            throw problems.exception();
        }
        Collection<PackageSources> sources = builder.getPackageSources();
        MemoryFileSystem sourceFiles = new MemoryFileSystem();
        MemoryFileSystem classFiles = new MemoryFileSystem();
        ModelWriter.Result written = new ModelWriter().writeModel(sourceFiles, sources);
        CompilationResult result = JavaDialectConfiguration.createDefaultCompiler()
                .compile(written.getSourceFiles().toArray(new String[0]), sourceFiles, classFiles, loader);
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

    /** The path a file is compiled under: a decision table as the DRL generated from it. */
    static String compiledPath(ParsedFile file) {
        return file.path().toLowerCase(Locale.ROOT).endsWith(".drl") ? file.path() : file.path() + ".drl";
    }
}
