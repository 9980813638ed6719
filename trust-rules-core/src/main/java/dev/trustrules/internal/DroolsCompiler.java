package dev.trustrules.internal;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a {@link PolicySource} into a Drools {@link KieBase}. Every compile message becomes a
 * {@link Problem} with the file relative to the policy root; any error fails the build with all of
 * them. The built module is removed from Drools' repository at once, so repeated builds (reloads) do
 * not accumulate modules.
 */
public final class DroolsCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private DroolsCompiler() {}

    public static CompiledPolicy compile(PolicySource source, EngineSettings settings) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("dev.trustrules.policies",
                artifactId(source.name()), "build-" + BUILDS.incrementAndGet());
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, byte[]> file : source.ruleFiles().entrySet()) {
            files.write(RESOURCES + file.getKey(), file.getValue());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Problem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() == Message.Level.INFO) {
                continue;
            }
            problems.add(new Problem(relative(message.getPath()), message.getLine(), message.getColumn(),
                    message.getLevel() == Message.Level.ERROR ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                    message.getText().strip()));
        }
        problems.sort(Comparator.comparing(Problem::severity)
                .thenComparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        if (problems.stream().anyMatch(Problem::isError)) {
            services.getRepository().removeKieModule(releaseId);
            throw new PolicyBuildException(source.origin(), problems);
        }
        KieContainer container = services.newKieContainer(releaseId);
        try {
            KieBase base = container.getKieBase();
            PolicyId id = new PolicyId(source.name(), source.version(), source.sha256());
            return new CompiledPolicy(id, source, container, base, List.copyOf(problems), settings);
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private static String relative(String path) {
        if (path == null) {
            return null;
        }
        String normalized = path.replace('\\', '/');
        int at = normalized.indexOf(RESOURCES);
        return at >= 0 ? normalized.substring(at + RESOURCES.length()) : normalized;
    }

    private static String artifactId(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return id.isEmpty() ? "policy" : id;
    }
}
