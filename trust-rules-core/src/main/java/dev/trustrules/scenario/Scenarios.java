package dev.trustrules.scenario;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.internal.scenario.ScenarioFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads scenario files and checks scenarios against a policy.
 *
 * <pre>{@code
 * for (Scenario scenario : Scenarios.read(Path.of("src/test/resources/scenarios"))) {
 *     ScenarioResult result = Scenarios.check(policy, scenario);
 *     if (!result.passed()) System.out.println(scenario.name() + "\n" + result.report());
 * }
 * }</pre>
 *
 * <p>{@link #run(TrustPolicy, List)} checks them all and adds which scenarios exercised which rules
 * ({@link Coverage}).
 *
 * <p>A scenario file is JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}) holding one scenario
 * object or an array of them; a scenario has a {@code name}, an optional {@code description}, the facts
 * under {@code given} (the request document of {@link dev.trustrules.json.TrustJson}) and under
 * {@code expect} any of {@code buyerTier}, {@code guarantees}, {@code entitlements}, {@code denials}
 * and {@code sanctions}. An expected item is an object with its {@code type} and the fields to compare,
 * or just the type as a string.
 */
public final class Scenarios {
    private Scenarios() {}

    /**
     * Reads the scenarios of one file, or of every {@code *.json}, {@code *.yaml} and {@code *.yml} file
     * under a directory (recursively, in path order).
     *
     * @throws ScenarioException naming the file, the path in the document, the line and the column when
     *     a file is missing, cannot be read or is not a valid scenario file
     */
    public static List<Scenario> read(Path fileOrDirectory) {
        Objects.requireNonNull(fileOrDirectory, "fileOrDirectory");
        return ScenarioFiles.read(fileOrDirectory);
    }

    /** Whether the file's name marks it as a scenario file ({@code .json}, {@code .yaml}, {@code .yml}). */
    public static boolean isScenarioFile(Path file) {
        return ScenarioFiles.isScenarioFile(file);
    }

    /**
     * Decides the scenario's facts on the policy and compares the decision with the expectations. An
     * evaluation that fails is a failed scenario (one difference, {@code evaluation failed: ...}), not an
     * exception.
     */
    public static ScenarioResult check(TrustPolicy policy, Scenario scenario) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(scenario, "scenario");
        Decision decision;
        try {
            decision = policy.evaluate(scenario.request());
        } catch (EvaluationException e) {
            return new ScenarioResult(scenario, null, List.of("evaluation failed: " + e.getMessage()));
        }
        return check(scenario, decision);
    }

    /**
     * Checks every scenario against the policy, in order, and reports which scenarios exercised which rule,
     * denial condition and decision-table row of it ({@link Coverage}).
     *
     * <pre>{@code
     * ScenarioRun run = Scenarios.run(policy, Scenarios.read(Path.of("src/test/resources/scenarios")));
     * assertThat(run.failures()).isEmpty();
     * assertThat(run.coverage().rules().percent()).isGreaterThanOrEqualTo(95.0);
     * }</pre>
     */
    public static ScenarioRun run(TrustPolicy policy, List<Scenario> scenarios) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(scenarios, "scenarios");
        List<ScenarioResult> results = scenarios.stream().map(scenario -> check(policy, scenario)).toList();
        return new ScenarioRun(policy.id(), results, Coverage.of(policy.rules(), results));
    }

    /** Compares a decision already made with the scenario's expectations. */
    public static ScenarioResult check(Scenario scenario, Decision decision) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(decision, "decision");
        return new ScenarioResult(scenario, decision, ScenarioFiles.differences(scenario.expectations(), decision));
    }
}
