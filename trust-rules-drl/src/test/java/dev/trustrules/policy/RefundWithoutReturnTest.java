package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.REFUND_WITHOUT_RETURN;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.RequestFixture;
import dev.trustrules.test.TrustFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Refund without return (退款不退货): guarantees/refund-without-return.drl, RWR-01 to RWR-20. */
class RefundWithoutReturnTest {
    private static final int GOLD_SCORE = 700;
    private static final int PLATINUM_SCORE = 800;

    private static RequestFixture refund(int creditScore, long paidFen) {
        return claim(ClaimType.REFUND_WITHOUT_RETURN).buyer(b -> b.creditScore(creditScore)).order(o -> o.paidFen(paidFen));
    }

    // --- checkout ---

    @Test
    void should_carry_refund_without_return_when_a_gold_buyer_pays_100_00_cny() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(GOLD_SCORE)).order(o -> o.paidFen(10_000)));

        assertThat(decision).hasBuyerTier(BuyerTier.GOLD)
                .carriesGuarantee(REFUND_WITHOUT_RETURN).byRule("RWR-01").because("GOLD_BUYER");
    }

    @Test
    void should_not_carry_refund_without_return_when_a_gold_buyer_pays_100_01_cny() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(GOLD_SCORE)).order(o -> o.paidFen(10_001)));

        assertThat(decision).doesNotCarry(REFUND_WITHOUT_RETURN).didNotFireRule("RWR-01");
    }

    @Test
    void should_carry_refund_without_return_when_a_platinum_buyer_pays_300_00_cny() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(PLATINUM_SCORE)).order(o -> o.paidFen(30_000)));

        assertThat(decision).hasBuyerTier(BuyerTier.PLATINUM)
                .carriesGuarantee(REFUND_WITHOUT_RETURN).byRule("RWR-02").because("PLATINUM_BUYER");
    }

    @Test
    void should_not_carry_refund_without_return_when_a_platinum_buyer_pays_300_01_cny() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(PLATINUM_SCORE)).order(o -> o.paidFen(30_001)));

        assertThat(decision).doesNotCarry(REFUND_WITHOUT_RETURN).didNotFireRule("RWR-02");
    }

    @Test
    void should_not_carry_refund_without_return_when_the_buyer_is_silver() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(649)).order(o -> o.paidFen(5_000)));

        assertThat(decision).hasBuyerTier(BuyerTier.SILVER).doesNotCarry(REFUND_WITHOUT_RETURN);
    }

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"JEWELLERY", "USED_PHONE", "LUXURY"})
    void should_not_carry_refund_without_return_when_the_category_is_excluded(Category category) {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(PLATINUM_SCORE))
                .order(o -> o.category(category).paidFen(5_000)));

        assertThat(decision).doesNotCarry(REFUND_WITHOUT_RETURN).didNotFireRule("RWR-02");
    }

    // --- claim: granted, and the tier amounts on both sides ---

    @Test
    void should_refund_without_return_when_a_gold_buyer_paid_100_00_cny() {
        Decision decision = decide(refund(GOLD_SCORE, 10_000));

        assertThat(decision).grants(REFUND_WITHOUT_RETURN)
                .withRefundFen(10_000).withPayoutFen(0).paidBy(Payer.SHOP).withoutReturn()
                .because("TRUSTED_BUYER").byRule("RWR-20")
                .and().hasNoDenials();
    }

    @Test
    void should_deny_refund_without_return_when_a_gold_buyer_paid_100_01_cny() {
        Decision decision = decide(refund(GOLD_SCORE, 10_001));

        assertThat(decision).denies(REFUND_WITHOUT_RETURN).becauseExactly("AMOUNT_ABOVE_TIER_LIMIT").byRule("RWR-12")
                .withDetail("paid 100.01 CNY is above the GOLD limit of 100.00 CNY");
    }

    @Test
    void should_refund_without_return_when_a_platinum_buyer_paid_300_00_cny() {
        Decision decision = decide(refund(PLATINUM_SCORE, 30_000));

        assertThat(decision).grants(REFUND_WITHOUT_RETURN)
                .withRefundFen(30_000).withPayoutFen(0).paidBy(Payer.SHOP).withoutReturn()
                .because("TRUSTED_BUYER").byRule("RWR-20")
                .and().hasNoDenials();
    }

    @Test
    void should_refund_without_return_when_a_platinum_buyer_paid_above_the_gold_amount() {
        Decision decision = decide(refund(PLATINUM_SCORE, 10_001));

        assertThat(decision).grants(REFUND_WITHOUT_RETURN).withRefundFen(10_001).byRule("RWR-20")
                .and().didNotFireRule("RWR-12");
    }

    @Test
    void should_deny_refund_without_return_when_a_platinum_buyer_paid_300_01_cny() {
        Decision decision = decide(refund(PLATINUM_SCORE, 30_001));

        assertThat(decision).denies(REFUND_WITHOUT_RETURN).becauseExactly("AMOUNT_ABOVE_TIER_LIMIT").byRule("RWR-13")
                .withDetail("paid 300.01 CNY is above the PLATINUM limit of 300.00 CNY");
    }

    // --- refunds in the last 90 days ---

    @Test
    void should_refund_without_return_when_the_buyer_had_2_such_refunds_in_90_days() {
        Decision decision = decide(refund(GOLD_SCORE, 5_000).buyer(b -> b.refundWithoutReturnCount90d(2)));

        assertThat(decision).grants(REFUND_WITHOUT_RETURN).withRefundFen(5_000).byRule("RWR-20")
                .and().hasNoDenials();
    }

    @Test
    void should_deny_refund_without_return_when_the_buyer_had_3_such_refunds_in_90_days() {
        Decision decision = decide(refund(GOLD_SCORE, 5_000).buyer(b -> b.refundWithoutReturnCount90d(3)));

        // still GOLD (demotion takes more than 3), but the allowance is used up
        assertThat(decision).hasBuyerTier(BuyerTier.GOLD)
                .denies(REFUND_WITHOUT_RETURN).becauseExactly("REFUND_LIMIT_REACHED").byRule("RWR-14")
                .withDetail("3 refunds without return in the last 90 days, at most 3 allowed");
    }

    @Test
    void should_deny_refund_without_return_as_basic_when_the_buyer_had_4_such_refunds_in_90_days() {
        Decision decision = decide(refund(GOLD_SCORE, 5_000).buyer(b -> b.refundWithoutReturnCount90d(4)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC)
                .denies(REFUND_WITHOUT_RETURN).becauseExactly("TIER_BELOW_GOLD", "REFUND_LIMIT_REACHED")
                .withDetail("buyer tier BASIC is below GOLD (OVER_REFUND_WITHOUT_RETURN_LIMIT)")
                .withDetail("4 refunds without return in the last 90 days, at most 3 allowed");
    }

    // --- tier ---

    @Test
    void should_deny_refund_without_return_when_the_buyer_is_silver() {
        Decision decision = decide(refund(649, 5_000));

        assertThat(decision).denies(REFUND_WITHOUT_RETURN).becauseExactly("TIER_BELOW_GOLD").byRule("RWR-10")
                .withDetail("buyer tier SILVER is below GOLD (CREDIT_SCORE_SILVER)");
    }

    @Test
    void should_refund_without_return_when_the_buyer_just_reached_gold() {
        Decision decision = decide(refund(650, 5_000));

        assertThat(decision).hasBuyerTier(BuyerTier.GOLD).grants(REFUND_WITHOUT_RETURN).byRule("RWR-20");
    }

    @Test
    void should_deny_refund_without_return_when_the_buyer_is_basic() {
        Decision decision = decide(refund(549, 5_000));

        assertThat(decision).denies(REFUND_WITHOUT_RETURN).becauseExactly("TIER_BELOW_GOLD").byRule("RWR-10")
                .withDetail("buyer tier BASIC is below GOLD (CREDIT_SCORE_BASIC)");
    }

    @Test
    void should_deny_refund_without_return_when_the_trust_card_is_revoked() {
        // GIVEN a revocation running until 10 days after the claim (filed 3 days after delivery)
        Decision decision = decide(refund(PLATINUM_SCORE, 5_000)
                .buyer(b -> b.trustCardRevokedUntil(TrustFixtures.DELIVERED_AT.plus(Duration.ofDays(13)))));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC)
                .denies(REFUND_WITHOUT_RETURN).becauseExactly("TIER_BELOW_GOLD").byRule("RWR-10")
                .withDetail("buyer tier BASIC is below GOLD (TRUST_CARD_REVOKED)");
    }

    @Test
    void should_deny_refund_without_return_when_the_request_has_no_buyer() {
        Decision decision = decide(claim(ClaimType.REFUND_WITHOUT_RETURN).withoutBuyer().order(o -> o.paidFen(5_000)));

        assertThat(decision).hasBuyerTier(null)
                .denies(REFUND_WITHOUT_RETURN).becauseExactly("BUYER_UNKNOWN").byRule("RWR-11")
                .withDetail("the request has no buyer account, so no trust-card tier");
    }

    // --- category and abuse ---

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"JEWELLERY", "USED_PHONE", "LUXURY"})
    void should_deny_refund_without_return_when_the_category_is_excluded(Category category) {
        Decision decision = decide(refund(PLATINUM_SCORE, 5_000).order(o -> o.category(category)));

        assertThat(decision).denies(REFUND_WITHOUT_RETURN).becauseExactly("CATEGORY_EXCLUDED").byRule("RWR-15")
                .withDetail("category " + category + " is excluded from refund without return");
    }

    @Test
    void should_deny_refund_without_return_when_an_abuse_flag_is_open() {
        Decision decision = decide(refund(PLATINUM_SCORE, 5_000).buyer(b -> b.abuseFlag(true)));

        // the flag demotes the buyer to BASIC (RWR-10) and is itself a failed condition (RWR-16)
        assertThat(decision).hasBuyerTier(BuyerTier.BASIC)
                .denies(REFUND_WITHOUT_RETURN).becauseExactly("TIER_BELOW_GOLD", "ABUSE_FLAG_OPEN")
                .byRule("RWR-16").withDetail("the buyer has an open refund-abuse flag")
                .withDetail("buyer tier BASIC is below GOLD (ABUSE_FLAG_OPEN)");
    }
}
