package dev.trustrules.policy.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A pooled session is cleared by deleting its facts rather than rebuilt, so nothing of one evaluation
 * may reach the next: one session reused for every request must decide exactly as a new session each
 * time.
 */
class SessionReuseTest {

    @Test
    void should_decide_as_a_new_session_when_one_session_has_decided_every_earlier_request() {
        try (TrustPolicy reused = TrustPolicy.builder().defaultPolicy().maxIdleSessions(1).build();
                TrustPolicy fresh = TrustPolicy.builder().defaultPolicy().maxIdleSessions(0).build()) {
            Random random = new Random(20261124L);
            for (int i = 0; i < 5_000; i++) {
                TrustRequest request = ThresholdRequests.next(random);
                assertThat(Outcomes.decisionOrFailure(() -> reused.evaluate(request)))
                        .as("case %d: %s", i, request)
                        .isEqualTo(Outcomes.decisionOrFailure(() -> fresh.evaluate(request)));
            }
        }
    }
}
