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
        description = {"Compiles the rule directory DIR and prints every problem as file:line:column: message, the root "
                + "cause of each first: a syntax error hides the errors that follow from it (--all shows them).",
            "Strict mode (on unless --no-strict) runs the rules in the sandbox: the code they compile to may use only the "
                + "facts, the rule vocabulary, the policy's own types and functions and a few JDK value types, may not "
                + "loop, recurse, read the clock or randomness; see \"What rules may call\" in docs/policy-authoring.md.",
            "Either way it refuses the mistakes that change payouts silently (text compared with numbers, decimal "
                + "amounts for fen, reason codes that are not codes, unknown fields and constants) and warns about rules "
                + "without a reason code, duplicate rule names and modify without no-loop.",
            "Exit code 1 when there is any error; warnings alone do not fail."})
public final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--no-strict", description = "Trusted rules: skip the sandbox (any class on the class path may be called).")
    private boolean noStrict;

    @Option(names = "--all", description = "Also print the errors that follow from the root causes (hidden by default).")
    private boolean all;

    @Option(names = "--watch", description = "Check again each time a file under DIR is saved, until stopped (Ctrl-C).")
    private boolean watch;

    @Parameters(paramLabel = "DIR", description = "A policy directory: policy.properties and .drl files in package folders.")
    private Path directory;

    @Override
    public Integer call() {
        Policies.requireDirectory(directory, "DIR");
        if (watch) {
            return Watch.repeat(List.of(directory), spec.commandLine().getOut(), spec.commandLine().getErr(), this::checkOnce);
        }
        return checkOnce();
    }

    private int checkOnce() {
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems;
        List<Problem> followOns = List.of();
        String summary;
        boolean failed;
        try (TrustPolicy policy = Policies.cached(TrustPolicy.builder()).fromDirectory(directory).strict(!noStrict).build()) {
            problems = policy.warnings();
            failed = false;
            int rules = policy.ruleNames().size();
            summary = "policy " + policy.id().name() + " " + policy.versions().stream().map(v -> v.id().version())
                    .collect(java.util.stream.Collectors.joining(", ")) + ": " + rules + (rules == 1 ? " rule" : " rules");
        } catch (PolicyBuildException e) {
            problems = e.problems();
            followOns = e.followOns();
            failed = true;
            summary = "policy " + directory;
        }
        for (Problem problem : problems) {
            out.println(Policies.located(directory, problem));
        }
        if (all) {
            for (Problem problem : followOns) {
                out.println(Policies.located(directory, problem) + " (follows from an error above)");
            }
        } else if (!followOns.isEmpty()) {
            out.println(followOns.size() + " more " + (followOns.size() == 1 ? "error" : "errors") + " hidden: they mostly follow "
                    + "from the errors above; fix those and check again (--all shows them)");
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
