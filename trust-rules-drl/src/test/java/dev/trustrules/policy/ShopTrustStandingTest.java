package dev.trustrules.policy;

import static dev.trustrules.Actor.SHOP;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.listing;
import static dev.trustrules.test.TrustFixtures.shopReview;
import static dev.trustrules.test.TrustFixtures.violation;

import dev.trustrules.Decision;
import dev.trustrules.StandingTier;
import dev.trustrules.TrafficWeight;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.test.RequestFixture;
import org.junit.jupiter.api.Test;

/**
 * A shop's trust standing and traffic weight on a review of the shop: governance/standing.drl, ST-01 to
 * ST-13 and TR-01 to TR-13, against the thresholds of governance/limits.drl (experience score 3.0 and its
 * dimensions 2.5 for LOW, 12 points or 1 counterfeit for LOW, 4.5 and 0 points for HIGH; product score 4.5,
 * repeat-customer index 60 and NPS 30 for a boost). The fixtures' shop scores 4.6 with every dimension 4.6,
 * product score 4.7, index 70, NPS 40: HIGH and boosted.
 */
class ShopTrustStandingTest {

    private static RequestFixture scored() {
        return shopReview().shopScores(s -> { });
    }

    // --- HIGH and BOOST ---

    @Test
    void should_rate_the_shop_high_and_boost_its_traffic_when_its_record_is_trusted_and_buyers_come_back() {
        Decision decision = decide(scored());

        assertThat(decision).standing(SHOP).isTier(StandingTier.HIGH).becauseExactly("HIGH_TRUST_RECORD")
                .byRule("ST-10").ofActorId("s-1")
                .withDetail("store experience score 4.6 (HIGH from 4.5), 0 violation points in 365 days (HIGH up to 0)")
                .and().traffic(SHOP).isWeight(TrafficWeight.BOOST).becauseExactly("HIGH_TRUST_REPEAT_CUSTOMERS").byRule("TR-10")
                .withDetail("trust standing HIGH; product score 4.7 (boost from 4.5), repeat-customer index 70 (from 60), NPS 40 (from 30)")
                .and().hasNoSanctions();
    }

