package dev.trustrules.policy;

import static dev.trustrules.SanctionType.ALL_LISTINGS_DELISTED;
import static dev.trustrules.SanctionType.LISTING_REMOVED;
import static dev.trustrules.SanctionType.SETTLEMENT_FROZEN;
import static dev.trustrules.SanctionType.SHOP_BAN;
import static dev.trustrules.SanctionType.SHOP_SUSPENSION;
import static dev.trustrules.SanctionType.STREAMER_BAN;
import static dev.trustrules.SanctionType.TRAFFIC_RESTRICTION;
import static dev.trustrules.SanctionType.VIOLATION_POINTS;
import static dev.trustrules.SanctionType.WARNING;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.violation;

import dev.trustrules.Decision;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.test.RequestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A confirmed counterfeit sale: governance/violations.drl, CF-01 to CF-13. The shop fixture has streamer
 * {@code streamer-1}; the violation is on listing {@code l-1}.
 */
class CounterfeitSanctionTest {

    private static RequestFixture counterfeit(int pointsBefore, int counterfeitsBefore) {
        return violation(ViolationType.COUNTERFEIT_SALE)
                .shop(s -> s.violationPoints365d(pointsBefore).confirmedCounterfeits365d(counterfeitsBefore));
    }

    // --- an ordinary counterfeit: 12 points and the listing removed ---

    @Test
    void should_add_12_points_and_remove_the_listing_when_a_first_counterfeit_is_confirmed() {
        // GIVEN a shop with no points and no counterfeit in 365 days
        Decision decision = decide(counterfeit(0, 0));

        // THEN 12 points, the listing removed, and the 12-point step of the ladder (0 -> 12)
        assertThat(decision).sanctionsExactly(VIOLATION_POINTS, LISTING_REMOVED, WARNING, TRAFFIC_RESTRICTION)
                .sanctions(VIOLATION_POINTS).once().withPoints(12).withDays(0).because("COUNTERFEIT_CONFIRMED")
                .byRule("CF-10").withDetail("confirmed counterfeit number 1 in 365 days")
                .and().sanctions(LISTING_REMOVED).once().withPoints(0).withDays(0).because("COUNTERFEIT_CONFIRMED")
                .byRule("CF-11").withDetail("listing l-1 sold a confirmed counterfeit")
                .and().sanctions(WARNING).once().byRule("LAD-01")
                .and().didNotFireRule("CF-01").didNotFireRule("CF-02").didNotFireRule("CF-12").didNotFireRule("CF-13");
    }

    @Test
    void should_ignore_the_handlers_points_when_the_violation_is_a_counterfeit_sale() {
        Decision decision = decide(counterfeit(0, 0).violation(v -> v.points(5)));

        assertThat(decision).sanctions(VIOLATION_POINTS).once().withPoints(12).byRule("CF-10")
                .and().didNotFireRule("VP-01");
    }

    @Test
    void should_not_remove_a_listing_when_the_case_names_none() {
        Decision decision = decide(counterfeit(30, 0).violation(v -> v.listingId(null)));

        assertThat(decision).doesNotSanction(LISTING_REMOVED).didNotFireRule("CF-11")
                .sanctions(VIOLATION_POINTS).once().withPoints(12).byRule("CF-10");
    }

    @Test
    void should_not_ban_the_shop_when_it_is_the_second_counterfeit_in_365_days() {
        // GIVEN one earlier counterfeit (and its 12 points)
        Decision decision = decide(counterfeit(12, 1));

        // THEN an ordinary counterfeit: 12 more points, 24 in all, the 14-day suspension
        assertThat(decision).sanctionsExactly(SHOP_SUSPENSION, VIOLATION_POINTS, LISTING_REMOVED)
                .sanctions(VIOLATION_POINTS).once().withPoints(12).byRule("CF-10")
                .withDetail("confirmed counterfeit number 2 in 365 days")
                .and().sanctions(SHOP_SUSPENSION).once().withDays(14).byRule("LAD-02")
                .and().didNotFireRule("CF-02");
    }

    // --- the serious case: third counterfeit, or marked particularly serious ---

