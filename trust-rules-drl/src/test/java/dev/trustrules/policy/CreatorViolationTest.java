package dev.trustrules.policy;

import static dev.trustrules.SanctionType.ALL_LISTINGS_DELISTED;
import static dev.trustrules.SanctionType.CREATOR_BAN;
import static dev.trustrules.SanctionType.CREATOR_SUSPENSION;
import static dev.trustrules.SanctionType.CREATOR_TRAFFIC_RESTRICTION;
import static dev.trustrules.SanctionType.CREATOR_VIOLATION_POINTS;
import static dev.trustrules.SanctionType.CREATOR_WARNING;
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
import static dev.trustrules.test.TrustFixtures.creatorViolation;
import static dev.trustrules.test.TrustFixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.test.RequestFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A creator as an actor: creators/violations.drl (CR-01 to CR-12) and creators/ladder.drl (CLAD-01 to
 * CLAD-04), beside the shop's side of the same violation (governance/violations.drl, ladder.drl) in the same
 * decision. The fixture: shop s-1 (streamer streamer-1) and creator creator-1, both with no points and no
 * counterfeit, the violation in the creator's own live room unless a test says otherwise.
 */
class CreatorViolationTest {

    private static RequestFixture counterfeitByCreator(int creatorPointsBefore, int creatorCounterfeitsBefore) {
        return creatorViolation(ViolationType.COUNTERFEIT_SALE)
                .creator(c -> c.violationPoints365d(creatorPointsBefore).confirmedCounterfeits365d(creatorCounterfeitsBefore));
    }

    // --- one violation, both sides ---

    @Test
    void should_sanction_the_shop_and_the_creator_in_one_decision_when_a_creator_presented_a_counterfeit() {
        Decision decision = decide(counterfeitByCreator(0, 0));

        assertThat(decision).sanctionsExactly(WARNING, TRAFFIC_RESTRICTION, VIOLATION_POINTS, LISTING_REMOVED, CREATOR_WARNING,
                        CREATOR_TRAFFIC_RESTRICTION, CREATOR_VIOLATION_POINTS)
                // the shop's side
                .sanctions(VIOLATION_POINTS).once().withPoints(12).byRule("CF-10").withDetail("confirmed counterfeit number 1 in 365 days")
                .and().sanctions(WARNING).once().byRule("LAD-01")
                // the creator's side
                .and().sanctions(CREATOR_VIOLATION_POINTS).once().withPoints(12).withDays(0).because("COUNTERFEIT_CONFIRMED")
                .byRule("CR-10").withDetail("creator creator-1: confirmed counterfeit number 1 in 365 days, in their own live room")
                .and().sanctions(CREATOR_WARNING).once().withDays(0).because("POINTS_WARNING_THRESHOLD").byRule("CLAD-01")
                .withDetail("12 creator points in 365 days reach the threshold of 12")
                .and().sanctions(CREATOR_TRAFFIC_RESTRICTION).once().withDays(7).because("POINTS_WARNING_THRESHOLD").byRule("CLAD-01");
    }

    @Test
    void should_sanction_the_creator_alike_when_the_counterfeit_was_sold_in_another_live_room() {
        Decision own = decide(counterfeitByCreator(0, 0));
        Decision anothers = decide(counterfeitByCreator(0, 0).byCreator("s-1"));

        assertThat(anothers).sanctions(CREATOR_VIOLATION_POINTS).once().withPoints(12).byRule("CR-10")
                .withDetail("creator creator-1: confirmed counterfeit number 1 in 365 days, in the live room of s-1");
        assertThat(withoutDetails(anothers.sanctions())).isEqualTo(withoutDetails(own.sanctions()));
    }

    @Test
    void should_name_no_room_when_the_violation_records_none() {
        Decision decision = decide(counterfeitByCreator(0, 0).byCreator(null));

        assertThat(decision).sanctions(CREATOR_VIOLATION_POINTS).once()
                .withDetail("creator creator-1: confirmed counterfeit number 1 in 365 days");
    }

    @Test
    void should_leave_the_creator_out_when_the_violation_names_no_creator() {
        Decision decision = decide(violation(ViolationType.COUNTERFEIT_SALE));

        assertThat(decision).doesNotSanction(CREATOR_VIOLATION_POINTS).didNotFireRule("CR-10");
    }

    // --- the creator's own counterfeit count: the third in 365 days bans the creator ---

    @Test
    void should_ban_the_creator_but_not_the_shop_when_it_is_the_creators_third_counterfeit_and_the_shops_first() {
        Decision decision = decide(counterfeitByCreator(24, 2));

        String detail = "creator creator-1: confirmed counterfeit number 3 in 365 days, in their own live room";
        assertThat(decision)
                .sanctionsExactly(WARNING, TRAFFIC_RESTRICTION, VIOLATION_POINTS, LISTING_REMOVED, CREATOR_BAN, CREATOR_VIOLATION_POINTS)
                .sanctions(CREATOR_BAN).once().because("COUNTERFEIT_REPEATED").byRule("CR-12").withDetail(detail)
                .and().sanctions(CREATOR_VIOLATION_POINTS).once().withPoints(100).because("COUNTERFEIT_REPEATED").byRule("CR-12")
                .and().firedRule("CR-02").didNotFireRule("CR-10").didNotFireRule("CLAD-04")
                .doesNotSanction(SHOP_BAN);
    }

