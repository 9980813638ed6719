package dev.trustrules.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.Decision;
import dev.trustrules.EntitlementType;
import dev.trustrules.EvaluationException;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustPolicy;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.TrustFixtures;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicrometerTrustPolicyListenerTest {
    private static final String RULE = """
            package rules;
            import dev.trustrules.*;
            import dev.trustrules.facts.*;
            import dev.trustrules.rules.*;
            rule "R-01 refund"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                Order($paid : paidFen)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "%s", $paid, 0L, Payer.SHOP, false));
            end
            """;

    @TempDir
    Path dir;

    @Test
    void should_time_decisions_and_failures_and_count_entitlements_by_type_and_result_tagged_with_the_policy_name() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy()
                .listener(new MicrometerTrustPolicyListener(registry)).build()) {
            Decision counterfeit = policy.evaluate(TrustFixtures.claim(ClaimType.COUNTERFEIT)
                    .order(o -> o.paidFen(19_900).enrolledIn(EntitlementType.FAKE_ONE_PAY_TEN)).build());
            policy.evaluate(TrustFixtures.checkout().build());
            assertThatThrownBy(() -> policy.evaluate(TrustFixtures.checkout().order(o -> o.currency("USD")).build()))
                    .isInstanceOf(EvaluationException.class);

            assertThat(counterfeit.entitlements()).extracting(e -> e.type()).containsExactly(EntitlementType.FAKE_ONE_PAY_TEN);
            assertThat(counterfeit.denials()).isEmpty();
            assertThat(registry.get("trustrules.evaluations").tags("policy", "trust-default", "outcome", "decided").timer().count())
                    .isEqualTo(2);
            assertThat(registry.get("trustrules.evaluations").tags("policy", "trust-default", "outcome", "decided").timer()
                    .totalTime(TimeUnit.NANOSECONDS)).isPositive();
            assertThat(registry.get("trustrules.evaluations").tags("policy", "trust-default", "outcome", "failed").timer().count())
                    .isEqualTo(1);
            assertThat(registry.get("trustrules.entitlements")
                    .tags("policy", "trust-default", "type", "FAKE_ONE_PAY_TEN", "result", "granted").counter().count()).isEqualTo(1.0);
            assertThat(registry.get("trustrules.entitlements")
                    .tags("policy", "trust-default", "type", "FAKE_ONE_PAY_TEN", "result", "denied").counter().count()).isZero();
            assertThat(registry.get("trustrules.entitlements").tag("policy", "trust-default").counters())
                    .hasSize(2 * EntitlementType.values().length)
                    .extracting(c -> c.count()).containsOnly(0.0, 1.0);
            // the appraisal that found the item fake is also the shop's counterfeit sale: each of its sanctions counted once
            assertThat(counterfeit.sanctions()).extracting(s -> s.type()).isNotEmpty().doesNotHaveDuplicates();
            for (SanctionType type : SanctionType.values()) {
                assertThat(registry.get("trustrules.sanctions").tags("policy", "trust-default", "type", type.name()).counter().count())
                        .as("sanctions of type %s", type).isEqualTo(counterfeit.sanctions(type).size());
            }
            assertThat(registry.get("trustrules.policy.serving").tags("policy", "trust-default", "version", "2026.12.0",
                    "sha256", policy.id().sha256().substring(0, 12)).gauge().value()).isEqualTo(1.0);
            assertThat(registry.get("trustrules.reloads.refusing").tag("policy", "trust-default").gauge().value()).isZero();
        }
    }

    @Test
    void should_count_each_denied_type_once_per_decision_when_it_is_denied_for_several_reasons() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy()
                .listener(new MicrometerTrustPolicyListener(registry)).build()) {
            Decision decision = policy.evaluate(TrustFixtures.claim(ClaimType.REFUND_WITHOUT_RETURN)
                    .buyer(b -> b.creditScore(300).abuseFlag(true)).build());

            assertThat(decision.denials(EntitlementType.REFUND_WITHOUT_RETURN)).hasSizeGreaterThan(1);
            assertThat(registry.get("trustrules.entitlements")
                    .tags("policy", "trust-default", "type", "REFUND_WITHOUT_RETURN", "result", "denied").counter().count())
                    .isEqualTo(1.0);
        }
    }

    @Test
    void should_time_reloads_by_outcome_and_move_the_serving_gauge_when_the_rules_change_or_are_refused() throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "name=small\nversion=1\n");
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/r.drl"), RULE.formatted("REFUNDED"));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir)
                .listener(new MicrometerTrustPolicyListener(registry, List.of(Tag.of("region", "east")))).build()) {
            String first = policy.id().sha256().substring(0, 12);
            policy.reload();
            Files.writeString(dir.resolve("rules/r.drl"), RULE.formatted("REFUNDED_AGAIN"));
            policy.reload();
            String second = policy.id().sha256().substring(0, 12);
            Files.writeString(dir.resolve("rules/broken.drl"), "package rules;\nrule \"half\" when\n");
            policy.reload();

            assertThat(List.of("reloaded", "unchanged", "refused")).allSatisfy(outcome -> assertThat(registry
                    .get("trustrules.reloads").tags("policy", "small", "region", "east", "outcome", outcome).timer().count())
                    .isEqualTo(1));
            assertThat(registry.get("trustrules.reloads").tags("outcome", "reloaded").timer().totalTime(TimeUnit.NANOSECONDS))
                    .isPositive();
            assertThat(registry.find("trustrules.policy.serving").gauges()).extracting(g -> g.getId().getTags())
                    .containsExactly(List.of(Tag.of("policy", "small"), Tag.of("region", "east"), Tag.of("sha256", second),
                            Tag.of("version", "1")));
            assertThat(first).isNotEqualTo(second);
            assertThat(registry.get("trustrules.reloads.refusing").tag("policy", "small").gauge().value()).isEqualTo(1.0);

            Files.delete(dir.resolve("rules/broken.drl"));
            policy.reload();
            assertThat(registry.get("trustrules.reloads.refusing").tag("policy", "small").gauge().value()).isZero();
        }
    }
}
