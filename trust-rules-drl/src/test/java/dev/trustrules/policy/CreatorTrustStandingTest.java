package dev.trustrules.policy;

import static dev.trustrules.Actor.CREATOR;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.creatorReview;
import static dev.trustrules.test.TrustFixtures.creatorViolation;

import dev.trustrules.Decision;
import dev.trustrules.StandingTier;
import dev.trustrules.TrafficWeight;
import dev.trustrules.facts.CreatorStatus;
import dev.trustrules.facts.ViolationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A creator's trust standing and traffic weight on a review of the creator: creators/standing.drl, CST-01
 * to CST-12 and CTR-01 to CTR-14, against creators/limits.drl (word-of-mouth 3.0 and its dimensions 2.5
 * for LOW, 12 points or 1 counterfeit for LOW, 4.5 and 0 points for HIGH; index 60 and NPS 30 for a
 * boost). The fixture's creator scores 4.6 everywhere, index 70, NPS 40: HIGH and boosted.
 */
class CreatorTrustStandingTest {

    @Test
    void should_rate_the_creator_high_and_boost_when_the_record_is_trusted_and_buyers_come_back() {
        Decision decision = decide(creatorReview());

        assertThat(decision).standing(CREATOR).isTier(StandingTier.HIGH).becauseExactly("HIGH_TRUST_RECORD").byRule("CST-10")
                .ofActorId("creator-1")
                .withDetail("seller word-of-mouth score 4.6 (HIGH from 4.5), 0 creator violation points in 365 days (HIGH up to 0)")
                .and().traffic(CREATOR).isWeight(TrafficWeight.BOOST).becauseExactly("HIGH_TRUST_REPEAT_CUSTOMERS").byRule("CTR-10")
                .withDetail("trust standing HIGH; repeat-customer index 70 (boost from 60), NPS 40 (from 30)")
                .and().hasNoSanctions();
    }

    @ParameterizedTest(name = "word of mouth {0}: {1}")
    @CsvSource({"4.5, HIGH", "4.49, STANDARD", "3.0, STANDARD", "2.99, LOW"})
    void should_grade_the_creator_on_each_side_of_the_word_of_mouth_thresholds(double score, StandingTier tier) {
        Decision decision = decide(creatorReview().creator(c -> c.wordOfMouth(score)));

        assertThat(decision).standing(CREATOR).isTier(tier);
    }

    @Test
    void should_rate_the_creator_standard_when_the_word_of_mouth_is_under_the_high_minimum() {
        Decision decision = decide(creatorReview().creator(c -> c.wordOfMouth(4.49)));

        assertThat(decision).standing(CREATOR).becauseExactly("WORD_OF_MOUTH_BELOW_HIGH").byRule("CST-11")
                .withDetail("seller word-of-mouth score 4.49 is below 4.5 for HIGH")
                .and().traffic(CREATOR).isWeight(TrafficWeight.NEUTRAL).becauseExactly("TRUST_STANDING_STANDARD").byRule("CTR-02");
    }

    @Test
    void should_rate_the_creator_low_and_restrict_traffic_when_the_word_of_mouth_is_2_99() {
        Decision decision = decide(creatorReview().creator(c -> c.wordOfMouth(2.99)));

        assertThat(decision).standing(CREATOR).isTier(StandingTier.LOW).becauseExactly("WORD_OF_MOUTH_BELOW_MINIMUM")
                .byRule("CST-01").withDetail("seller word-of-mouth score 2.99 is below 3.0")
                .and().traffic(CREATOR).isWeight(TrafficWeight.RESTRICTED).becauseExactly("TRUST_STANDING_LOW").byRule("CTR-01");
    }

    @Test
    void should_rate_the_creator_low_when_a_word_of_mouth_dimension_is_2_49_and_not_at_2_5() {
        Decision low = decide(creatorReview().creator(c -> c.buyerReviews(2.49)));
        Decision atFloor = decide(creatorReview().creator(c -> c.buyerReviews(2.5).productReviews(2.5).serviceReputation(2.5)));

        assertThat(low).standing(CREATOR).isTier(StandingTier.LOW).becauseExactly("WORD_OF_MOUTH_DIMENSION_BELOW_FLOOR")
                .byRule("CST-02").withDetail("seller word-of-mouth below 2.5 in buyer reviews 2.49");
        assertThat(atFloor).standing(CREATOR).isTier(StandingTier.HIGH).and().didNotFireRule("CST-02");
    }