    @Test
    void should_rate_the_shop_high_when_it_scores_exactly_4_5() {
        Decision decision = decide(scored().shop(s -> s.experienceScore(4.5)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.HIGH).byRule("ST-10");
    }

    @Test
    void should_rate_the_shop_standard_with_neutral_traffic_when_it_scores_4_49() {
        Decision decision = decide(scored().shop(s -> s.experienceScore(4.49)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.STANDARD).becauseExactly("EXPERIENCE_SCORE_BELOW_HIGH")
                .byRule("ST-11").withDetail("store experience score 4.49 is below 4.5 for HIGH")
                .and().traffic(SHOP).isWeight(TrafficWeight.NEUTRAL).becauseExactly("TRUST_STANDING_STANDARD").byRule("TR-02")
                .withDetail("trust standing STANDARD");
    }

    @Test
    void should_rate_the_shop_standard_when_it_has_one_violation_point() {
        Decision decision = decide(scored().shop(s -> s.violationPoints365d(1)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.STANDARD).becauseExactly("VIOLATION_POINTS_ON_RECORD")
                .byRule("ST-12").withDetail("1 violation points in 365 days, HIGH allows 0");
    }

    @Test
    void should_rate_the_shop_standard_when_the_request_has_no_scores_of_it() {
        Decision decision = decide(shopReview());

        assertThat(decision).standing(SHOP).isTier(StandingTier.STANDARD).becauseExactly("SCORES_NOT_GIVEN").byRule("ST-13")
                .withDetail("the request has no scores of the shop; HIGH is judged on them")
                .and().traffic(SHOP).isWeight(TrafficWeight.NEUTRAL).byRule("TR-02");
    }

    @Test
    void should_name_every_reason_when_a_shop_is_standard_for_several() {
        Decision decision = decide(shopReview().shop(s -> s.experienceScore(4.0).violationPoints365d(5)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.STANDARD)
                .becauseExactly("EXPERIENCE_SCORE_BELOW_HIGH", "VIOLATION_POINTS_ON_RECORD", "SCORES_NOT_GIVEN")
                .and().traffic(SHOP).isWeight(TrafficWeight.NEUTRAL).becauseExactly("TRUST_STANDING_STANDARD");
    }

    // --- LOW and RESTRICTED ---

    @Test
    void should_rate_the_shop_low_and_restrict_its_traffic_when_it_scores_2_99() {
        Decision decision = decide(scored().shop(s -> s.experienceScore(2.99)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.LOW).becauseExactly("EXPERIENCE_SCORE_BELOW_MINIMUM")
                .byRule("ST-01").withDetail("store experience score 2.99 is below 3.0")
                .and().traffic(SHOP).isWeight(TrafficWeight.RESTRICTED).becauseExactly("TRUST_STANDING_LOW").byRule("TR-01")
                .withDetail("trust standing LOW")
                .and().sanctions(dev.trustrules.SanctionType.TRAFFIC_RESTRICTION).once().byRule("ES-01");
    }

    @Test
    void should_not_rate_the_shop_low_when_it_scores_exactly_3_0() {
        Decision decision = decide(scored().shop(s -> s.experienceScore(3.0)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.STANDARD).becauseExactly("EXPERIENCE_SCORE_BELOW_HIGH")
                .and().didNotFireRule("ST-01");
    }

    @Test
    void should_rate_the_shop_low_when_a_dimension_of_its_experience_is_2_49() {
        Decision decision = decide(scored().shopScores(s -> s.deliverySpeed(2.49).serviceLevel(2.0)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.LOW).becauseExactly("EXPERIENCE_DIMENSION_BELOW_FLOOR")
                .byRule("ST-02").withDetail("store experience below 2.5 in delivery speed 2.49, service level 2.0")
                .and().traffic(SHOP).isWeight(TrafficWeight.RESTRICTED);
    }

    @Test
    void should_not_rate_the_shop_low_when_its_weakest_dimension_is_exactly_2_5() {
        Decision decision = decide(scored().shopScores(s -> s.productQuality(2.5).operatingReliability(2.5)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.HIGH).and().didNotFireRule("ST-02");
    }

    @Test
    void should_rate_the_shop_low_when_it_has_12_violation_points() {
        Decision decision = decide(scored().shop(s -> s.violationPoints365d(12)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.LOW).becauseExactly("VIOLATION_POINTS_AT_LOW").byRule("ST-03")
                .withDetail("12 violation points in 365 days, LOW from 12");
    }

    @Test
    void should_rate_the_shop_standard_when_it_has_11_violation_points() {
        Decision decision = decide(scored().shop(s -> s.violationPoints365d(11)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.STANDARD).becauseExactly("VIOLATION_POINTS_ON_RECORD");
    }

    @Test
    void should_rate_the_shop_low_when_it_had_a_confirmed_counterfeit_in_365_days() {
        Decision decision = decide(scored().shop(s -> s.confirmedCounterfeits365d(1)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.LOW).becauseExactly("COUNTERFEIT_ON_RECORD").byRule("ST-04")
                .withDetail("1 confirmed counterfeits in 365 days, LOW from 1");
    }

    @Test
    void should_rate_a_restricted_or_suspended_shop_low_for_its_status() {
        Decision restricted = decide(scored().shop(s -> s.status(ShopStatus.RESTRICTED)));
        Decision suspended = decide(scored().shop(s -> s.status(ShopStatus.SUSPENDED)));

        assertThat(restricted).standing(SHOP).isTier(StandingTier.LOW).becauseExactly("SHOP_RESTRICTED").byRule("ST-05")
                .withDetail("the shop is RESTRICTED");
        assertThat(suspended).standing(SHOP).isTier(StandingTier.LOW).becauseExactly("SHOP_SUSPENDED").byRule("ST-05")
                .withDetail("the shop is SUSPENDED");
    }

    @Test
    void should_name_every_reason_and_restrict_once_when_a_shop_is_low_for_several() {
        Decision decision = decide(scored().shop(s -> s.experienceScore(2.5).violationPoints365d(20).confirmedCounterfeits365d(1)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.LOW)
                .becauseExactly("EXPERIENCE_SCORE_BELOW_MINIMUM", "VIOLATION_POINTS_AT_LOW", "COUNTERFEIT_ON_RECORD")
                .and().traffic(SHOP).isWeight(TrafficWeight.RESTRICTED).becauseExactly("TRUST_STANDING_LOW")
                .and().didNotFireRule("ST-10").didNotFireRule("ST-11").didNotFireRule("ST-12");
    }

    @Test
    void should_not_rate_a_banned_shop() {
        Decision decision = decide(scored().shop(s -> s.status(ShopStatus.BANNED).experienceScore(2.0)));

        assertThat(decision).ratesNoStanding(SHOP);
    }

    // --- the boost: product score 4.5, repeat-customer index 60, NPS 30 ---

    @Test
    void should_boost_a_high_shop_when_its_indicators_are_exactly_at_the_boost_minimums() {
        Decision decision = decide(scored().shopScores(s -> s.productScore(4.5).repeatCustomers(60, 30)));

        assertThat(decision).traffic(SHOP).isWeight(TrafficWeight.BOOST).byRule("TR-10")
                .withDetail("trust standing HIGH; product score 4.5 (boost from 4.5), repeat-customer index 60 (from 60), NPS 30 (from 30)");
    }

    @Test
    void should_keep_a_high_shop_neutral_when_its_product_score_is_4_49() {
        Decision decision = decide(scored().shopScores(s -> s.productScore(4.49).productDimensions(3.9)));

        assertThat(decision).standing(SHOP).isTier(StandingTier.HIGH)
                .and().traffic(SHOP).isWeight(TrafficWeight.NEUTRAL).becauseExactly("PRODUCT_SCORE_BELOW_BOOST").byRule("TR-11")
                .withDetail("product score 4.49 is below 4.5 for a boost; weakest dimension: content 3.9");
    }

    @Test
    void should_keep_a_high_shop_neutral_when_its_repeat_customer_index_is_59() {
        Decision decision = decide(scored().shopScores(s -> s.repeatCustomers(59, 40)));

        assertThat(decision).traffic(SHOP).isWeight(TrafficWeight.NEUTRAL).becauseExactly("REPEAT_CUSTOMERS_BELOW_BOOST")
                .byRule("TR-12").withDetail("repeat-customer index 59 is below 60 for a boost");
    }

    @Test
    void should_keep_a_high_shop_neutral_when_its_nps_is_29() {
        Decision decision = decide(scored().shopScores(s -> s.repeatCustomers(70, 29)));

        assertThat(decision).traffic(SHOP).isWeight(TrafficWeight.NEUTRAL).becauseExactly("NPS_BELOW_BOOST").byRule("TR-13")
                .withDetail("NPS 29 is below 30 for a boost");
    }

    @Test
    void should_name_both_repeat_customer_reasons_when_both_miss_the_boost() {
        Decision decision = decide(scored().shopScores(s -> s.repeatCustomers(10, -20)));

        assertThat(decision).traffic(SHOP).isWeight(TrafficWeight.NEUTRAL)
                .becauseExactly("REPEAT_CUSTOMERS_BELOW_BOOST", "NPS_BELOW_BOOST");
    }

    @Test
    void should_not_boost_a_standard_shop_whatever_its_repeat_customers() {
        Decision decision = decide(scored().shop(s -> s.violationPoints365d(3)).shopScores(s -> s.repeatCustomers(100, 100)));

        assertThat(decision).traffic(SHOP).isWeight(TrafficWeight.NEUTRAL).becauseExactly("TRUST_STANDING_STANDARD");
    }

    // --- only a review of the shop rates it ---

    @Test
    void should_rate_no_standing_at_checkout_on_a_violation_or_on_a_listing() {
        assertThat(decide(checkout().shopScores(s -> { }))).ratesNoStanding(SHOP);
        assertThat(decide(violation(ViolationType.FALSE_ADVERTISING).violation(v -> v.points(3)))).ratesNoStanding(SHOP);
        assertThat(decide(listing())).ratesNoStanding(SHOP);
    }
}
