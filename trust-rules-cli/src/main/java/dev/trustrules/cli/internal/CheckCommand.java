package dev.trustrules.cli.internal;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import dev.trustrules.TrustPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check [--no-strict] DIR}: compiles a rule directory and prints every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compiles the rule directory DIR and prints every problem as file:line:column: message.",
            "Strict mode (on unless --no-strict) also rejects imports other than dev.trustrules.*, "
                + "dev.trustrules.facts.*, dev.trustrules.rules.*, java.lang.*, java.time.*, java.math.* and the "
                + "policy's own declared types, and any I/O, reflection, threads, System, Runtime or process control; "
                + "it warns about rules without a reason code and duplicate rule names.",
            "Exit code 1 when there is any error; warnings alone do not fail."})
public final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--no-strict", description = "Only compile; skip the strict checks.")
    private boolean noStrict;

    @Parameters(paramLabel = "DIR", description = "A policy directory: policy.properties and .drl files in package folders.")
    private Path directory;

    @Override
    public Integer call() {
        Policies.requireDirectory(directory, "DIR");
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems;
        String summary;
        boolean failed;
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(directory).strict(!noStrict).build()) {
            problems = policy.warnings();
            failed = false;
            int rules = policy.ruleNames().size();
            summary = "policy " + policy.id().name() + " " + policy.versions().stream().map(v -> v.id().version())
                    .collect(java.util.stream.Collectors.joining(", ")) + ": " + rules + (rules == 1 ? " rule" : " rules");
        } catch (PolicyBuildException e) {
            problems = e.problems();
            failed = true;
            summary = "policy " + directory;
        }
        for (Problem problem : problems) {
            out.println(Policies.located(directory, problem));
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        out.println(summary + ", " + plural(errors, "error") + ", " + plural(warnings, "warning")
                + (noStrict ? " (not strict)" : " (strict)"));
        out.flush();
        return failed ? 1 : 0;
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
