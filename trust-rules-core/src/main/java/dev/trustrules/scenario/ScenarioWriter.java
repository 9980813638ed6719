package dev.trustrules.scenario;

import dev.trustrules.Decision;
import dev.trustrules.TrustRequest;
import dev.trustrules.internal.scenario.ScenarioYaml;
import java.util.Objects;

/**
 * Writes scenario files from decisions: the quickest way to pin what a policy decides for a case, as
 * {@code trust-rules scenario new} does.
 *
 * <pre>{@code
 * TrustRequest request = TrustJson.readRequest(Files.newInputStream(claim));
 * Files.writeString(Path.of("scenarios/counterfeit.yaml"),
 *         ScenarioWriter.yaml("counterfeit granted 10x", request, policy.evaluate(request)));
 * }</pre>
 */
public final class ScenarioWriter {
    private ScenarioWriter() {}

    /**
     * A scenario file (YAML) named {@code name}: {@code given} is the request in the JSON form of
     * {@link dev.trustrules.json.TrustJson}, {@code expect} every outcome of the decision: the buyer tier,
     * the guarantees and their reasons, the entitlements with their amounts, payer, return and reason, the
     * denials and the sanctions (days, points) with their reasons, the trust standings and traffic weights with
     * theirs, each section written even when empty so
     * that the decision may hold nothing else. Rule names and denial details are left out (a reworded rule
     * changes no outcome). Checked against the policy that made the decision, the scenario passes.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static String yaml(String name, TrustRequest given, Decision decision) {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(decision, "decision");
        return ScenarioYaml.write(name, given, decision);
    }
}