    @Test
    void should_not_ban_the_creator_for_a_second_counterfeit() {
        Decision decision = decide(counterfeitByCreator(12, 1));

        assertThat(decision).doesNotSanction(CREATOR_BAN)
                .sanctions(CREATOR_VIOLATION_POINTS).once().withPoints(12).byRule("CR-10")
                .and().sanctions(CREATOR_SUSPENSION).once().withDays(14).byRule("CLAD-02");
    }

    @Test
    void should_ban_the_shop_its_streamer_and_the_creator_when_the_case_is_particularly_serious() {
        Decision decision = decide(counterfeitByCreator(0, 0).violation(v -> v.particularlySerious(true)));

        assertThat(decision).sanctionsExactly(SHOP_BAN, STREAMER_BAN, ALL_LISTINGS_DELISTED, SETTLEMENT_FROZEN, VIOLATION_POINTS,
                        LISTING_REMOVED, CREATOR_BAN, CREATOR_VIOLATION_POINTS)
                .sanctions(CREATOR_BAN).once().because("COUNTERFEIT_PARTICULARLY_SERIOUS").byRule("CR-12")
                .withDetail("creator creator-1: the case is marked particularly serious, in their own live room")
                .and().firedRule("CR-01").didNotFireRule("CR-02");
    }

    @Test
    void should_ban_the_creator_once_without_a_ladder_step_when_a_serious_case_also_crosses_48() {
        Decision decision = decide(counterfeitByCreator(40, 2));

        assertThat(decision).sanctions(CREATOR_BAN).once().byRule("CR-12")
                .and().doesNotSanction(CREATOR_SUSPENSION).doesNotSanction(CREATOR_WARNING).didNotFireRule("CLAD-04");
    }

    // --- other violations: the handler's points on both records, each ladder on its own ---

    @Test
    void should_add_the_handlers_points_to_the_shop_and_to_the_creator_when_another_violation_names_the_creator() {
        Decision decision = decide(creatorViolation(ViolationType.FALSE_ADVERTISING).violation(v -> v.points(6))
                .shop(s -> s.violationPoints365d(20)).creator(c -> c.violationPoints365d(2)));

        assertThat(decision).sanctionsExactly(SHOP_SUSPENSION, VIOLATION_POINTS, CREATOR_VIOLATION_POINTS)
                .sanctions(VIOLATION_POINTS).once().withPoints(6).byRule("VP-01")
                .and().sanctions(SHOP_SUSPENSION).once().withDays(14).byRule("LAD-02")
                .and().sanctions(CREATOR_VIOLATION_POINTS).once().withPoints(6).because("VIOLATION_CONFIRMED").byRule("CR-11")
                .withDetail("creator creator-1: FALSE_ADVERTISING confirmed, in their own live room");
    }

    @ParameterizedTest(name = "creator at {0} + {1} points: {2} for {3} days")
    @CsvSource({
        "0, 12, CREATOR_WARNING, 0, CLAD-01",
        "6, 6, CREATOR_TRAFFIC_RESTRICTION, 7, CLAD-01",
        "20, 4, CREATOR_SUSPENSION, 14, CLAD-02",
        "30, 6, CREATOR_SUSPENSION, 30, CLAD-03",
        "47, 1, CREATOR_BAN, 0, CLAD-04"
    })
    void should_take_the_creators_ladder_step_when_the_total_crosses_it(int before, int added, SanctionType step, int days,
            String rule) {
        Decision decision = decide(creatorViolation(ViolationType.SERVICE_MISCONDUCT).violation(v -> v.points(added))
                .creator(c -> c.violationPoints365d(before)));

        assertThat(decision).sanctions(step).once().withDays(days).byRule(rule);
    }

    @ParameterizedTest(name = "creator at {0} + {1} points: no new step")
    @CsvSource({"0, 11", "12, 11", "24, 11", "36, 11"})
    void should_take_no_new_step_when_the_creators_total_crosses_no_threshold(int before, int added) {
        Decision decision = decide(creatorViolation(ViolationType.SERVICE_MISCONDUCT).violation(v -> v.points(added))
                .creator(c -> c.violationPoints365d(before)));

        assertThat(decision).doesNotSanction(CREATOR_WARNING).doesNotSanction(CREATOR_SUSPENSION).doesNotSanction(CREATOR_BAN)
                .sanctions(CREATOR_VIOLATION_POINTS).once().withPoints(added);
    }

    @Test
    void should_sanction_neither_when_the_violation_carries_no_points() {
        Decision decision = decide(creatorViolation(ViolationType.OTHER).violation(v -> v.points(0)));

        assertThat(decision).hasNoSanctions().didNotFireRule("CR-11");
        assertThat(Notes.of(decision)).containsExactly("VIOLATION_WITHOUT_POINTS by VP-02: OTHER confirmed with 0 points; no sanction");
    }

    private static List<String> withoutDetails(List<Sanction> sanctions) {
        return sanctions.stream().map(s -> s.type() + " " + s.days() + " " + s.points() + " " + s.rule() + " " + s.reason()).toList();
    }
}