    @Test
    void should_ban_the_shop_and_its_streamer_when_it_is_the_third_counterfeit_in_365_days() {
        // GIVEN two earlier counterfeits
        Decision decision = decide(counterfeit(24, 2));

        // THEN 100 points, shop and streamer banned, all listings delisted, settlement frozen 30 days
        String detail = "confirmed counterfeit number 3 in 365 days";
        assertThat(decision)
                .sanctionsExactly(SHOP_BAN, STREAMER_BAN, ALL_LISTINGS_DELISTED, SETTLEMENT_FROZEN, VIOLATION_POINTS, LISTING_REMOVED)
                .sanctions(VIOLATION_POINTS).once().withPoints(100).because("COUNTERFEIT_REPEATED").byRule("CF-12").withDetail(detail)
                .and().sanctions(SHOP_BAN).once().withDays(0).withPoints(0).because("COUNTERFEIT_REPEATED").byRule("CF-12").withDetail(detail)
                .and().sanctions(ALL_LISTINGS_DELISTED).once().because("COUNTERFEIT_REPEATED").byRule("CF-12").withDetail(detail)
                .and().sanctions(SETTLEMENT_FROZEN).once().withDays(30).because("COUNTERFEIT_REPEATED").byRule("CF-12").withDetail(detail)
                .and().sanctions(STREAMER_BAN).once().because("COUNTERFEIT_REPEATED").byRule("CF-13")
                .withDetail("streamer streamer-1 of the shop")
                .and().sanctions(LISTING_REMOVED).once().byRule("CF-11")
                .and().firedRule("CF-02").didNotFireRule("CF-01").didNotFireRule("CF-10")
                .didNotFireRule("LAD-04").didNotFireRule("LAD-03").didNotFireRule("LAD-02").didNotFireRule("LAD-01");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 7})
    void should_ban_the_shop_when_it_had_more_than_two_counterfeits_before(int counterfeitsBefore) {
        Decision decision = decide(counterfeit(0, counterfeitsBefore));

        assertThat(decision).sanctions(SHOP_BAN).once().because("COUNTERFEIT_REPEATED").byRule("CF-12")
                .withDetail("confirmed counterfeit number " + (counterfeitsBefore + 1) + " in 365 days");
    }

    @Test
    void should_ban_the_shop_when_a_first_counterfeit_is_marked_particularly_serious() {
        Decision decision = decide(counterfeit(0, 0).violation(v -> v.particularlySerious(true)));

        String detail = "the case is marked particularly serious";
        String reason = "COUNTERFEIT_PARTICULARLY_SERIOUS";
        assertThat(decision)
                .sanctionsExactly(SHOP_BAN, STREAMER_BAN, ALL_LISTINGS_DELISTED, SETTLEMENT_FROZEN, VIOLATION_POINTS, LISTING_REMOVED)
                .sanctions(VIOLATION_POINTS).once().withPoints(100).because(reason).byRule("CF-12").withDetail(detail)
                .and().sanctions(SHOP_BAN).once().because(reason).byRule("CF-12").withDetail(detail)
                .and().sanctions(ALL_LISTINGS_DELISTED).once().because(reason).byRule("CF-12").withDetail(detail)
                .and().sanctions(SETTLEMENT_FROZEN).once().withDays(30).because(reason).byRule("CF-12").withDetail(detail)
                .and().sanctions(STREAMER_BAN).once().because(reason).byRule("CF-13").withDetail("streamer streamer-1 of the shop")
                .and().firedRule("CF-01").didNotFireRule("CF-02").didNotFireRule("CF-10");
    }

    @Test
    void should_give_the_particularly_serious_reason_when_the_serious_case_is_also_a_third_counterfeit() {
        Decision decision = decide(counterfeit(24, 2).violation(v -> v.particularlySerious(true)));

        assertThat(decision).sanctions(SHOP_BAN).once().because("COUNTERFEIT_PARTICULARLY_SERIOUS").byRule("CF-12")
                .and().sanctions(VIOLATION_POINTS).once().withPoints(100)
                .and().firedRule("CF-01").didNotFireRule("CF-02");
    }

    @Test
    void should_ban_no_streamer_when_the_shop_has_none() {
        Decision decision = decide(counterfeit(24, 2).shop(s -> s.streamerId(null)));

        assertThat(decision).sanctionsExactly(SHOP_BAN, ALL_LISTINGS_DELISTED, SETTLEMENT_FROZEN, VIOLATION_POINTS, LISTING_REMOVED)
                .doesNotSanction(STREAMER_BAN).didNotFireRule("CF-13");
    }

    @Test
    void should_ban_once_with_no_suspension_when_the_serious_case_also_crosses_the_ladder() {
        // GIVEN a shop at 40 points: 100 more would cross the 48-point ban as well
        Decision decision = decide(counterfeit(40, 2));

        assertThat(decision).sanctions(SHOP_BAN).once().byRule("CF-12")
                .and().doesNotSanction(SHOP_SUSPENSION).doesNotSanction(WARNING).doesNotSanction(TRAFFIC_RESTRICTION)
                .didNotFireRule("LAD-04");
    }
}
