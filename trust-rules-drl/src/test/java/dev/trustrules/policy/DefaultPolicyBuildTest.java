package dev.trustrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.TrustPolicy;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.TrustFixtures;
import org.junit.jupiter.api.Test;

class DefaultPolicyBuildTest {

    @Test
    void should_build_without_warnings_when_loading_the_bundled_policy() {
        assertThat(DefaultPolicy.POLICY.warnings()).isEmpty();
        assertThat(DefaultPolicy.POLICY.id().name()).isEqualTo("trust-default");
        assertThat(DefaultPolicy.POLICY.id().version()).isEqualTo("2026.11.0");
        assertThat(DefaultPolicy.POLICY.id().sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void should_name_the_policy_in_every_decision() {
        var decision = DefaultPolicy.decide(TrustFixtures.claim(ClaimType.COUNTERFEIT));
        assertThat(decision.policy()).isEqualTo(DefaultPolicy.POLICY.id());
        System.out.println(decision);
    }

    @Test
    void should_hash_the_same_rules_to_the_same_sha256_when_built_twice() {
        try (TrustPolicy again = TrustPolicy.builder().defaultPolicy().build()) {
            assertThat(again.id()).isEqualTo(DefaultPolicy.POLICY.id());
        }
    }
}
