package dev.trustrules.scenario;

import dev.trustrules.Decision;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one scenario against a policy.
 *
 * @param scenario the scenario checked
 * @param decision the decision the policy made, or {@code null} when the evaluation failed
 * @param differences readable lines saying where the decision differs from the expectations (a section
 *     name, then {@code expected}, {@code actual} and {@code unexpected} lines); empty when it passed
 */
public record ScenarioResult(Scenario scenario, Decision decision, List<String> differences) {

    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        differences = List.copyOf(differences);
    }

    /** Whether the decision met every expectation. */
    public boolean passed() {
        return differences.isEmpty();
    }

    /** The differences as one text, one per line; empty when passed. */
    public String report() {
        return String.join("\n", differences);
    }
}
