package dev.trustrules.policy;

import static dev.trustrules.SanctionType.LISTING_REMOVED;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The violation-points ladder over 365 days: governance/ladder.drl (LAD-01 to LAD-04) and the points of
 * other violations (VP-01). A step is taken only when the new total crosses its threshold; only the
 * highest step crossed applies; a ban supersedes every lesser step.
 */
class ViolationLadderTest {

    /** A false-advertising case for which the handler assessed {@code added} points, on a shop at {@code before}. */
    private static RequestFixture falseAdvertising(int before, int added) {
        return violation(ViolationType.FALSE_ADVERTISING)
                .shop(s -> s.violationPoints365d(before))
                .violation(v -> v.points(added));
    }

    // --- VP-01: the points themselves ---

    @ParameterizedTest
    @EnumSource(value = ViolationType.class, names = "COUNTERFEIT_SALE", mode = EnumSource.Mode.EXCLUDE)
    void should_add_the_handlers_points_when_another_violation_is_confirmed(ViolationType type) {
        Decision decision = decide(violation(type).violation(v -> v.points(5)));

        assertThat(decision).sanctionsExactly(VIOLATION_POINTS)
                .sanctions(VIOLATION_POINTS).once().withPoints(5).withDays(0).because("VIOLATION_CONFIRMED")
                .byRule("VP-01").withDetail(type + " confirmed");
    }

    @Test
    void should_impose_nothing_when_the_handler_assessed_no_points() {
        Decision decision = decide(falseAdvertising(20, 0));

        assertThat(decision).hasNoSanctions().didNotFireRule("VP-01");
    }

    // --- each threshold, from one point below it ---

    @Test
    void should_only_add_points_when_the_total_reaches_11() {
        assertThat(decide(falseAdvertising(0, 11))).sanctionsExactly(VIOLATION_POINTS).didNotFireRule("LAD-01");
    }

    @Test
    void should_warn_and_restrict_traffic_for_7_days_when_the_total_reaches_12() {
        Decision decision = decide(falseAdvertising(0, 12));

        String detail = "12 points in 365 days reach the threshold of 12";
        assertThat(decision).sanctionsExactly(WARNING, TRAFFIC_RESTRICTION, VIOLATION_POINTS)
                .sanctions(WARNING).once().withDays(0).withPoints(0).because("POINTS_WARNING_THRESHOLD").byRule("LAD-01").withDetail(detail)
                .and().sanctions(TRAFFIC_RESTRICTION).once().withDays(7).withPoints(0).because("POINTS_WARNING_THRESHOLD")
                .byRule("LAD-01").withDetail(detail)
                .and().sanctions(VIOLATION_POINTS).once().withPoints(12).byRule("VP-01");
    }

    @Test
    void should_only_add_points_when_the_total_reaches_23() {
        assertThat(decide(falseAdvertising(12, 11))).sanctionsExactly(VIOLATION_POINTS);
    }

    @Test
    void should_suspend_the_shop_for_14_days_when_the_total_reaches_24() {
        Decision decision = decide(falseAdvertising(12, 12));

        assertThat(decision).sanctionsExactly(SHOP_SUSPENSION, VIOLATION_POINTS)
                .sanctions(SHOP_SUSPENSION).once().withDays(14).withPoints(0).because("POINTS_SHORT_SUSPENSION_THRESHOLD")
                .byRule("LAD-02").withDetail("24 points in 365 days reach the threshold of 24");
    }

    @Test
    void should_only_add_points_when_the_total_reaches_35() {
        assertThat(decide(falseAdvertising(24, 11))).sanctionsExactly(VIOLATION_POINTS);
    }

    @Test
    void should_suspend_the_shop_for_30_days_when_the_total_reaches_36() {
        Decision decision = decide(falseAdvertising(24, 12));

        assertThat(decision).sanctionsExactly(SHOP_SUSPENSION, VIOLATION_POINTS)
                .sanctions(SHOP_SUSPENSION).once().withDays(30).withPoints(0).because("POINTS_LONG_SUSPENSION_THRESHOLD")
                .byRule("LAD-03").withDetail("36 points in 365 days reach the threshold of 36");
    }

    @Test
    void should_only_add_points_when_the_total_reaches_47() {
        assertThat(decide(falseAdvertising(36, 11))).sanctionsExactly(VIOLATION_POINTS);
    }

