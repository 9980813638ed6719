package dev.trustrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.PolicyVersion;
import dev.trustrules.TrustPolicy;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.TrustFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DefaultPolicyBuildTest {

    @Test
    void should_build_without_warnings_when_loading_the_bundled_policy() {
        assertThat(DefaultPolicy.POLICY.warnings()).isEmpty();
        assertThat(DefaultPolicy.POLICY.versions()).extracting(v -> v.id().name()).containsOnly("trust-default");
        assertThat(DefaultPolicy.POLICY.versions()).extracting(v -> v.id().version()).containsExactly("2026.11.0", "2026.12.0");
        assertThat(DefaultPolicy.POLICY.versions()).extracting(PolicyVersion::effectiveFrom)
                .containsExactly(null, Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(DefaultPolicy.POLICY.versions()).allSatisfy(v -> assertThat(v.id().sha256()).matches("[0-9a-f]{64}"));
        assertThat(DefaultPolicy.POLICY.id()).isEqualTo(DefaultPolicy.POLICY.versions().get(1).id());
    }

    @Test
    void should_name_the_version_in_force_when_the_order_was_paid_in_every_decision() {
        var decision = DefaultPolicy.decide(TrustFixtures.claim(ClaimType.COUNTERFEIT));
        assertThat(decision.policy()).isEqualTo(DefaultPolicy.POLICY.versions().get(0).id());
    }

    @Test
    void should_hash_the_same_rules_to_the_same_sha256_when_built_twice() {
        try (TrustPolicy again = TrustPolicy.builder().defaultPolicy().build()) {
            assertThat(again.versions()).isEqualTo(DefaultPolicy.POLICY.versions());
        }
    }
}
