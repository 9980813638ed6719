package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.REFUND_WITHOUT_RETURN;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;
import static dev.trustrules.test.TrustFixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.SanctionType;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.test.RequestFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Effective-dated policy versions: 2026.11.0 (the base, policy.properties) and 2026.12.0
 * (versions/2026-12-01, effective 2026-12-01T00:00+08:00, replacing guarantees/refund-without-return.drl
 * with RWR-30). An order is judged under the version in force when it was paid; a request without an
 * order under the version in force at its evaluation time.
 */
class PolicyVersionsTest {
    private static final Instant LAST_SECOND_OF_2026_11 = OffsetDateTime.parse("2026-11-30T23:59:59+08:00").toInstant();
    private static final Instant FIRST_SECOND_OF_2026_12 = OffsetDateTime.parse("2026-12-01T00:00:00+08:00").toInstant();
    private static final int GOLD_SCORE = 700;

    /** A GOLD buyer asks for a refund without return of a 100.00 CNY order paid at {@code paidAt}, filed 3 days after delivery. */
    private static RequestFixture refundOfOrderPaidAt(Instant paidAt) {
        return claim(ClaimType.REFUND_WITHOUT_RETURN).buyer(b -> b.creditScore(GOLD_SCORE))
                .order(o -> o.paidFen(10_000).paidAt(paidAt).deliveredAfter(Duration.ofDays(2)));
    }

    @Test
    void should_refund_without_return_under_2026_11_0_when_the_order_was_paid_the_last_second_before_the_withdrawal() {
        Decision decision = decide(refundOfOrderPaidAt(LAST_SECOND_OF_2026_11));

        assertThat(decision.policy().version()).isEqualTo("2026.11.0");
        assertThat(decision).hasBuyerTier(BuyerTier.GOLD).grants(REFUND_WITHOUT_RETURN)
                .withRefundFen(10_000).withPayoutFen(0).paidBy(Payer.SHOP).withoutReturn()
                .because("TRUSTED_BUYER").byRule("RWR-20")
                .and().hasNoDenials().didNotFireRule("RWR-30");
    }

    @Test
    void should_deny_refund_without_return_as_withdrawn_under_2026_12_0_when_the_order_was_paid_at_the_withdrawal() {
        Decision decision = decide(refundOfOrderPaidAt(FIRST_SECOND_OF_2026_12));

        assertThat(decision.policy().version()).isEqualTo("2026.12.0");
        assertThat(decision).hasBuyerTier(BuyerTier.GOLD)
                .denies(REFUND_WITHOUT_RETURN).becauseExactly("GUARANTEE_WITHDRAWN").byRule("RWR-30")
                .withDetail("refund without return was withdrawn for orders paid from 2026-12-01; this order was paid 2026-12-01")
                .and().didNotFireRule("RWR-20");
    }

    @Test
    void should_judge_an_order_paid_before_the_withdrawal_under_2026_11_0_when_the_claim_is_filed_after_it() {
        Decision decision = decide(refundOfOrderPaidAt(LAST_SECOND_OF_2026_11).claim(c -> c.filedDaysAfterDelivery(10)));

        assertThat(decision.evaluatedAt()).isAfter(FIRST_SECOND_OF_2026_12);
        assertThat(decision.policy().version()).isEqualTo("2026.11.0");
        assertThat(decision).grants(REFUND_WITHOUT_RETURN).byRule("RWR-20");
    }

    @Test
    void should_carry_refund_without_return_at_checkout_when_the_order_is_paid_the_last_second_before_the_withdrawal() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(GOLD_SCORE))
                .order(o -> o.paidFen(10_000).paidAt(LAST_SECOND_OF_2026_11).deliveredAt(null)));

        assertThat(decision.policy().version()).isEqualTo("2026.11.0");
        assertThat(decision).carriesGuarantee(REFUND_WITHOUT_RETURN).byRule("RWR-01").because("GOLD_BUYER");
    }

    @Test
    void should_not_carry_refund_without_return_at_checkout_when_the_order_is_paid_under_2026_12_0() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(GOLD_SCORE))
                .order(o -> o.paidFen(10_000).paidAt(FIRST_SECOND_OF_2026_12).deliveredAt(null)));

        assertThat(decision.policy().version()).isEqualTo("2026.12.0");
        assertThat(decision).hasBuyerTier(BuyerTier.GOLD).doesNotCarry(REFUND_WITHOUT_RETURN)
                .carries(dev.trustrules.EntitlementType.FREIGHT_INSURANCE, dev.trustrules.EntitlementType.NO_REASON_RETURN_7D)
                .didNotFireRule("RWR-01");
    }

    @Test
    void should_judge_a_violation_under_the_version_in_force_at_its_evaluation_time() {
        Decision before = decide(violation(ViolationType.FALSE_ADVERTISING)
                .violation(v -> v.points(5).occurredAt(LAST_SECOND_OF_2026_11)).at(LAST_SECOND_OF_2026_11));
        Decision after = decide(violation(ViolationType.FALSE_ADVERTISING)
                .violation(v -> v.points(5).occurredAt(LAST_SECOND_OF_2026_11)).at(FIRST_SECOND_OF_2026_12));

        assertThat(before.policy().version()).isEqualTo("2026.11.0");
        assertThat(after.policy().version()).isEqualTo("2026.12.0");
        assertThat(after).sanctions(SanctionType.VIOLATION_POINTS).once().withPoints(5).byRule("VP-01");
    }
}
