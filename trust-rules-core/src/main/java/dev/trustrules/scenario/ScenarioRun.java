package dev.trustrules.scenario;

import dev.trustrules.PolicyId;
import java.util.List;
import java.util.Objects;

/**
 * Scenarios checked against a policy ({@link Scenarios#run(dev.trustrules.TrustPolicy, List)}): each result,
 * in the order the scenarios were given, and which scenarios exercised which rules.
 *
 * @param policy the policy checked (its newest version)
 * @param results one per scenario, in the order given
 * @param coverage which scenarios exercised each rule, denial condition and decision-table row
 */
public record ScenarioRun(PolicyId policy, List<ScenarioResult> results, Coverage coverage) {

    public ScenarioRun {
        Objects.requireNonNull(policy, "policy");
        results = List.copyOf(results);
        Objects.requireNonNull(coverage, "coverage");
    }

    /** The results of the scenarios that did not meet their expectations (or whose evaluation failed). */
    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** How many scenarios met their expectations. */
    public int passed() {
        return results.size() - failures().size();
    }

    /** How many did not. */
    public int failed() {
        return failures().size();
    }

    /** Whether every scenario met its expectations. */
    public boolean allPassed() {
        return results.stream().allMatch(ScenarioResult::passed);
    }
}
