package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FAKE_ONE_PAY_TEN;
import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The trust card's graded rights (信任卡: "不同梯度的差异化权益"): SILVER brings freight insurance (FRT-02), GOLD
 * adds refund without return (RWR-01), PLATINUM adds fake-one-pay-ten on every order whatever the shop
 * enrolled (FOPT-03, buyers/limits.drl fakeOnePayTenMinTier = PLATINUM; an interpretation, see
 * docs/entitlements.md). A compensation the trust card alone brings is borne by the platform; the shop
 * pays when it enrolled the order or the category makes the guarantee mandatory. The default order is
 * 199.00 CNY of apparel, not enrolled.
 */
class TrustCardRightsTest {

    @ParameterizedTest(name = "credit score {0}: {1}")
    @CsvSource({
        "549, BASIC, ''",
        "550, SILVER, FREIGHT_INSURANCE",
        "650, GOLD, 'REFUND_WITHOUT_RETURN FREIGHT_INSURANCE'",
        "749, GOLD, 'REFUND_WITHOUT_RETURN FREIGHT_INSURANCE'",
        "750, PLATINUM, 'FAKE_ONE_PAY_TEN REFUND_WITHOUT_RETURN FREIGHT_INSURANCE'"
    })
    void should_carry_the_rights_of_each_tier_at_checkout(int score, BuyerTier tier, String rights) {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(score)).order(o -> o.paidFen(5_000)));

        assertThat(decision).hasBuyerTier(tier);
        java.util.List<String> carried = decision.guarantees().stream()
                .filter(g -> g.reason().equals("TRUST_CARD_HOLDER") || g.reason().endsWith("_BUYER")).map(g -> g.type().name()).toList();
        org.assertj.core.api.Assertions.assertThat(String.join(" ", carried)).isEqualTo(rights);
    }

    @Test
    void should_carry_fake_one_pay_ten_for_a_platinum_buyer_when_the_shop_did_not_enrol_the_order() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(750)));

        assertThat(decision).carriesGuarantee(FAKE_ONE_PAY_TEN).byRule("FOPT-03").because("TRUST_CARD_HOLDER");
    }

    @Test
    void should_not_carry_fake_one_pay_ten_for_a_gold_buyer_when_the_shop_did_not_enrol_the_order() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(749)));

        assertThat(decision).doesNotCarry(FAKE_ONE_PAY_TEN).didNotFireRule("FOPT-03");
    }

    @Test
    void should_show_the_shops_badge_when_the_order_is_enrolled_and_the_buyer_platinum() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(800)).order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN)));

        assertThat(decision).carriesGuarantee(FAKE_ONE_PAY_TEN).byRule("FOPT-01").because("SHOP_ENROLLED")
                .and().firedRule("FOPT-03");
    }

    @Test
    void should_carry_fake_one_pay_ten_for_a_platinum_buyer_even_when_the_shop_may_not_offer_optional_guarantees() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(800)).shop(s -> s.experienceScore(2.0)));

        assertThat(decision).carriesGuarantee(FAKE_ONE_PAY_TEN).byRule("FOPT-03");
    }

    @Test
    void should_not_carry_it_when_a_platinum_score_is_demoted_by_an_abuse_flag() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(800).abuseFlag(true)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).doesNotCarry(FAKE_ONE_PAY_TEN);
    }

    // --- at claim time: who pays ---

    @Test
    void should_compensate_a_platinum_buyer_at_the_platforms_cost_when_only_the_trust_card_carries_it() {
        Decision decision = decide(claim(ClaimType.COUNTERFEIT).buyer(b -> b.creditScore(750)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN).withRefundFen(19_900).withPayoutFen(199_000).paidBy(Payer.PLATFORM)
                .withoutReturn().because("COUNTERFEIT_CONFIRMED").byRule("FOPT-20");
    }

    @Test
    void should_deny_a_gold_buyer_when_only_a_trust_card_would_carry_it() {
        Decision decision = decide(claim(ClaimType.COUNTERFEIT).buyer(b -> b.creditScore(749)));

        assertThat(decision).denies(FAKE_ONE_PAY_TEN).becauseExactly("GUARANTEE_NOT_CARRIED").byRule("FOPT-10");
    }

    @Test
    void should_charge_the_shop_when_it_enrolled_the_order_of_a_platinum_buyer() {
        Decision decision = decide(claim(ClaimType.COUNTERFEIT).buyer(b -> b.creditScore(750))
                .order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN).paidBy(Payer.SHOP).byRule("FOPT-20");
    }

    @Test
    void should_charge_the_shop_when_the_category_makes_it_mandatory_for_a_platinum_buyer() {
        Decision decision = decide(claim(ClaimType.COUNTERFEIT).buyer(b -> b.creditScore(750))
                .order(o -> o.category(Category.LUXURY)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN).paidBy(Payer.SHOP);
    }

    @Test
    void should_pay_the_food_floor_at_the_platforms_cost_for_a_platinum_buyer_of_cheap_food() {
        Decision decision = decide(claim(ClaimType.COUNTERFEIT).buyer(b -> b.creditScore(900))
                .order(o -> o.category(Category.FOOD).paidFen(5_000)));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN).withRefundFen(5_000).withPayoutFen(100_000).paidBy(Payer.PLATFORM)
                .because("COUNTERFEIT_CONFIRMED_FOOD_FLOOR").byRule("FOPT-21");
    }

    @Test
    void should_keep_the_other_rights_of_a_platinum_buyer() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(750)).order(o -> o.paidFen(30_000)));

        assertThat(decision).carries(FAKE_ONE_PAY_TEN, REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE);
    }
}
