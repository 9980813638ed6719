package dev.trustrules.cli.internal;

import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EvaluationException;
import dev.trustrules.Guarantee;
import dev.trustrules.Sanction;
import dev.trustrules.TrustPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            scenarios.addAll(ScenarioReader.read(file));
        }
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
                List<String> diff = new ArrayList<>();
                try {
                    Decision decision = policy.evaluate(scenario.given());
                    fired.addAll(decision.firedRules());
                    compare(scenario, decision, diff);
                } catch (EvaluationException e) {
                    diff.add("evaluation failed: " + e.getMessage());
                }
                if (diff.isEmpty()) {
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

    private List<Path> scenarioFiles() {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw CliException.badInput(path + ": no such file or directory");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ScenarioReader::isScenarioFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw CliException.badInput(path + ": cannot be read: " + e.getMessage());
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    static void compare(Scenario scenario, Decision decision, List<String> diff) {
        if (scenario.buyerTier() != null && scenario.buyerTier() != decision.buyerTier()) {
            diff.add("buyerTier: expected " + scenario.buyerTier() + ", actual " + decision.buyerTier());
        }
        section("guarantees", scenario.guarantees(), decision.guarantees().stream().map(TestCommand::item).toList(), diff);
        section("entitlements", scenario.entitlements(), decision.entitlements().stream().map(TestCommand::item).toList(), diff);
        section("denials", scenario.denials(), decision.denials().stream().map(TestCommand::item).toList(), diff);
        section("sanctions", scenario.sanctions(), decision.sanctions().stream().map(TestCommand::item).toList(), diff);
    }

    /** An actual item as ordered fields; {@code rule} last, never compared. */
    private static Map<String, String> item(Guarantee g) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", g.type().name());
        m.put("reason", g.reason());
        m.put("rule", g.rule());
        return m;
    }

    private static Map<String, String> item(Entitlement e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", e.type().name());
        m.put("refundFen", Long.toString(e.refundFen()));
        m.put("payoutFen", Long.toString(e.payoutFen()));
        m.put("currency", e.currency());
        m.put("payer", e.payer().name());
        m.put("returnRequired", Boolean.toString(e.returnRequired()));
        m.put("reason", e.reason());
        m.put("rule", e.rule());
        return m;
    }

    private static Map<String, String> item(Denial d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", d.type().name());
        m.put("reason", d.reason());
        m.put("detail", d.detail());
        m.put("rule", d.rule());
        return m;
    }

    private static Map<String, String> item(Sanction s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", s.type().name());
        m.put("days", Integer.toString(s.days()));
        m.put("points", Integer.toString(s.points()));
        m.put("reason", s.reason());
        m.put("rule", s.rule());
        return m;
    }

    private static boolean matches(Scenario.Expected expected, Map<String, String> actual) {
        if (!expected.type().equals(actual.get("type"))) {
            return false;
        }
        for (Map.Entry<String, String> field : expected.fields().entrySet()) {
            if (!String.valueOf(field.getValue()).equals(actual.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static void section(String name, List<Scenario.Expected> expected, List<Map<String, String>> actual,
            List<String> diff) {
        if (expected == null) {
            return;
        }
        List<Map<String, String>> unmatched = new ArrayList<>(actual);
        List<Scenario.Expected> missing = new ArrayList<>();
        for (Scenario.Expected e : expected) {
            Map<String, String> found = unmatched.stream().filter(a -> matches(e, a)).findFirst().orElse(null);
            if (found == null) {
                missing.add(e);
            } else {
                unmatched.remove(found);
            }
        }
        if (missing.isEmpty() && unmatched.isEmpty()) {
            return;
        }
        diff.add(name + ":");
        for (Scenario.Expected e : missing) {
            diff.add("  expected   " + e);
            Map<String, String> sameType = unmatched.stream().filter(a -> e.type().equals(a.get("type"))).findFirst()
                    .orElse(null);
            if (sameType == null) {
                diff.add("  actual     (no " + e.type() + " in the decision)");
            } else {
                diff.add("  actual     " + format(sameType) + differing(e, sameType));
                unmatched.remove(sameType);
            }
        }
        for (Map<String, String> a : unmatched) {
            diff.add("  unexpected " + format(a));
        }
    }

    private static String differing(Scenario.Expected expected, Map<String, String> actual) {
        List<String> fields = new ArrayList<>();
        expected.fields().forEach((field, value) -> {
            if (!String.valueOf(value).equals(actual.get(field))) {
                fields.add(field);
            }
        });
        return fields.isEmpty() ? "" : "  <- differs in " + String.join(", ", fields);
    }

    private static String format(Map<String, String> item) {
        StringBuilder text = new StringBuilder("{");
        item.forEach((field, value) -> {
            if (text.length() > 1) {
                text.append(", ");
            }
            boolean quote = field.equals("rule") || field.equals("detail");
            text.append(field).append(": ").append(quote ? "\"" + value + "\"" : value);
        });
        return text.append('}').toString();
    }
}
