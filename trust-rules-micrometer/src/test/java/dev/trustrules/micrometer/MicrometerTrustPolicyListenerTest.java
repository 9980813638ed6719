package dev.trustrules.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.TrustFixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class MicrometerTrustPolicyListenerTest {

    @Test
    void should_count_and_time_decisions_and_failures_when_the_policy_evaluates() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy()
                .listener(new MicrometerTrustPolicyListener(registry)).build()) {
            policy.evaluate(TrustFixtures.claim(ClaimType.COUNTERFEIT).build());
            policy.evaluate(TrustFixtures.checkout().build());
            assertThatThrownBy(() -> policy.evaluate(TrustFixtures.checkout().order(o -> o.currency("USD")).build()))
                    .isInstanceOf(EvaluationException.class);

            assertThat(registry.get("trustrules.evaluations").tag("outcome", "decided").timer().count()).isEqualTo(2);
            assertThat(registry.get("trustrules.evaluations").tag("outcome", "decided").timer().totalTime(
                    java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
            assertThat(registry.get("trustrules.evaluations").tag("outcome", "failed").timer().count()).isEqualTo(1);
            assertThat(registry.get("trustrules.reloads").tag("outcome", "reloaded").counter().count()).isZero();
        }
    }
}