    @Test
    void should_ban_the_shop_when_the_total_reaches_48() {
        Decision decision = decide(falseAdvertising(36, 12));

        assertThat(decision).sanctionsExactly(SHOP_BAN, VIOLATION_POINTS)
                .sanctions(SHOP_BAN).once().withDays(0).withPoints(0).because("POINTS_BAN_THRESHOLD")
                .byRule("LAD-04").withDetail("48 points in 365 days reach the ban threshold of 48");
    }

    // --- crossing semantics ---

    @ParameterizedTest(name = "{0} + {1} points: no new step")
    @CsvSource({
        "12,  5",  // already past 12, not yet 24
        "24, 11",  // already past 24, not yet 36
        "30,  5",
        "36,  1",
        "48,  1",  // already past the ban threshold
        "60, 12",
    })
    void should_take_no_step_when_the_total_crosses_no_threshold(int before, int added) {
        Decision decision = decide(falseAdvertising(before, added));

        assertThat(decision).sanctionsExactly(VIOLATION_POINTS)
                .didNotFireRule("LAD-01").didNotFireRule("LAD-02").didNotFireRule("LAD-03").didNotFireRule("LAD-04");
    }

    @Test
    void should_warn_when_a_single_point_crosses_12() {
        assertThat(decide(falseAdvertising(11, 1))).sanctionsExactly(WARNING, TRAFFIC_RESTRICTION, VIOLATION_POINTS)
                .sanctions(WARNING).withDetail("12 points in 365 days reach the threshold of 12");
    }

    @Test
    void should_take_only_the_14_day_step_when_the_total_jumps_from_below_12_to_30() {
        Decision decision = decide(falseAdvertising(5, 25));

        assertThat(decision).sanctionsExactly(SHOP_SUSPENSION, VIOLATION_POINTS)
                .sanctions(SHOP_SUSPENSION).once().withDays(14).byRule("LAD-02")
                .withDetail("30 points in 365 days reach the threshold of 24")
                .and().didNotFireRule("LAD-01");
    }

    @Test
    void should_take_only_the_30_day_step_when_the_total_jumps_from_0_to_40() {
        Decision decision = decide(falseAdvertising(0, 40));

        assertThat(decision).sanctionsExactly(SHOP_SUSPENSION, VIOLATION_POINTS)
                .sanctions(SHOP_SUSPENSION).once().withDays(30).byRule("LAD-03")
                .withDetail("40 points in 365 days reach the threshold of 36")
                .and().didNotFireRule("LAD-01").didNotFireRule("LAD-02");
    }

    @Test
    void should_ban_without_any_suspension_or_warning_when_the_total_jumps_from_10_to_60() {
        Decision decision = decide(falseAdvertising(10, 50));

        assertThat(decision).sanctionsExactly(SHOP_BAN, VIOLATION_POINTS)
                .doesNotSanction(SHOP_SUSPENSION).doesNotSanction(WARNING).doesNotSanction(TRAFFIC_RESTRICTION)
                .sanctions(SHOP_BAN).once().byRule("LAD-04").withDetail("60 points in 365 days reach the ban threshold of 48");
    }

    @Test
    void should_ban_without_suspension_when_a_counterfeit_carries_the_shop_across_48() {
        // GIVEN a shop at 40 points and a first counterfeit (12 points): 52
        Decision decision = decide(violation(ViolationType.COUNTERFEIT_SALE).shop(s -> s.violationPoints365d(40)));

        // THEN the ladder bans the shop; only the serious case bans the streamer
        assertThat(decision).sanctionsExactly(SHOP_BAN, VIOLATION_POINTS, LISTING_REMOVED)
                .doesNotSanction(STREAMER_BAN).doesNotSanction(SHOP_SUSPENSION)
                .sanctions(SHOP_BAN).once().because("POINTS_BAN_THRESHOLD").byRule("LAD-04")
                .withDetail("52 points in 365 days reach the ban threshold of 48");
    }

    @Test
    void should_suspend_for_30_days_when_a_counterfeit_carries_the_shop_from_30_to_42() {
        Decision decision = decide(violation(ViolationType.COUNTERFEIT_SALE).shop(s -> s.violationPoints365d(30)));

        assertThat(decision).sanctionsExactly(SHOP_SUSPENSION, VIOLATION_POINTS, LISTING_REMOVED)
                .sanctions(SHOP_SUSPENSION).once().withDays(30).byRule("LAD-03");
    }
}
