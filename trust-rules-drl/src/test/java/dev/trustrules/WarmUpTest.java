package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.policy.oracle.ShippedJar;
import dev.trustrules.test.TrustFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The bundled policy's versions ship precompiled in its jar ({@link ShippedJar}), so {@code build()}
 * builds none of them unless asked to warm up, which builds the version in force by the builder's clock
 * (2026.11.0 before 2026-12-01 00:00 Beijing time, 2026.12.0 from then) and no other.
 */
class WarmUpTest {
    private static final Instant BEFORE_THE_DECEMBER_VERSION = Instant.parse("2026-11-30T15:59:59Z");
    private static final Instant WHEN_THE_DECEMBER_VERSION_TAKES_EFFECT = Instant.parse("2026-11-30T16:00:00Z");

    private static TrustPolicy defaultPolicy(boolean warmUp, Instant now) {
        return TrustPolicy.builder().fromClasspath(TrustPolicy.DEFAULT_POLICY_ROOT, ShippedJar.loader())
                .clock(Clock.fixed(now, ZoneOffset.UTC)).warmUp(warmUp).build();
    }

    @Test
    void should_build_no_version_in_build_when_warm_up_is_off() {
        try (TrustPolicy policy = defaultPolicy(false, BEFORE_THE_DECEMBER_VERSION)) {
            assertThat(policy.versionsBuilt()).isZero();
        }
    }

    @Test
    void should_build_only_the_base_version_when_warming_up_the_second_before_the_december_version() {
        try (TrustPolicy policy = defaultPolicy(true, BEFORE_THE_DECEMBER_VERSION)) {
            assertThat(policy.versionsBuilt()).isEqualTo(1);

            // a violation decided now (no order: its policy time is its evaluation time) falls in the version built
            Decision decision = policy.evaluate(
                    TrustFixtures.violation(ViolationType.COUNTERFEIT_SALE).at(BEFORE_THE_DECEMBER_VERSION).build());
            assertThat(decision.policy().version()).isEqualTo("2026.11.0");
            assertThat(policy.versionsBuilt()).isEqualTo(1);
        }
    }

    @Test
    void should_build_only_the_december_version_when_warming_up_as_it_takes_effect() {
        try (TrustPolicy policy = defaultPolicy(true, WHEN_THE_DECEMBER_VERSION_TAKES_EFFECT)) {
            assertThat(policy.versionsBuilt()).isEqualTo(1);
            assertThat(policy.evaluate(TrustFixtures.violation(ViolationType.COUNTERFEIT_SALE)
                    .at(WHEN_THE_DECEMBER_VERSION_TAKES_EFFECT).build()).policy().version()).isEqualTo("2026.12.0");
            assertThat(policy.versionsBuilt()).isEqualTo(1);

            // a claim on an order paid under the base version builds that one when it comes
            Decision claim = policy.evaluate(TrustFixtures.claim(ClaimType.COUNTERFEIT).build());
            assertThat(claim.policy().version()).isEqualTo("2026.11.0");
            assertThat(policy.versionsBuilt()).isEqualTo(2);
        }
    }
}
