package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
import static dev.trustrules.EntitlementType.NO_REASON_RETURN_7D;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.test.RequestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Return-freight insurance (运费险): guarantees/freight-insurance.drl, FRT-01 to FRT-20. */
class FreightInsuranceTest {
    private static final int BASIC_SCORE = 500;

    /** A return for a quality problem by the default GOLD buyer (a trust-card holder), 12.00 CNY freight. */
    private static RequestFixture qualityReturn() {
        return claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.QUALITY_PROBLEM));
    }

    // --- checkout ---

    @Test
    void should_carry_freight_insurance_when_the_shop_flagged_the_order() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(BASIC_SCORE)).order(o -> o.enrolledIn(FREIGHT_INSURANCE)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC)
                .carriesGuarantee(FREIGHT_INSURANCE).byRule("FRT-01").because("SHOP_ENROLLED")
                .and().didNotFireRule("FRT-02");
    }

    @Test
    void should_carry_freight_insurance_when_the_buyer_holds_a_trust_card() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(550)));

        assertThat(decision).hasBuyerTier(BuyerTier.SILVER)
                .carriesGuarantee(FREIGHT_INSURANCE).byRule("FRT-02").because("TRUST_CARD_HOLDER");
    }

    @Test
    void should_show_one_freight_badge_when_both_the_shop_and_the_trust_card_cover_it() {
        Decision decision = decide(checkout().order(o -> o.enrolledIn(FREIGHT_INSURANCE)));

        // one badge per guarantee: the first rule by name is kept
        assertThat(decision).carriesGuarantee(FREIGHT_INSURANCE).byRule("FRT-01").because("SHOP_ENROLLED")
                .and().firedRule("FRT-02");
        assertThat(decision.guarantees()).filteredOn(g -> g.type() == FREIGHT_INSURANCE).hasSize(1);
    }

    @Test
    void should_not_carry_freight_insurance_when_a_basic_buyer_buys_an_unflagged_order() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(549)));

        assertThat(decision).doesNotCarry(FREIGHT_INSURANCE).didNotFireRule("FRT-01").didNotFireRule("FRT-02");
    }

    @Test
    void should_not_carry_freight_insurance_when_an_abuse_flag_demotes_the_buyer() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(900).abuseFlag(true)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).doesNotCarry(FREIGHT_INSURANCE);
    }

    // --- claim: granted, and the cap on both sides ---

    @Test
    void should_reimburse_the_freight_when_a_covered_return_is_accepted() {
        Decision decision = decide(qualityReturn().claim(c -> c.freightFen(1_200)));

        assertThat(decision).grants(FREIGHT_INSURANCE)
                .withRefundFen(0).withPayoutFen(1_200).paidBy(Payer.INSURER).withReturnRequired()
                .because("FREIGHT_REIMBURSED").byRule("FRT-20")
                .and().hasNoDenials().doesNotGrant(NO_REASON_RETURN_7D);
    }

    @Test
    void should_reimburse_all_the_freight_when_it_is_exactly_the_cap() {
        Decision decision = decide(qualityReturn().claim(c -> c.freightFen(2_500)));

        assertThat(decision).grants(FREIGHT_INSURANCE)
                .withRefundFen(0).withPayoutFen(2_500).paidBy(Payer.INSURER).withReturnRequired()
                .because("FREIGHT_REIMBURSED").byRule("FRT-20");
    }

    @Test
    void should_reimburse_the_cap_when_the_freight_is_one_fen_above_it() {
        Decision decision = decide(qualityReturn().claim(c -> c.freightFen(2_501)));

        assertThat(decision).grants(FREIGHT_INSURANCE)
                .withRefundFen(0).withPayoutFen(2_500).paidBy(Payer.INSURER).withReturnRequired()
                .because("FREIGHT_REIMBURSED_CAPPED").byRule("FRT-20");
    }

    @ParameterizedTest
    @EnumSource(value = ReturnReason.class, names = "NO_REASON", mode = EnumSource.Mode.EXCLUDE)
    void should_reimburse_the_freight_when_the_seller_is_at_fault(ReturnReason reason) {
        // filed the day after sign-off: within the 48 hours of a fault visible on arrival too
        Decision decision = decide(claim(ClaimType.RETURN)
                .claim(c -> c.returnReason(reason).freightFen(800).filedAfterDelivery(java.time.Duration.ofHours(20))));

        assertThat(decision).grants(FREIGHT_INSURANCE).withPayoutFen(800).paidBy(Payer.INSURER).byRule("FRT-20")
                .and().grants(dev.trustrules.EntitlementType.SELLER_FAULT_RETURN).withPayoutFen(0).byRule("SFR-20")
                .and().hasNoDenials();
    }

    @Test
    void should_reimburse_the_freight_of_a_basic_buyer_when_the_shop_flagged_the_order() {
        Decision decision = decide(qualityReturn().buyer(b -> b.creditScore(BASIC_SCORE)).order(o -> o.enrolledIn(FREIGHT_INSURANCE)));

        assertThat(decision).grants(FREIGHT_INSURANCE).withPayoutFen(1_200).paidBy(Payer.INSURER).byRule("FRT-20");
    }

    @Test
    void should_reimburse_the_freight_of_an_accepted_no_reason_return() {
        Decision decision = decide(claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.NO_REASON).freightFen(1_000)));

        assertThat(decision).grants(FREIGHT_INSURANCE).withRefundFen(0).withPayoutFen(1_000).paidBy(Payer.INSURER)
                .withReturnRequired().because("FREIGHT_REIMBURSED").byRule("FRT-20")
                .and().grants(NO_REASON_RETURN_7D).byRule("NRR-20")
                .and().hasNoDenials();
    }

    // --- claim: denied ---

    @Test
    void should_deny_freight_insurance_when_the_order_does_not_carry_it() {
        Decision decision = decide(qualityReturn().buyer(b -> b.creditScore(BASIC_SCORE)));

        assertThat(decision).denies(FREIGHT_INSURANCE).becauseExactly("GUARANTEE_NOT_CARRIED").byRule("FRT-10")
                .withDetail("the order is not flagged with freight insurance and the buyer holds no trust card");
    }

    @Test
    void should_deny_freight_insurance_when_the_request_has_no_buyer_and_the_order_is_not_flagged() {
        Decision decision = decide(qualityReturn().withoutBuyer());

        assertThat(decision).denies(FREIGHT_INSURANCE).becauseExactly("GUARANTEE_NOT_CARRIED").byRule("FRT-10");
    }

    @Test
    void should_deny_freight_insurance_when_the_return_gives_no_reason() {
        Decision decision = decide(claim(ClaimType.RETURN).claim(c -> c.returnReason(null)));

        assertThat(decision).denies(FREIGHT_INSURANCE).becauseExactly("RETURN_REASON_MISSING").byRule("FRT-11")
                .withDetail("the return claim names no return reason")
                .and().doesNotGrant(NO_REASON_RETURN_7D);
        assertThat(decision.denials(NO_REASON_RETURN_7D)).isEmpty();
    }

    @Test
    void should_deny_freight_insurance_when_the_no_reason_return_is_refused() {
        // GIVEN a no-reason return of an item that is not intact
        Decision decision = decide(claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.NO_REASON).itemIntact(false)));

        // THEN both the return and its freight are denied
        assertThat(decision).denies(NO_REASON_RETURN_7D).becauseExactly("ITEM_NOT_INTACT")
                .and().denies(FREIGHT_INSURANCE).becauseExactly("RETURN_NOT_ACCEPTED").byRule("FRT-12")
                .withDetail("the 7-day no-reason return was denied (ITEM_NOT_INTACT), so there is no accepted return to reimburse");
    }

    @Test
    void should_deny_freight_insurance_once_when_the_no_reason_return_fails_two_conditions() {
        Decision decision = decide(claim(ClaimType.RETURN)
                .claim(c -> c.returnReason(ReturnReason.NO_REASON).itemIntact(false).filedDaysAfterDelivery(20)));

        assertThat(decision).denies(NO_REASON_RETURN_7D).becauseExactly("RETURN_WINDOW_CLOSED", "ITEM_NOT_INTACT")
                .and().denies(FREIGHT_INSURANCE).becauseExactly("RETURN_NOT_ACCEPTED").byRule("FRT-12");
    }

    @Test
    void should_deny_freight_insurance_when_the_buyer_paid_no_freight() {
        Decision decision = decide(qualityReturn().claim(c -> c.freightFen(0)));

        assertThat(decision).denies(FREIGHT_INSURANCE).becauseExactly("NO_FREIGHT_PAID").byRule("FRT-13")
                .withDetail("the claim reports 0 return freight paid");
    }
}
