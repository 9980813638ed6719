package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FAKE_ONE_PAY_TEN;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;
import static dev.trustrules.test.TrustFixtures.shanghai;

import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.RequestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Fake-one-pay-ten (假一赔十): guarantees/fake-one-pay-ten.drl, FOPT-01 to FOPT-21. */
class FakeOnePayTenTest {

    /** A counterfeit claim on an order the shop enrolled, verdict FAKE, filed 3 days after delivery. */
    private static RequestFixture enrolledCounterfeit() {
        return claim(ClaimType.COUNTERFEIT).order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN));
    }

    // --- checkout ---

    @Test
    void should_carry_fake_one_pay_ten_when_the_shop_enrolled_the_order() {
        Decision decision = decide(checkout().order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN)));

        assertThat(decision).carriesGuarantee(FAKE_ONE_PAY_TEN).byRule("FOPT-01").because("SHOP_ENROLLED")
                .and().didNotFireRule("FOPT-02");
    }

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"JEWELLERY", "LUXURY"})
    void should_carry_fake_one_pay_ten_when_the_category_makes_it_mandatory(Category category) {
        Decision decision = decide(checkout().order(o -> o.category(category)));

        assertThat(decision).carriesGuarantee(FAKE_ONE_PAY_TEN).byRule("FOPT-02").because("MANDATORY_IN_CATEGORY")
                .and().didNotFireRule("FOPT-01");
    }

    @Test
    void should_not_carry_fake_one_pay_ten_when_neither_enrolled_nor_mandatory() {
        Decision decision = decide(checkout());

        assertThat(decision).doesNotCarry(FAKE_ONE_PAY_TEN).didNotFireRule("FOPT-01").didNotFireRule("FOPT-02");
    }

    // --- claim: granted ---

    @Test
    void should_refund_the_price_and_pay_ten_times_it_when_a_counterfeit_is_confirmed() {
        // GIVEN an enrolled order of 199.00 CNY, appraised FAKE
        // WHEN the buyer claims 3 days after delivery
        Decision decision = decide(enrolledCounterfeit().order(o -> o.paidFen(19_900)));

        // THEN the price comes back and 1,990.00 CNY is paid on top, by the shop, goods kept
        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(19_900).withPayoutFen(199_000).paidBy(Payer.SHOP).withoutReturn()
                .because("COUNTERFEIT_CONFIRMED").byRule("FOPT-20").inCurrency("CNY")
                .and().hasNoDenials().didNotFireRule("FOPT-21");
    }

    @Test
    void should_add_the_appraisal_fee_to_the_payout_when_the_buyer_paid_for_the_appraisal() {
        Decision decision = decide(enrolledCounterfeit().order(o -> o.paidFen(19_900)).claim(c -> c.appraisalFeeFen(5_000)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(19_900).withPayoutFen(204_000).paidBy(Payer.SHOP).withoutReturn()
                .because("COUNTERFEIT_CONFIRMED").byRule("FOPT-20");
    }

    @Test
    void should_grant_fake_one_pay_ten_when_the_category_makes_it_mandatory_without_enrolment() {
        Decision decision = decide(claim(ClaimType.COUNTERFEIT).order(o -> o.category(Category.LUXURY).paidFen(500_000)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(500_000).withPayoutFen(5_000_000).paidBy(Payer.SHOP).withoutReturn()
                .because("COUNTERFEIT_CONFIRMED").byRule("FOPT-20");
    }

    // --- the 100,000 CNY cap ---

    @Test
    void should_pay_ten_times_the_price_when_just_below_the_cap() {
        Decision decision = decide(enrolledCounterfeit().order(o -> o.paidFen(999_999)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(999_999).withPayoutFen(9_999_990).paidBy(Payer.SHOP).withoutReturn()
                .because("COUNTERFEIT_CONFIRMED").byRule("FOPT-20");
    }

    @Test
    void should_pay_exactly_the_cap_unlabelled_when_ten_times_the_price_equals_it() {
        // nothing was cut: the payout is the whole multiple, which happens to be the cap
        Decision decision = decide(enrolledCounterfeit().order(o -> o.paidFen(1_000_000)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(1_000_000).withPayoutFen(10_000_000).paidBy(Payer.SHOP).withoutReturn()
                .because("COUNTERFEIT_CONFIRMED").byRule("FOPT-20");
    }

    @Test
    void should_pay_the_cap_when_ten_times_the_price_exceeds_it() {
        Decision decision = decide(enrolledCounterfeit().order(o -> o.paidFen(1_000_001)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(1_000_001).withPayoutFen(10_000_000).paidBy(Payer.SHOP).withoutReturn()
                .because("COUNTERFEIT_CONFIRMED_CAPPED").byRule("FOPT-20");
    }

    @Test
    void should_add_the_appraisal_fee_on_top_of_the_cap_when_the_compensation_is_capped() {
        Decision decision = decide(enrolledCounterfeit().order(o -> o.paidFen(2_000_000)).claim(c -> c.appraisalFeeFen(5_000)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(2_000_000).withPayoutFen(10_005_000).paidBy(Payer.SHOP)
                .because("COUNTERFEIT_CONFIRMED_CAPPED").byRule("FOPT-20");
    }

    @Test
    void should_pay_exactly_the_cap_without_overflow_when_the_price_is_long_max_value() {
        // GIVEN a price whose tenfold does not fit in a long
        Decision decision = decide(enrolledCounterfeit().order(o -> o.paidFen(Long.MAX_VALUE)));

        // THEN no exception, and the compensation saturates at the cap
        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(Long.MAX_VALUE).withPayoutFen(10_000_000).paidBy(Payer.SHOP).withoutReturn()
                .because("COUNTERFEIT_CONFIRMED_CAPPED").byRule("FOPT-20");
    }

    // --- the food-safety floor of 1,000 CNY ---

    @Test
    void should_pay_the_food_floor_when_ten_times_the_price_of_food_is_below_it() {
        // GIVEN food of 99.99 CNY: ten times is 999.90 CNY, under the 1,000 CNY floor
        Decision decision = decide(enrolledCounterfeit().order(o -> o.category(Category.FOOD).paidFen(9_999)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(9_999).withPayoutFen(100_000).paidBy(Payer.SHOP).withoutReturn()
                .because("COUNTERFEIT_CONFIRMED_FOOD_FLOOR").byRule("FOPT-21")
                .and().didNotFireRule("FOPT-20");
    }

    @Test
    void should_pay_ten_times_the_price_when_ten_times_the_price_of_food_equals_the_floor() {
        Decision decision = decide(enrolledCounterfeit().order(o -> o.category(Category.FOOD).paidFen(10_000)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(10_000).withPayoutFen(100_000).paidBy(Payer.SHOP).withoutReturn()
                .because("COUNTERFEIT_CONFIRMED").byRule("FOPT-20")
                .and().didNotFireRule("FOPT-21");
    }

    @Test
    void should_pay_ten_times_the_price_when_ten_times_the_price_of_food_is_above_the_floor() {
        Decision decision = decide(enrolledCounterfeit().order(o -> o.category(Category.FOOD).paidFen(10_001)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(10_001).withPayoutFen(100_010).because("COUNTERFEIT_CONFIRMED").byRule("FOPT-20");
    }

    @Test
    void should_add_the_appraisal_fee_to_the_food_floor_when_the_floor_applies() {
        Decision decision = decide(enrolledCounterfeit()
                .order(o -> o.category(Category.FRESH_FOOD).paidFen(2_000))
                .claim(c -> c.appraisalFeeFen(3_000)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(2_000).withPayoutFen(103_000).paidBy(Payer.SHOP)
                .because("COUNTERFEIT_CONFIRMED_FOOD_FLOOR").byRule("FOPT-21");
    }

    @Test
    void should_not_apply_the_food_floor_when_the_category_is_not_food() {
        Decision decision = decide(enrolledCounterfeit().order(o -> o.category(Category.APPAREL).paidFen(9_999)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .withRefundFen(9_999).withPayoutFen(99_990).because("COUNTERFEIT_CONFIRMED").byRule("FOPT-20");
    }

    // --- the 90-day claim window ---

    @Test
    void should_grant_fake_one_pay_ten_when_filed_on_day_90_after_delivery() {
        Decision decision = decide(enrolledCounterfeit().claim(c -> c.filedDaysAfterDelivery(90)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN).withRefundFen(19_900).withPayoutFen(199_000).byRule("FOPT-20")
                .and().hasNoDenials();
    }

    @Test
    void should_deny_fake_one_pay_ten_when_filed_on_day_91_after_delivery() {
        Decision decision = decide(enrolledCounterfeit().claim(c -> c.filedDaysAfterDelivery(91)));

        assertThat(decision).denies(FAKE_ONE_PAY_TEN).becauseExactly("CLAIM_WINDOW_CLOSED").byRule("FOPT-14")
                .withDetail("filed 91 days after delivery, limit 90");
    }

    @Test
    void should_count_the_window_in_shanghai_calendar_days_when_delivered_late_in_the_evening() {
        // GIVEN delivery at 23:30 on 3 March (Shanghai); 1 June is the 90th calendar day after it, 2 June the 91st
        RequestFixture lastDay = enrolledCounterfeit()
                .order(o -> o.deliveredAt(shanghai(2026, 3, 3, 23, 30, 0)))
                .claim(c -> c.filedAt(shanghai(2026, 6, 1, 23, 59, 59)));
        RequestFixture dayAfter = enrolledCounterfeit()
                .order(o -> o.deliveredAt(shanghai(2026, 3, 3, 23, 30, 0)))
                .claim(c -> c.filedAt(shanghai(2026, 6, 2, 0, 10, 0)));

        assertThat(decide(lastDay)).grants(FAKE_ONE_PAY_TEN).byRule("FOPT-20");
        // only 90 days and 40 minutes have passed, but it is the 91st calendar day
        assertThat(decide(dayAfter)).denies(FAKE_ONE_PAY_TEN).becauseExactly("CLAIM_WINDOW_CLOSED").byRule("FOPT-14")
                .withDetail("filed 91 days after delivery, limit 90");
    }

    // --- claim: denied ---

    @Test
    void should_deny_fake_one_pay_ten_when_the_order_does_not_carry_it() {
        Decision decision = decide(claim(ClaimType.COUNTERFEIT).order(o -> o.category(Category.APPAREL)));

        assertThat(decision).denies(FAKE_ONE_PAY_TEN).becauseExactly("GUARANTEE_NOT_CARRIED").byRule("FOPT-10")
                .withDetail("the order is not enrolled in fake-one-pay-ten, category APPAREL does not make it mandatory and the "
                        + "buyer's trust card is below PLATINUM");
    }

    @Test
    void should_deny_fake_one_pay_ten_when_the_verdict_is_pending() {
        Decision decision = decide(enrolledCounterfeit().claim(c -> c.verdict(AuthenticityVerdict.PENDING)));

        assertThat(decision).denies(FAKE_ONE_PAY_TEN).becauseExactly("VERDICT_PENDING").byRule("FOPT-11")
                .withDetail("authenticity verdict is PENDING, FAKE is required");
    }

    @Test
    void should_deny_fake_one_pay_ten_when_the_verdict_is_missing() {
        Decision decision = decide(enrolledCounterfeit().claim(c -> c.verdict(null)));

        assertThat(decision).denies(FAKE_ONE_PAY_TEN).becauseExactly("VERDICT_PENDING").byRule("FOPT-11")
                .withDetail("authenticity verdict is missing, FAKE is required");
    }

    @Test
    void should_deny_fake_one_pay_ten_when_the_item_is_genuine() {
        Decision decision = decide(enrolledCounterfeit().claim(c -> c.verdict(AuthenticityVerdict.GENUINE)));

        assertThat(decision).denies(FAKE_ONE_PAY_TEN).becauseExactly("ITEM_GENUINE").byRule("FOPT-12")
                .withDetail("authenticity verdict is GENUINE, FAKE is required");
    }

    @Test
    void should_deny_fake_one_pay_ten_when_the_order_was_not_delivered() {
        Decision decision = decide(enrolledCounterfeit().order(o -> o.notDelivered()));

        assertThat(decision).denies(FAKE_ONE_PAY_TEN).becauseExactly("NOT_DELIVERED").byRule("FOPT-13")
                .withDetail("the order has not been delivered")
                .and().didNotFireRule("FOPT-14");
    }

    @Test
    void should_list_every_failed_condition_when_several_fail() {
        Decision decision = decide(claim(ClaimType.COUNTERFEIT)
                .claim(c -> c.verdict(AuthenticityVerdict.GENUINE).filedDaysAfterDelivery(100)));

        assertThat(decision).denies(FAKE_ONE_PAY_TEN)
                .becauseExactly("GUARANTEE_NOT_CARRIED", "ITEM_GENUINE", "CLAIM_WINDOW_CLOSED")
                .withDetail("filed 100 days after delivery, limit 90");
    }
}
