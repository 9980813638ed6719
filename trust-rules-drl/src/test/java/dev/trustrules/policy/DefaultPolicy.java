package dev.trustrules.policy;

import dev.trustrules.Decision;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.test.RequestFixture;

/** The default policy, built once for the whole test run (building it takes about a second). */
final class DefaultPolicy {
    static final TrustPolicy POLICY = TrustPolicy.builder().defaultPolicy().build();

    private DefaultPolicy() {}

    static Decision decide(RequestFixture request) {
        return POLICY.evaluate(request.build());
    }

    static Decision decide(TrustRequest request) {
        return POLICY.evaluate(request);
    }
}
