package dev.trustrules.internal.compile;

import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.internal.run.CompiledPolicy;
import dev.trustrules.internal.run.EngineSettings;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Pattern ANALYSE_EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):");
    private static final Pattern POSITION_SUFFIX = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]$");
    private static final Pattern PARSER_POSITION = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)");

    private DroolsCompiler() {}

    /**
     * The knowledge base of {@code source}: from its {@link PrecompiledModel precompiled} executable model
     * when the settings' class path holds one for exactly these rule files, else compiled from the DRL.
     */
    public static CompiledPolicy compile(PolicySource source, EngineSettings settings) {
        KieBase precompiled = PrecompiledModel.load(source, settings.precompiledModels());
        if (precompiled != null) {
            PolicyId id = new PolicyId(source.name(), source.version(), source.sha256());
            return new CompiledPolicy(id, source, null, precompiled, List.of(), settings, true);
        }
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("dev.trustrules.policies",
                artifactId(source.name()), "build-" + BUILDS.incrementAndGet());
        KieBuilder builder = services.newKieBuilder(fileSystem(services, releaseId, source.ruleFiles())).buildAll();
        List<Problem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() != Message.Level.INFO) {
                problems.add(problem(message, source));
            }
        }
        // Drools adds this after any parse error of a file; the parse error itself says more.
        problems.removeIf(p -> p.message().equals(NULL_PACKAGE) && problems.stream()
                .anyMatch(other -> other != p && other.file().equals(p.file()) && other.isError()));
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
            return new CompiledPolicy(id, source, container, base, List.copyOf(problems), settings, false);
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /** A Drools project for {@code releaseId} holding {@code ruleFiles} (path relative to the policy root, content). */
    static KieFileSystem fileSystem(KieServices services, ReleaseId releaseId, Map<String, byte[]> ruleFiles) {
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, byte[]> file : ruleFiles.entrySet()) {
            files.write(RESOURCES + file.getKey(), file.getValue());
        }
        return files;
    }

    /** Turns a Drools message into a problem, taking the column from parser texts like "[ERR 101] Line 13:20 ...". */
    static Problem problem(Message message, PolicySource source) {
        String text = oneLine(message.getText());
        int line = message.getLine();
        int column = message.getColumn();
        Matcher parser = PARSER_POSITION.matcher(text);
        if (parser.lookingAt()) {
            line = line > 0 ? line : Integer.parseInt(parser.group(1));
            column = column > 0 ? column : Integer.parseInt(parser.group(2)) + 1; // ANTLR columns count from 0
            text = text.substring(parser.end()).strip();
        }
        Matcher suffix = POSITION_SUFFIX.matcher(text);
        int suffixColumn = 0;
        if (suffix.find()) {
            suffixColumn = Integer.parseInt(suffix.group(2));
            text = text.substring(0, suffix.start()).strip();
        }
        String relative = relative(message.getPath());
        String file = relative == null ? null : source.displayPath(relative);
        if (column <= 0 && line > 0) {
            column = columnOf(source, file, line, text);
        }
        if (column <= 0) {
            column = suffixColumn;
        }
        return new Problem(file, line, column,
                message.getLevel() == Message.Level.ERROR ? Problem.Severity.ERROR : Problem.Severity.WARNING, text);
    }

    /** MVEL spreads a message over lines with a "[Near : ...]" excerpt and a caret; keep what it says. */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\\R")) {
            String part = line.strip();
            if (part.isEmpty() || part.startsWith("[Near") || part.equals("^")) {
                continue;
            }
            if (part.startsWith("[Error:") && part.endsWith("]")) {
                part = part.substring("[Error:".length(), part.length() - 1).strip();
            }
            out.append(out.length() == 0 ? "" : " ").append(part);
        }
        return out.toString();
    }

    /** Where on its line the expression a message quotes begins (1-based), or 0 if it cannot be found. */
    private static int columnOf(PolicySource source, String file, int line, String text) {
        Matcher quoted = ANALYSE_EXPRESSION.matcher(text);
        byte[] content = source.ruleFiles().get(file);
        if (content == null) {
            content = source.ruleFiles().entrySet().stream().filter(e -> source.displayPath(e.getKey()).equals(file))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (!quoted.find() || content == null) {
            return 0;
        }
        String[] lines = new String(content, java.nio.charset.StandardCharsets.UTF_8).split("\\R", -1);
        if (line > lines.length) {
            return 0;
        }
        int at = lines[line - 1].indexOf(quoted.group(1).strip());
        return at < 0 ? 0 : at + 1;
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
