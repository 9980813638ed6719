package dev.trustrules.policy.oracle;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import java.util.ArrayList;
import java.util.List;

/** Decides one request with the engine and with the oracle, and says how they differ (null when they agree). */
final class DifferentialCheck {
    private DifferentialCheck() {}

    static String compare(TrustPolicy policy, TrustRequest request) {
        return compare(policy, request, null);
    }

    /** As {@link #compare(TrustPolicy, TrustRequest)}, adding the rules that fired to {@code fired} (if not null). */
    static String compare(TrustPolicy policy, TrustRequest request, java.util.Set<String> fired) {
        List<String> expected = null;
        String expectedFailure = null;
        try {
            expected = Outcomes.of(ReferenceOracle.decide(request));
        } catch (ArithmeticException e) {
            expectedFailure = "amount overflow";
        }
        Decision actual;
        try {
            actual = policy.evaluate(request);
        } catch (EvaluationException e) {
            return expectedFailure != null ? null : "engine failed, oracle decided " + expected + ": " + e.getMessage();
        }
        if (expectedFailure != null) {
            return "oracle expects the evaluation to fail (" + expectedFailure + "), engine decided " + Outcomes.of(actual);
        }
        if (fired != null) {
            fired.addAll(actual.firedRules());
        }
        List<String> got = Outcomes.of(actual);
        if (got.equals(expected)) {
            return null;
        }
        List<String> missing = new ArrayList<>(expected);
        got.forEach(missing::remove);
        List<String> extra = new ArrayList<>(got);
        expected.forEach(extra::remove);
        return "oracle only: " + missing + "; engine only: " + extra;
    }
}
