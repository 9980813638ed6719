package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
import static dev.trustrules.EntitlementType.NO_REASON_RETURN_7D;
import static dev.trustrules.EntitlementType.SELLER_FAULT_RETURN;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.claim;

import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.test.RequestFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A return for the seller's fault: guarantees/seller-fault-return.drl, SFR-10 to SFR-21 (guarantees/limits.drl:
 * sellerFaultReturnDays = 15 after delivery, arrivalDefectReportHours = 48 after sign-off for a fault
 * visible on arrival). The order (199.00 CNY) is refunded once the goods are back; the shop pays the return
 * freight, less what freight insurance (the GOLD buyer's trust card: FRT-02) reimburses.
 */
class SellerFaultReturnTest {

    private static RequestFixture sellerFault(ReturnReason reason) {
        return claim(ClaimType.RETURN).claim(c -> c.returnReason(reason));
    }

    // --- granted: refund, return, freight ---

    @Test
    void should_refund_and_leave_the_shop_nothing_to_pay_when_the_insurance_covers_the_freight() {
        Decision decision = decide(sellerFault(ReturnReason.QUALITY_PROBLEM).claim(c -> c.freightFen(1_200).filedDaysAfterDelivery(15)));

        assertThat(decision).grants(SELLER_FAULT_RETURN).withRefundFen(19_900).withPayoutFen(0).paidBy(Payer.SHOP).withReturnRequired()
                .because("SELLER_AT_FAULT_INSURED").byRule("SFR-20")
                .and().grants(FREIGHT_INSURANCE).withPayoutFen(1_200).paidBy(Payer.INSURER).byRule("FRT-20")
                .and().hasNoDenials();
    }

    @Test
    void should_charge_the_shop_the_freight_above_the_insurance_cap() {
        Decision decision = decide(sellerFault(ReturnReason.NOT_AS_DESCRIBED).claim(c -> c.freightFen(3_000)));

        assertThat(decision).grants(SELLER_FAULT_RETURN).withRefundFen(19_900).withPayoutFen(500).paidBy(Payer.SHOP)
                .because("SELLER_AT_FAULT_INSURED").byRule("SFR-20")
                .and().grants(FREIGHT_INSURANCE).withPayoutFen(2_500).because("FREIGHT_REIMBURSED_CAPPED");
    }

    @Test
    void should_charge_the_shop_the_whole_freight_when_no_insurance_covers_it() {
        // a BASIC buyer on an order not flagged with freight insurance
        Decision decision = decide(sellerFault(ReturnReason.WRONG_ITEM).buyer(b -> b.creditScore(500)).claim(c -> c.freightFen(1_200)));

        assertThat(decision).grants(SELLER_FAULT_RETURN).withRefundFen(19_900).withPayoutFen(1_200).paidBy(Payer.SHOP)
                .withReturnRequired().because("SELLER_AT_FAULT").byRule("SFR-21")
                .and().denies(FREIGHT_INSURANCE).becauseExactly("GUARANTEE_NOT_CARRIED");
    }

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"FRESH_FRUIT", "CUSTOM_MADE", "INTIMATE_WEAR", "DIGITAL_DOWNLOAD", "JEWELLERY"})
    void should_grant_a_seller_fault_return_in_a_category_that_excludes_no_reason_returns(Category category) {
        Decision decision = decide(sellerFault(ReturnReason.QUALITY_PROBLEM).order(o -> o.category(category)));

        assertThat(decision).grants(SELLER_FAULT_RETURN).byRule("SFR-20").and().hasNoDenials();
    }

    @Test
    void should_not_ask_for_a_seller_fault_return_when_the_return_has_no_reason() {
        Decision decision = decide(claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.NO_REASON)));

        assertThat(decision).grants(NO_REASON_RETURN_7D).and().doesNotGrant(SELLER_FAULT_RETURN);
        org.assertj.core.api.Assertions.assertThat(decision.denials(SELLER_FAULT_RETURN)).isEmpty();
    }

    // --- the window: 15 days after delivery ---

    @Test
    void should_deny_the_return_and_its_freight_when_a_quality_problem_is_filed_16_days_after_delivery() {
        Decision decision = decide(sellerFault(ReturnReason.QUALITY_PROBLEM).claim(c -> c.filedDaysAfterDelivery(16)));

        assertThat(decision).denies(SELLER_FAULT_RETURN).becauseExactly("CLAIM_WINDOW_CLOSED").byRule("SFR-11")
                .withDetail("a return for QUALITY_PROBLEM filed 16 days after delivery, limit 15")
                .and().denies(FREIGHT_INSURANCE).becauseExactly("RETURN_NOT_ACCEPTED").byRule("FRT-12")
                .withDetail("the seller-fault return was denied (CLAIM_WINDOW_CLOSED), so there is no accepted return to reimburse");
    }

    @Test
    void should_decide_the_return_of_fruit_with_a_quality_problem_17_days_after_delivery() {
        // the case of issue 16: the freight was reimbursed and the return itself left undecided
        Decision decision = decide(sellerFault(ReturnReason.QUALITY_PROBLEM).order(o -> o.category(Category.FRESH_FRUIT))
                .claim(c -> c.filedDaysAfterDelivery(17)));

        assertThat(decision).denies(SELLER_FAULT_RETURN).becauseExactly("CLAIM_WINDOW_CLOSED")
                .and().denies(FREIGHT_INSURANCE).becauseExactly("RETURN_NOT_ACCEPTED")
                .and().doesNotGrant(FREIGHT_INSURANCE);
    }

    // --- a fault visible on arrival: 48 hours after sign-off ---

    @ParameterizedTest(name = "{0}: 48 hours after sign-off")
    @EnumSource(value = ReturnReason.class, names = {"DAMAGED_IN_TRANSIT", "SPOILED"})
    void should_grant_a_return_for_a_fault_visible_on_arrival_reported_exactly_48_hours_after_sign_off(ReturnReason reason) {
        Decision decision = decide(sellerFault(reason).claim(c -> c.filedAfterDelivery(Duration.ofHours(48))));

        assertThat(decision).grants(SELLER_FAULT_RETURN).byRule("SFR-20").and().hasNoDenials();
    }

    @Test
    void should_deny_a_return_for_transit_damage_reported_48_hours_and_1_second_after_sign_off() {
        Decision decision = decide(sellerFault(ReturnReason.DAMAGED_IN_TRANSIT)
                .claim(c -> c.filedAfterDelivery(Duration.ofHours(48).plusSeconds(1))));

        assertThat(decision).denies(SELLER_FAULT_RETURN).becauseExactly("REPORT_WINDOW_CLOSED").byRule("SFR-12")
                .withDetail("DAMAGED_IN_TRANSIT reported 49 hours after sign-off, limit 48");
    }

    @Test
    void should_judge_transit_damage_by_the_hours_only_when_filed_within_them() {
        Decision decision = decide(sellerFault(ReturnReason.DAMAGED_IN_TRANSIT).claim(c -> c.filedAfterDelivery(Duration.ofHours(30))));

        assertThat(decision).grants(SELLER_FAULT_RETURN).and().didNotFireRule("SFR-11");
    }

    // --- evidence, damage, delivery ---

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "QUALITY_PROBLEM    | photos of the defect",
        "DAMAGED_IN_TRANSIT | photos of the damaged item and its packaging",
        "NOT_AS_DESCRIBED   | photos showing how the item differs from its listing",
        "WRONG_ITEM         | a photo of the item received",
        "SPOILED            | photos of the spoiled goods"
    })
    void should_deny_the_return_naming_the_evidence_its_reason_needs_when_none_is_attached(ReturnReason reason, String evidence) {
        Decision decision = decide(sellerFault(reason).claim(c -> c.evidenceAttached(false).filedAfterDelivery(Duration.ofHours(20))));

        assertThat(decision).denies(SELLER_FAULT_RETURN).becauseExactly("EVIDENCE_MISSING").byRule("SFR-13")
                .withDetail("a return for " + reason + " needs " + evidence + "; none is attached");
    }

    @Test
    void should_deny_the_return_when_inspection_found_the_buyer_caused_the_damage() {
        Decision decision = decide(sellerFault(ReturnReason.QUALITY_PROBLEM).claim(c -> c.buyerCausedDamage(true)));

        assertThat(decision).denies(SELLER_FAULT_RETURN).becauseExactly("BUYER_CAUSED_DAMAGE").byRule("SFR-14")
                .withDetail("inspection found the damage was caused by the buyer");
    }

    @Test
    void should_deny_the_return_when_the_order_was_not_delivered() {
        Decision decision = decide(sellerFault(ReturnReason.WRONG_ITEM).order(o -> o.notDelivered()));

        assertThat(decision).denies(SELLER_FAULT_RETURN).becauseExactly("NOT_DELIVERED").byRule("SFR-10")
                .withDetail("the order has not been delivered");
    }
}
