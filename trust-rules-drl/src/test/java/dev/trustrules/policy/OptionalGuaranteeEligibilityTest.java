package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FAKE_ONE_PAY_TEN;
import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
import static dev.trustrules.EntitlementType.NO_REASON_RETURN_7D;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.test.RequestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whether a shop may offer optional guarantees (fake-one-pay-ten outside the mandatory categories,
 * shop-paid freight insurance) on new orders: guarantees/eligibility.drl, ELG-01 (store experience
 * score under governance/limits.drl experienceScoreMin = 3.0) and ELG-02 (suspended or banned shop).
 * Only checkout is affected; a claim is judged on the order's enrolment.
 */
class OptionalGuaranteeEligibilityTest {

    /** A checkout of an order the shop enrolled in both optional guarantees, bought by a BASIC buyer (no trust card). */
    private static RequestFixture enrolledCheckout() {
        return checkout().buyer(b -> b.creditScore(500)).order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN, FREIGHT_INSURANCE));
    }

    // --- ELG-01: experience score 3.0 vs 2.99 ---

    @Test
    void should_carry_the_enrolled_optional_guarantees_when_the_shop_scores_exactly_3_0() {
        Decision decision = decide(enrolledCheckout().shop(s -> s.experienceScore(3.0)));

        assertThat(decision).carriesExactly(FAKE_ONE_PAY_TEN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D)
                .carriesGuarantee(FAKE_ONE_PAY_TEN).byRule("FOPT-01").because("SHOP_ENROLLED")
                .and().carriesGuarantee(FREIGHT_INSURANCE).byRule("FRT-01").because("SHOP_ENROLLED")
                .and().didNotFireRule("ELG-01").hasNoSanctions();
        assertThat(decision.notes()).isEmpty();
    }

    @Test
    void should_withhold_the_enrolled_optional_guarantees_when_the_shop_scores_2_99() {
        Decision decision = decide(enrolledCheckout().shop(s -> s.experienceScore(2.99)));

        assertThat(decision).carriesExactly(NO_REASON_RETURN_7D)
                .didNotFireRule("FOPT-01").didNotFireRule("FRT-01").hasNoSanctions();
        assertThat(Notes.of(decision)).containsExactly(
                "OPTIONAL_GUARANTEES_WITHHELD by ELG-01: store experience score 2.99 is below 3.0, so the order carries no optional guarantee");
    }

    @Test
    void should_still_carry_freight_insurance_for_a_trust_card_holder_when_the_shop_scores_2_99() {
        // the trust card's freight insurance is the buyer's, not an optional guarantee of the shop
        Decision decision = decide(enrolledCheckout().buyer(b -> b.creditScore(550)).shop(s -> s.experienceScore(2.99)));

        assertThat(decision).carriesExactly(FREIGHT_INSURANCE, NO_REASON_RETURN_7D)
                .carriesGuarantee(FREIGHT_INSURANCE).byRule("FRT-02").because("TRUST_CARD_HOLDER")
                .and().doesNotCarry(FAKE_ONE_PAY_TEN).firedRule("ELG-01");
    }

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"JEWELLERY", "LUXURY"})
    void should_keep_fake_one_pay_ten_when_the_shop_scores_2_99_in_a_mandatory_category(Category category) {
        Decision decision = decide(enrolledCheckout().order(o -> o.category(category)).shop(s -> s.experienceScore(2.99)));

        assertThat(decision).carriesGuarantee(FAKE_ONE_PAY_TEN).byRule("FOPT-02").because("MANDATORY_IN_CATEGORY")
                .and().doesNotCarry(FREIGHT_INSURANCE).didNotFireRule("FOPT-01").firedRule("ELG-01");
    }

    @Test
    void should_withhold_the_optional_guarantees_when_a_restricted_shop_scores_2_99() {
        Decision decision = decide(enrolledCheckout().shop(s -> s.status(ShopStatus.RESTRICTED).experienceScore(2.99)));

        assertThat(decision).doesNotCarry(FAKE_ONE_PAY_TEN).doesNotCarry(FREIGHT_INSURANCE).firedRule("ELG-01");
    }

    @Test
    void should_judge_a_claim_on_its_enrolment_when_the_shop_now_scores_2_99() {
        // the order was sold while the shop was eligible; the counterfeit claim comes after its score fell
        Decision decision = decide(claim(ClaimType.COUNTERFEIT)
                .order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN).paidFen(19_900))
                .shop(s -> s.experienceScore(2.99)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN).withRefundFen(19_900).withPayoutFen(199_000).paidBy(Payer.SHOP)
                .withoutReturn().because("COUNTERFEIT_CONFIRMED").byRule("FOPT-20")
                .and().hasNoDenials().didNotFireRule("ELG-01");
        assertThat(decision.notes()).isEmpty();
    }

    @Test
    void should_judge_a_claim_on_its_enrolment_when_the_shop_is_now_banned() {
        Decision decision = decide(claim(ClaimType.COUNTERFEIT)
                .order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN).paidFen(19_900))
                .shop(s -> s.status(ShopStatus.BANNED)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN).withPayoutFen(199_000).byRule("FOPT-20")
                .and().didNotFireRule("ELG-02");
    }

    // --- ELG-02: suspended and banned shops ---

    @ParameterizedTest
    @EnumSource(value = ShopStatus.class, names = {"SUSPENDED", "BANNED"})
    void should_withhold_the_optional_guarantees_when_the_shop_is_suspended_or_banned(ShopStatus status) {
        Decision decision = decide(enrolledCheckout().shop(s -> s.status(status)));

        assertThat(decision).carriesExactly(NO_REASON_RETURN_7D).didNotFireRule("FOPT-01").didNotFireRule("FRT-01")
                .didNotFireRule("ELG-01");
        assertThat(Notes.of(decision)).containsExactly(
                "OPTIONAL_GUARANTEES_WITHHELD by ELG-02: the shop is " + status + ", so the order carries no optional guarantee");
    }

    @Test
    void should_never_give_a_banned_shop_an_optional_guarantee_even_with_a_perfect_score() {
        Decision decision = decide(enrolledCheckout().shop(s -> s.status(ShopStatus.BANNED).experienceScore(5.0)));

        assertThat(decision).doesNotCarry(FAKE_ONE_PAY_TEN).doesNotCarry(FREIGHT_INSURANCE).firedRule("ELG-02");
    }

    @Test
    void should_withhold_once_for_the_status_when_a_banned_shop_also_scores_under_3_0() {
        Decision decision = decide(enrolledCheckout().shop(s -> s.status(ShopStatus.BANNED).experienceScore(1.0)));

        assertThat(decision).firedRule("ELG-02").didNotFireRule("ELG-01");
        assertThat(Notes.of(decision)).containsExactly(
                "OPTIONAL_GUARANTEES_WITHHELD by ELG-02: the shop is BANNED, so the order carries no optional guarantee");
    }

    @ParameterizedTest
    @EnumSource(value = ShopStatus.class, names = {"ACTIVE", "RESTRICTED"})
    void should_carry_the_enrolled_optional_guarantees_when_the_shop_is_active_or_restricted(ShopStatus status) {
        Decision decision = decide(enrolledCheckout().shop(s -> s.status(status)));

        assertThat(decision).carriesExactly(FAKE_ONE_PAY_TEN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D).didNotFireRule("ELG-02");
    }
}
