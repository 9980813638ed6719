package dev.trustrules.cli.internal;

import dev.trustrules.TrustPolicy;
import dev.trustrules.scenario.Scenario;
import dev.trustrules.scenario.ScenarioException;
import dev.trustrules.scenario.ScenarioResult;
import dev.trustrules.scenario.Scenarios;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code test [--policy DIR] [--min-coverage PCT] SCENARIO_DIR|FILE...}: runs scenario files against a policy. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs scenario files (JSON or YAML: name, given, expect) against a policy.",
            "Prints one PASS/FAIL line per scenario with a diff on failure, a summary line 'N passed, M failed', "
                + "and the rules no scenario fired. Exit code 1 when a scenario fails or coverage is below --min-coverage."})
public final class TestCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy", paramLabel = "DIR", description = "The policy directory (default: the bundled default policy).")
    private Path policyDirectory;

    @Option(names = "--min-coverage", paramLabel = "PCT",
            description = "Fail when fewer than PCT percent of the policy's rules fired in some scenario (0-100).")
    private Double minCoverage;

    @Parameters(paramLabel = "SCENARIO_DIR|FILE", arity = "1..*",
            description = "Scenario files, or directories searched for *.json, *.yaml and *.yml.")
    private List<Path> paths;

    @Override
    public Integer call() {
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100 || minCoverage.isNaN())) {
            throw CliException.badInput("--min-coverage must be between 0 and 100, was " + minCoverage);
        }
        List<Scenario> scenarios = scenarios();
        if (scenarios.isEmpty()) {
            throw CliException.badInput("no scenario files (*.json, *.yaml, *.yml) under " + paths);
        }
        PrintWriter out = spec.commandLine().getOut();
        int passed = 0;
        int failed = 0;
        Set<String> fired = new TreeSet<>();
        List<String> ruleNames;
        try (TrustPolicy policy = Policies.load(policyDirectory, "--policy")) {
            ruleNames = policy.ruleNames();
            for (Scenario scenario : scenarios) {
                ScenarioResult result = Scenarios.check(policy, scenario);
                if (result.decision() != null) {
                    fired.addAll(result.decision().firedRules());
                }
                List<String> diff = result.differences();
                if (result.passed()) {
                    passed++;
                    out.println("PASS  " + scenario.name());
                } else {
                    failed++;
                    out.println("FAIL  " + scenario.name() + "  (" + scenario.file() + ":" + scenario.line() + ")");
                    diff.forEach(line -> out.println("      " + line));
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        List<String> notFired = ruleNames.stream().filter(r -> !fired.contains(r)).toList();
        int covered = ruleNames.size() - notFired.size();
        double percent = ruleNames.isEmpty() ? 100.0 : 100.0 * covered / ruleNames.size();
        out.println(String.format(Locale.ROOT, "rule coverage: %d of %d rules fired (%.1f%%)", covered, ruleNames.size(), percent));
        if (!notFired.isEmpty()) {
            out.println("rules no scenario fired:");
            notFired.forEach(rule -> out.println("  " + rule));
        }
        boolean belowMinimum = minCoverage != null && percent + 1e-9 < minCoverage;
        if (belowMinimum) {
            out.println(String.format(Locale.ROOT, "coverage %.1f%% is below --min-coverage %s%%", percent,
                    minCoverage % 1 == 0 ? Long.toString(minCoverage.longValue()) : minCoverage.toString()));
        }
        out.flush();
        return failed > 0 || belowMinimum ? 1 : 0;
    }

    private List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw CliException.badInput(path + ": no such file or directory");
            }
            try {
                scenarios.addAll(Scenarios.read(path));
            } catch (ScenarioException e) {
                throw CliException.badInput(e.getMessage());
            }
        }
        return scenarios;
    }
}
