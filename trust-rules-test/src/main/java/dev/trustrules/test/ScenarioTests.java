package dev.trustrules.test;

import dev.trustrules.TrustPolicy;
import dev.trustrules.scenario.Coverage;
import dev.trustrules.scenario.Scenario;
import dev.trustrules.scenario.ScenarioResult;
import dev.trustrules.scenario.Scenarios;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a folder of scenario files (see {@link Scenarios}) as JUnit 5 dynamic tests, one per scenario,
 * so a service keeps its own scenarios next to its tests:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return ScenarioTests.in(Path.of("src/test/resources/scenarios")).against(policy);
 * }
 * }</pre>
 *
 * <p>Each test is named after its scenario and points at its file and line; a failing test's message
 * is the scenario's location and its differences, one per line. A scenario file that cannot be read
 * fails the factory itself, naming the file, path, line and column.
 *
 * <p>{@link #requiringRuleCoverage(double)} adds one test after the scenarios' that fails when the scenarios
 * fire too few of the policy's rules, listing the rules none fired with their file and line:
 *
 * <pre>{@code
 * return ScenarioTests.in(Path.of("src/test/resources/scenarios")).requiringRuleCoverage(95).against(policy);
 * }</pre>
 */
public final class ScenarioTests {
    private final Path fileOrDirectory;
    private final Double minimumRuleCoverage;

    private ScenarioTests(Path fileOrDirectory, Double minimumRuleCoverage) {
        this.fileOrDirectory = fileOrDirectory;
        this.minimumRuleCoverage = minimumRuleCoverage;
    }

    /** The scenarios of one file, or of every {@code *.json}, {@code *.yaml} and {@code *.yml} under a directory. */
    public static ScenarioTests in(Path fileOrDirectory) {
        return new ScenarioTests(Objects.requireNonNull(fileOrDirectory, "fileOrDirectory"), null);
    }

    /**
     * Adds a last test, {@code rule coverage is at least PCT%}, that fails when fewer than {@code percent} percent of
     * the policy's rules fired in some scenario's decision (see {@link Coverage}), naming the rules none fired.
     *
     * @param percent the minimum share of rules, 0 to 100
     * @throws IllegalArgumentException if {@code percent} is not between 0 and 100
     */
    public ScenarioTests requiringRuleCoverage(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be between 0 and 100, was " + percent);
        }
        return new ScenarioTests(fileOrDirectory, percent);
    }

    /**
     * One dynamic test per scenario, checked against {@code policy} when the test runs.
     *
     * @throws dev.trustrules.scenario.ScenarioException if a scenario file cannot be read
     * @throws IllegalStateException if there is no scenario at all (an empty folder is a mistake, not a pass)
     */
    public Stream<DynamicTest> against(TrustPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<Scenario> scenarios = Scenarios.read(fileOrDirectory);
        if (scenarios.isEmpty()) {
            throw new IllegalStateException("no scenario files (*.json, *.yaml, *.yml) under " + fileOrDirectory);
        }
        Stream<DynamicTest> tests = scenarios.stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), source(scenario),
                () -> check(policy, scenario)));
        if (minimumRuleCoverage == null) {
            return tests;
        }
        double minimum = minimumRuleCoverage;
        String name = "rule coverage is at least " + percent(minimum) + "%";
        return Stream.concat(tests, Stream.of(DynamicTest.dynamicTest(name, () -> checkCoverage(policy, scenarios, minimum))));
    }

    private static void checkCoverage(TrustPolicy policy, List<Scenario> scenarios, double minimum) {
        Coverage.Section<Coverage.RuleCoverage> rules = Scenarios.run(policy, scenarios).coverage().rules();
        if (rules.percent() + 1e-9 < minimum) {
            throw new AssertionFailedError("the scenarios fired " + rules.covered() + " of the " + rules.total() + " rules of policy "
                    + policy.id() + " (" + rules.percentText() + "), below the minimum of " + percent(minimum)
                    + "%; rules no scenario fired:\n"
                    + rules.uncovered().stream().map(e -> "  " + e.rule().location() + "  " + e.rule().name())
                            .collect(Collectors.joining("\n")));
        }
    }

    private static String percent(double value) {
        return value % 1 == 0 ? Long.toString((long) value) : Double.toString(value);
    }

    private static URI source(Scenario scenario) {
        return URI.create(Path.of(scenario.file()).toUri() + "?line=" + scenario.line());
    }

    private static void check(TrustPolicy policy, Scenario scenario) {
        ScenarioResult result = Scenarios.check(policy, scenario);
        if (!result.passed()) {
            throw new AssertionFailedError("scenario \"" + scenario.name() + "\" (" + scenario.location() + ") failed:\n"
                    + result.report());
        }
    }
}
