package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FAKE_ONE_PAY_TEN;
import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
import static dev.trustrules.EntitlementType.REFUND_WITHOUT_RETURN;
import static dev.trustrules.test.TrustFixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trustrules.EntitlementType;
import dev.trustrules.RuleFiles;
import dev.trustrules.TrustPolicy;
import dev.trustrules.explain.Calculation;
import dev.trustrules.explain.Condition;
import dev.trustrules.explain.Explanation;
import dev.trustrules.explain.GrantExplanation;
import dev.trustrules.explain.Operand;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.test.RequestFixture;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code TrustPolicy.explain} on the default policy: the arithmetic of each guarantee's amounts as the rules
 * computed it, the thresholds a grant passed, the conditions of a denial and the rules that nearly fired.
 */
class ExplanationTest {

    /** A counterfeit claim on an order the shop enrolled, verdict FAKE, filed 3 days after delivery. */
    private static RequestFixture counterfeit() {
        return claim(ClaimType.COUNTERFEIT).order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN));
    }

    // --- the arithmetic of each guarantee's grant ---

    @Test
    void should_show_the_payout_as_ten_times_the_price_plus_the_appraisal_fee_when_a_counterfeit_is_granted() {
        GrantExplanation grant = grant(counterfeit().order(o -> o.paidFen(19_900)).claim(c -> c.appraisalFeeFen(5_000)),
                FAKE_ONE_PAY_TEN);

        assertThat(grant.rule()).isEqualTo("FOPT-20 granted: the price refunded and the compensation on top");
        assertThat(tree(grant.refund())).isEqualTo("FACT order.paidFen 19900 FOPT-20\n");
        assertThat(grant.refund().text()).isEqualTo("199.00 = order.paidFen");
        assertThat(tree(grant.payout())).isEqualTo("""
                STEP plus 204000 FOPT-20
                  STEP timesCapped 199000 FOPT-15
                    FACT order.paidFen 19900 FOPT-15
                    LIMIT guaranteeLimits.fakeCompensationMultiplier 10 FOPT-15
                    LIMIT guaranteeLimits.fakeCompensationCapFen 10000000 FOPT-15
                  FACT claim.appraisalFeeFen 5000 FOPT-20
                """);
        assertThat(grant.payout().text()).isEqualTo("2040.00 = 1990.00 + 50.00 (claim.appraisalFeeFen)");
        assertThat(grant.payout().operands().get(0).text()).isEqualTo("1990.00 = 199.00 (order.paidFen) × 10 "
                + "(guaranteeLimits.fakeCompensationMultiplier), within the cap of 100000.00 (guaranteeLimits.fakeCompensationCapFen)");
        assertThat(grant.payout().operands().get(0).operands().get(1).money()).isFalse();
    }

    @Test
    void should_show_the_cap_when_ten_times_the_price_exceeds_it() {
        GrantExplanation grant = grant(counterfeit().order(o -> o.paidFen(1_500_000)), FAKE_ONE_PAY_TEN);

        assertThat(grant.reason()).isEqualTo("COUNTERFEIT_CONFIRMED_CAPPED");
        assertThat(tree(grant.payout())).isEqualTo("""
                STEP plus 10000000 FOPT-20
                  STEP timesCapped 10000000 FOPT-15
                    FACT order.paidFen 1500000 FOPT-15
                    LIMIT guaranteeLimits.fakeCompensationMultiplier 10 FOPT-15
                    LIMIT guaranteeLimits.fakeCompensationCapFen 10000000 FOPT-15
                  FACT claim.appraisalFeeFen 0 FOPT-20
                """);
        assertThat(grant.payout().operands().get(0).text()).isEqualTo("100000.00 = 15000.00 (order.paidFen) × 10 "
                + "(guaranteeLimits.fakeCompensationMultiplier) = 150000.00, capped at 100000.00 (guaranteeLimits.fakeCompensationCapFen)");
    }

    @Test
    void should_show_the_food_floor_when_ten_times_the_price_is_below_it() {
        GrantExplanation grant = grant(claim(ClaimType.COUNTERFEIT).order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN)
                .category(Category.FOOD).paidFen(1_990)).claim(c -> c.appraisalFeeFen(5_000)), FAKE_ONE_PAY_TEN);

        assertThat(grant.rule()).startsWith("FOPT-21 ");
        assertThat(tree(grant.refund())).isEqualTo("FACT order.paidFen 1990 FOPT-21\n");
        assertThat(tree(grant.payout())).isEqualTo("""
                STEP plus 105000 FOPT-21
                  STEP atMost 100000 FOPT-15
                    STEP atLeast 100000 FOPT-15
                      STEP timesCapped 19900 FOPT-15
                        FACT order.paidFen 1990 FOPT-15
                        LIMIT guaranteeLimits.fakeCompensationMultiplier 10 FOPT-15
                        LIMIT guaranteeLimits.fakeCompensationCapFen 10000000 FOPT-15
                      LIMIT guaranteeLimits.fakeFoodCompensationFloorFen 100000 FOPT-15
                    LIMIT guaranteeLimits.fakeCompensationCapFen 10000000 FOPT-15
                  FACT claim.appraisalFeeFen 5000 FOPT-21
                """);
        Calculation floor = grant.payout().operands().get(0).operands().get(0);
        assertThat(floor.text()).isEqualTo("1000.00 = 199.00, raised to the floor of 1000.00 (guaranteeLimits.fakeFoodCompensationFloorFen)");
    }

    @Test
    void should_show_the_freight_cap_when_the_freight_paid_exceeds_it() {
        GrantExplanation grant = grant(claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.QUALITY_PROBLEM)
                .freightFen(3_000)), FREIGHT_INSURANCE);

        assertThat(grant.reason()).isEqualTo("FREIGHT_REIMBURSED_CAPPED");
        assertThat(tree(grant.refund())).isEqualTo("CONSTANT 0 0 FRT-20\n");
        assertThat(tree(grant.payout())).isEqualTo("""
                STEP atMost 2500 FRT-20
                  FACT claim.freightFen 3000 FRT-20
                  LIMIT guaranteeLimits.freightPayoutCapFen 2500 FRT-20
                """);
        assertThat(grant.payout().text()).isEqualTo("25.00 = 30.00 (claim.freightFen), capped at 25.00 (guaranteeLimits.freightPayoutCapFen)");
    }

    @Test
    void should_show_the_shops_share_of_the_freight_as_what_the_insurer_did_not_pay_when_the_seller_is_at_fault() {
        GrantExplanation grant = grant(claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.QUALITY_PROBLEM)
                .freightFen(3_000)), EntitlementType.SELLER_FAULT_RETURN);

        assertThat(grant.reason()).isEqualTo("SELLER_AT_FAULT_INSURED");
        assertThat(tree(grant.refund())).isEqualTo("FACT order.paidFen 19900 SFR-20\n");
        assertThat(tree(grant.payout())).isEqualTo("""
                STEP minus 500 SFR-20
                  FACT claim.freightFen 3000 SFR-20
                  FACT grantEntitlement.payoutFen 2500 SFR-20
                """);
        assertThat(grant.payout().text()).isEqualTo("5.00 = 30.00 (claim.freightFen) − 25.00 (grantEntitlement.payoutFen)");
    }

    @Test
    void should_show_the_freight_within_the_cap_when_it_is_below_it() {
        GrantExplanation grant = grant(claim(ClaimType.RETURN), FREIGHT_INSURANCE);

        assertThat(grant.payout().text()).isEqualTo("12.00 = 12.00 (claim.freightFen), within the cap of 25.00 (guaranteeLimits.freightPayoutCapFen)");
    }

    @Test
    void should_show_the_price_as_the_refund_when_a_guarantee_refunds_the_price() {
        assertThat(tree(grant(claim(ClaimType.ALLERGY).order(o -> o.category(Category.COSMETICS)), EntitlementType.ALLERGY_INSURANCE)
                .refund())).isEqualTo("FACT order.paidFen 19900 ALG-20\n");
        assertThat(tree(grant(claim(ClaimType.REFUND_WITHOUT_RETURN).order(o -> o.paidFen(8_000)).buyer(b -> b.creditScore(700)),
                REFUND_WITHOUT_RETURN).refund())).isEqualTo("FACT order.paidFen 8000 RWR-20\n");
        GrantExplanation noReason = grant(claim(ClaimType.RETURN), EntitlementType.NO_REASON_RETURN_7D);
        assertThat(tree(noReason.refund())).isEqualTo("FACT order.paidFen 19900 NRR-20\n");
        assertThat(tree(noReason.payout())).isEqualTo("CONSTANT 0 0 NRR-20\n");
        assertThat(noReason.payout().text()).isEqualTo("0.00, a constant of the rule");
    }

    @Test
    void should_show_the_spoiled_share_of_the_price_when_bad_fruit_insurance_is_granted() {
        GrantExplanation grant = grant(claim(ClaimType.BAD_FRUIT).order(o -> o.category(Category.FRESH_FRUIT).paidFen(19_900))
                .claim(c -> c.filedAfterDelivery(java.time.Duration.ofHours(2)).spoiledPercent(30)), EntitlementType.BAD_FRUIT_INSURANCE);

        assertThat(tree(grant.refund())).isEqualTo("""
                STEP percentOf 5970 BFI-20
                  FACT order.paidFen 19900 BFI-20
                  FACT claim.spoiledPercent 30 BFI-20
                """);
        assertThat(grant.refund().text()).isEqualTo("59.70 = 30 (claim.spoiledPercent)% of 199.00 (order.paidFen), rounded down");
    }

    @Test
    void should_show_constant_amounts_when_the_used_phone_warranty_is_granted() {
        GrantExplanation grant = grant(claim(ClaimType.PHONE_DEFECT).order(o -> o.category(Category.USED_PHONE)),
                EntitlementType.USED_PHONE_WARRANTY);

        assertThat(tree(grant.refund()) + tree(grant.payout())).isEqualTo("CONSTANT 0 0 UPW-20\nCONSTANT 0 0 UPW-20\n");
    }

    // --- thresholds passed, denials, near misses ---

    @Test
    void should_list_each_threshold_passed_with_its_values_when_a_counterfeit_is_granted() {
        GrantExplanation grant = grant(counterfeit(), FAKE_ONE_PAY_TEN);

        assertThat(grant.thresholdsPassed()).extracting(c -> id(c.rule()), Condition::condition, Condition::holds).containsExactly(
                tuple("FOPT-10", "not CarryGuarantee(type == EntitlementType.FAKE_ONE_PAY_TEN)", false),
                tuple("FOPT-11", "authenticityVerdict == null || authenticityVerdict == AuthenticityVerdict.PENDING", false),
                tuple("FOPT-12", "authenticityVerdict == AuthenticityVerdict.GENUINE", false),
                tuple("FOPT-13", "deliveredAt == null", false),
                tuple("FOPT-14", "PlatformCalendar.daysAfter($delivered, filedAt) > guaranteeLimits.fakeClaimWindowDays", false));
        Condition window = grant.thresholdsPassed().get(4);
        assertThat(window.operands()).extracting(Operand::kind, Operand::name, Operand::value).startsWith(
                tuple(Operand.Kind.VALUE, "PlatformCalendar.daysAfter($delivered, filedAt)", "3"),
                tuple(Operand.Kind.LIMIT, "guaranteeLimits.fakeClaimWindowDays", "90"),
                tuple(Operand.Kind.FACT, "$delivered (order.deliveredAt)", "2026-03-03T10:00:00+08:00"),
                tuple(Operand.Kind.FACT, "claim.filedAt", "2026-03-06T10:00:00+08:00"));
        assertThat(grant.thresholdsPassed().get(0).text()).isEqualTo("not CarryGuarantee(type == EntitlementType.FAKE_ONE_PAY_TEN) is false: "
                + "CarryGuarantee[type=FAKE_ONE_PAY_TEN, reason=SHOP_ENROLLED] was inserted by \"FOPT-01 carried when the shop enrolled the order\"");
        assertThat(grant.thresholdsPassed().get(0).operands().get(0).rule()).isEqualTo("FOPT-01 carried when the shop enrolled the order");
    }

    @Test
    void should_show_the_conditions_of_the_denying_rule_and_the_grant_it_blocked_when_a_claim_is_denied() {
        Explanation explanation = explained(counterfeit().claim(c -> c.filedDaysAfterDelivery(120)));

        assertThat(explanation.grants()).isEmpty();
        var denial = explanation.denials().get(0);
        assertThat(denial.rule()).isEqualTo("FOPT-14 denied when filed after the claim window");
        assertThat(denial.because()).isEqualTo("filed 120 days after delivery, limit 90");
        assertThat(denial.conditions()).extracting(Condition::text).containsExactly(
                "deliveredAt != null: order.deliveredAt = 2026-03-03T10:00:00+08:00",
                "PlatformCalendar.daysAfter($delivered, filedAt) > guaranteeLimits.fakeClaimWindowDays: "
                        + "PlatformCalendar.daysAfter($delivered, filedAt) = 120, guaranteeLimits.fakeClaimWindowDays = 90, "
                        + "$delivered (order.deliveredAt) = 2026-03-03T10:00:00+08:00, claim.filedAt = 2026-07-01T10:00:00+08:00");
        assertThat(denial.thresholdsPassed()).extracting(c -> id(c.rule())).containsExactly("FOPT-10", "FOPT-11", "FOPT-12", "FOPT-13");
        assertThat(explanation.nearMisses()).filteredOn(c -> id(c.rule()).equals("FOPT-20")).extracting(Condition::text).containsExactly(
                "not DenyEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN) is false: DenyEntitlement[type=FAKE_ONE_PAY_TEN, "
                        + "reason=CLAIM_WINDOW_CLOSED, detail=filed 120 days after delivery, limit 90] was inserted by "
                        + "\"FOPT-14 denied when filed after the claim window\"");
    }

    @Test
    void should_list_the_rules_that_nearly_fired_with_the_condition_that_failed_when_a_refund_without_return_is_denied() {
        Explanation explanation = explained(claim(ClaimType.REFUND_WITHOUT_RETURN).order(o -> o.paidFen(10_001)).buyer(b -> b.creditScore(700)));

        assertThat(explanation.denials()).extracting(d -> id(d.rule()), d -> d.reason()).containsExactly(
                tuple("RWR-12", "AMOUNT_ABOVE_TIER_LIMIT"));
        assertThat(explanation.nearMisses()).extracting(c -> id(c.rule()), Condition::text).contains(
                tuple("RWR-01", "paidFen <= buyerLimits.refundWithoutReturnGoldMaxFen is false: "
                        + "order.paidFen = 10001 (100.01 CNY), buyerLimits.refundWithoutReturnGoldMaxFen = 10000 (100.00 CNY)"),
                tuple("RWR-02", "tier == BuyerTier.PLATINUM is false: assignTier.tier = GOLD"),
                tuple("BT-01", "creditScore >= buyerLimits.platinumMinScore is false: "
                        + "buyer.creditScore = 700, buyerLimits.platinumMinScore = 750"));
        assertThat(explanation.nearMisses()).filteredOn(c -> id(c.rule()).equals("RWR-20")).singleElement().satisfies(miss -> {
            assertThat(miss.condition()).isEqualTo("not DenyEntitlement(type == EntitlementType.REFUND_WITHOUT_RETURN)");
            assertThat(miss.operands()).extracting(Operand::kind, Operand::rule).containsExactly(
                    tuple(Operand.Kind.MATCHED, "RWR-12 denied above the GOLD amount"));
        });
        // every rule denying REFUND_WITHOUT_RETURN is a threshold passed of the denial, never a near miss too
        assertThat(explanation.nearMisses()).extracting(c -> id(c.rule())).doesNotContain("RWR-10", "RWR-11", "RWR-13", "RWR-14",
                "RWR-15", "RWR-16");
        assertThat(explanation.denials().get(0).thresholdsPassed()).extracting(c -> id(c.rule())).containsExactly(
                "RWR-10", "RWR-11", "RWR-13", "RWR-13", "RWR-14", "RWR-15", "RWR-16");
    }

    @Test
    void should_show_each_failed_condition_when_a_denying_rule_failed_on_more_than_one() {
        GrantExplanation grant = grant(claim(ClaimType.REFUND_WITHOUT_RETURN).order(o -> o.paidFen(8_000)).buyer(b -> b.creditScore(700)),
                REFUND_WITHOUT_RETURN);

        assertThat(grant.thresholdsPassed()).filteredOn(c -> id(c.rule()).equals("RWR-13")).extracting(Condition::text).containsExactly(
                "tier == BuyerTier.PLATINUM is false: assignTier.tier = GOLD",
                "paidFen > buyerLimits.refundWithoutReturnPlatinumMaxFen is false: order.paidFen = 8000 (80.00 CNY), "
                        + "buyerLimits.refundWithoutReturnPlatinumMaxFen = 30000 (300.00 CNY)");
    }

    // --- a policy explains itself ---

    @Test
    void should_explain_with_the_new_numbers_when_the_multiplier_is_edited() {
        Map<String, byte[]> files = new TreeMap<>(RuleFiles.defaultPolicy());
        String limits = new String(files.get("guarantees/limits.drl"), StandardCharsets.UTF_8);
        files.put("guarantees/limits.drl", limits.replace("fakeCompensationMultiplier : long = 10", "fakeCompensationMultiplier : long = 3")
                .replace("fakeClaimWindowDays : int = 90", "fakeClaimWindowDays : int = 15").getBytes(StandardCharsets.UTF_8));
        try (TrustPolicy edited = TrustPolicy.builder().fromFiles("edited", files).build()) {
            var request = counterfeit().order(o -> o.paidFen(19_900)).build();
            Explanation explanation = edited.explain(request);

            assertThat(explanation.decision()).isEqualTo(edited.evaluate(request));
            GrantExplanation grant = explanation.grants().get(0);
            assertThat(grant.payout().value()).isEqualTo(59_700);
            assertThat(grant.payout().operands().get(0).text()).isEqualTo("597.00 = 199.00 (order.paidFen) × 3 "
                    + "(guaranteeLimits.fakeCompensationMultiplier), within the cap of 100000.00 (guaranteeLimits.fakeCompensationCapFen)");
            assertThat(grant.thresholdsPassed()).filteredOn(c -> id(c.rule()).equals("FOPT-14")).extracting(Condition::text)
                    .singleElement().asString().startsWith("PlatformCalendar.daysAfter($delivered, filedAt) > guaranteeLimits.fakeClaimWindowDays "
                            + "is false: PlatformCalendar.daysAfter($delivered, filedAt) = 3, guaranteeLimits.fakeClaimWindowDays = 15");
        }
    }

    // --- helpers ---

    /** The explanation, checked to hold the decision {@code evaluate} makes for the same request. */
    private static Explanation explained(RequestFixture request) {
        Explanation explanation = DefaultPolicy.explain(request);
        assertThat(explanation.decision()).isEqualTo(DefaultPolicy.decide(request));
        assertThat(explanation.caveats()).isEmpty();
        return explanation;
    }

    private static GrantExplanation grant(RequestFixture request, EntitlementType type) {
        return explained(request).grants().stream().filter(g -> g.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError(type + " was not granted"));
    }

    /** A calculation as lines {@code KIND name value RULE-ID}, operands indented under their step. */
    static String tree(Calculation calculation) {
        StringBuilder out = new StringBuilder();
        tree(calculation, "", out);
        return out.toString();
    }

    private static void tree(Calculation calculation, String indent, StringBuilder out) {
        out.append(indent).append(calculation.kind()).append(' ').append(calculation.name()).append(' ').append(calculation.value())
                .append(' ').append(id(calculation.rule())).append('\n');
        for (Calculation operand : calculation.operands()) {
            tree(operand, indent + "  ", out);
        }
    }

    private static String id(String rule) {
        return rule == null ? "-" : rule.split(" ")[0];
    }
}
