package dev.trustrules.cli.internal;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import dev.trustrules.TrustPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Builds the policy a command runs: a rule directory (strict mode), or the bundled default policy. */
final class Policies {
    private Policies() {}

    /**
     * The policy in {@code directory}, checked strictly, or the bundled default policy when
     * {@code directory} is null. A missing directory or rules that do not build are bad input (exit 2).
     */
    static TrustPolicy load(Path directory, String option) {
        if (directory == null) {
            return TrustPolicy.builder().defaultPolicy().build();
        }
        requireDirectory(directory, option);
        try {
            return cached(TrustPolicy.builder()).fromDirectory(directory).strict(true).build();
        } catch (PolicyBuildException e) {
            throw CliException.badInput("policy " + directory + " does not build; run 'trust-rules check " + directory
                    + "':\n" + e.problems().stream().filter(Problem::isError).map(p -> located(directory, p))
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * The builder with the compiled-model cache the command-line tool uses: {@code -Dtrustrules.cache=DIR},
     * else the environment's {@code TRUST_RULES_CACHE}, else {@code $XDG_CACHE_HOME/trust-rules} or
     * {@code ~/.cache/trust-rules}; {@code off} for none.
     */
    static TrustPolicy.Builder cached(TrustPolicy.Builder builder) {
        String setting = System.getProperty("trustrules.cache", System.getenv("TRUST_RULES_CACHE"));
        if (setting != null && !setting.isBlank()) {
            return setting.equals("off") ? builder : builder.compiledModelCache(Path.of(setting));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return builder.compiledModelCache(base.resolve("trust-rules"));
    }

    /** The policy in a bundle file, verified against its manifest; a bundle that fails it is bad input (exit 2). */
    static TrustPolicy loadBundle(Path file) {
        if (!Files.isRegularFile(file)) {
            throw CliException.badInput("--bundle: no such file: " + file);
        }
        try {
            return TrustPolicy.builder().fromBundle(file).build();
        } catch (PolicyBuildException e) {
            throw CliException.badInput("bundle " + file + " is refused:\n" + e.problems().stream().filter(Problem::isError)
                    .map(Problem::toString).collect(Collectors.joining("\n")));
        }
    }

    static void requireDirectory(Path directory, String option) {
        if (!Files.exists(directory)) {
            throw CliException.badInput(option + ": no such directory: " + directory);
        }
        if (!Files.isDirectory(directory)) {
            throw CliException.badInput(option + ": not a directory: " + directory);
        }
    }

    /** The problem with its file resolved against the policy directory, so editors can jump to it. */
    static String located(Path directory, Problem problem) {
        if (problem.file().startsWith("(") || !Files.exists(directory.resolve(problem.file()))) {
            return problem.toString();
        }
        String file = directory.resolve(problem.file()).toString().replace('\\', '/');
        return new Problem(file, problem.line(), problem.column(), problem.severity(), problem.message()).toString();
    }
}