    @ParameterizedTest(name = "{0} points: {1} ({2})")
    @CsvSource({"0, HIGH, HIGH_TRUST_RECORD", "1, STANDARD, VIOLATION_POINTS_ON_RECORD", "11, STANDARD, VIOLATION_POINTS_ON_RECORD",
        "12, LOW, VIOLATION_POINTS_AT_LOW"})
    void should_grade_the_creator_on_each_side_of_the_points_thresholds(int points, StandingTier tier, String reason) {
        Decision decision = decide(creatorReview().creator(c -> c.violationPoints365d(points)));

        assertThat(decision).standing(CREATOR).isTier(tier).becauseExactly(reason);
    }

    @Test
    void should_rate_the_creator_low_when_a_counterfeit_was_confirmed_against_them() {
        Decision decision = decide(creatorReview().creator(c -> c.confirmedCounterfeits365d(1)));

        assertThat(decision).standing(CREATOR).isTier(StandingTier.LOW).becauseExactly("COUNTERFEIT_ON_RECORD").byRule("CST-04")
                .withDetail("1 counterfeits confirmed against the creator in 365 days, LOW from 1");
    }

    @Test
    void should_rate_a_restricted_or_suspended_creator_low_and_a_banned_one_not_at_all() {
        assertThat(decide(creatorReview().creator(c -> c.status(CreatorStatus.RESTRICTED)))).standing(CREATOR)
                .isTier(StandingTier.LOW).becauseExactly("CREATOR_RESTRICTED").byRule("CST-05").withDetail("the creator is RESTRICTED");
        assertThat(decide(creatorReview().creator(c -> c.status(CreatorStatus.SUSPENDED)))).standing(CREATOR)
                .isTier(StandingTier.LOW).becauseExactly("CREATOR_SUSPENDED");
        assertThat(decide(creatorReview().creator(c -> c.status(CreatorStatus.BANNED).wordOfMouth(1.0)))).ratesNoStanding(CREATOR);
    }

    @Test
    void should_keep_a_high_creator_neutral_when_the_live_room_has_no_repeat_customer_indicators_yet() {
        Decision decision = decide(creatorReview().creator(c -> c.noRepeatCustomers()));

        assertThat(decision).standing(CREATOR).isTier(StandingTier.HIGH)
                .and().traffic(CREATOR).isWeight(TrafficWeight.NEUTRAL).becauseExactly("REPEAT_CUSTOMERS_UNKNOWN").byRule("CTR-14")
                .withDetail("the creator has no repeat-customer indicators yet; a boost needs them");
    }

    @Test
    void should_boost_at_the_minimums_and_not_one_under_each() {
        assertThat(decide(creatorReview().creator(c -> c.repeatCustomers(60, 30)))).traffic(CREATOR).isWeight(TrafficWeight.BOOST);
        assertThat(decide(creatorReview().creator(c -> c.repeatCustomers(59, 30)))).traffic(CREATOR).isWeight(TrafficWeight.NEUTRAL)
                .becauseExactly("REPEAT_CUSTOMERS_BELOW_BOOST").byRule("CTR-12")
                .withDetail("repeat-customer index 59 is below 60 for a boost");
        assertThat(decide(creatorReview().creator(c -> c.repeatCustomers(60, 29)))).traffic(CREATOR).isWeight(TrafficWeight.NEUTRAL)
                .becauseExactly("NPS_BELOW_BOOST").byRule("CTR-13").withDetail("NPS 29 is below 30 for a boost");
    }

    @Test
    void should_not_rate_the_creator_when_the_request_decides_a_violation() {
        Decision decision = decide(creatorViolation(ViolationType.FALSE_ADVERTISING).violation(v -> v.points(3)));

        assertThat(decision).ratesNoStanding(CREATOR);
    }
}
