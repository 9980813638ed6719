package dev.trustrules.policy;

import dev.trustrules.Decision;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.explain.Explanation;
import dev.trustrules.test.RequestFixture;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default policy, built once for the whole test run (building it takes about a second). It also
 * records every rule that fired in any decision made through it, for {@link RuleCoverageTest}.
 */
final class DefaultPolicy {
    static final TrustPolicy POLICY = TrustPolicy.builder().defaultPolicy().build();

    private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();

    private DefaultPolicy() {}

    static Decision decide(RequestFixture request) {
        return decide(request.build());
    }

    static Decision decide(TrustRequest request) {
        Decision decision = POLICY.evaluate(request);
        FIRED.addAll(decision.firedRules());
        return decision;
    }

    /** The explanation of the request's decision; the rules that fired count for coverage too. */
    static Explanation explain(RequestFixture request) {
        Explanation explanation = POLICY.explain(request.build());
        FIRED.addAll(explanation.decision().firedRules());
        return explanation;
    }

    /** The rules that fired in the decisions made so far in this test run. */
    static Set<String> firedSoFar() {
        return Set.copyOf(FIRED);
    }
}
