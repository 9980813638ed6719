package dev.trustrules.test;

import dev.trustrules.TrustPolicy;
import dev.trustrules.scenario.Scenario;
import dev.trustrules.scenario.ScenarioResult;
import dev.trustrules.scenario.Scenarios;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
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
 */
public final class ScenarioTests {
    private final Path fileOrDirectory;

    private ScenarioTests(Path fileOrDirectory) {
        this.fileOrDirectory = fileOrDirectory;
    }

    /** The scenarios of one file, or of every {@code *.json}, {@code *.yaml} and {@code *.yml} under a directory. */
    public static ScenarioTests in(Path fileOrDirectory) {
        return new ScenarioTests(Objects.requireNonNull(fileOrDirectory, "fileOrDirectory"));
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
        return scenarios.stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), source(scenario),
                () -> check(policy, scenario)));
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
