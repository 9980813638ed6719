package dev.trustrules.policy;

import static dev.trustrules.SanctionType.DEPOSIT_TOP_UP_REQUIRED;
import static dev.trustrules.SanctionType.OPTIONAL_GUARANTEES_SUSPENDED;
import static dev.trustrules.SanctionType.SETTLEMENT_SUSPENDED;
import static dev.trustrules.SanctionType.TRAFFIC_RESTRICTION;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.shopReview;
import static dev.trustrules.test.TrustFixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.test.TrustFixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A review of a shop's standing (a shop and no order): governance/shop-standing.drl, ES-01 (store
 * experience score under governance/limits.drl experienceScoreMin = 3.0), DEP-01 and DEP-02 (deposit below
 * the required amount, depositTopUpDays = 7), SR-10 (good standing) and VP-02 (a violation without points).
 */
class ShopStandingTest {
    /** When a shop review is decided (no order, claim or violation: the fixtures' payment time). */
    private static final Instant NOW = TrustFixtures.PAID_AT;

    // --- ES-01: 3.0 vs 2.99 ---

    @Test
    void should_suspend_optional_guarantees_and_restrict_traffic_when_the_shop_scores_2_99() {
        Decision decision = decide(shopReview().shop(s -> s.experienceScore(2.99)));

        String detail = "store experience score 2.99 is below 3.0";
        assertThat(decision).sanctionsExactly(TRAFFIC_RESTRICTION, OPTIONAL_GUARANTEES_SUSPENDED)
                .sanctions(OPTIONAL_GUARANTEES_SUSPENDED).once().withDays(0).withPoints(0)
                .because("EXPERIENCE_SCORE_BELOW_MINIMUM").byRule("ES-01").withDetail(detail)
                .and().sanctions(TRAFFIC_RESTRICTION).once().withDays(0).withPoints(0)
                .because("EXPERIENCE_SCORE_BELOW_MINIMUM").byRule("ES-01").withDetail(detail)
                .and().didNotFireRule("SR-10");
        assertThat(decision.notes()).isEmpty();
    }

    @Test
    void should_sanction_nothing_when_the_shop_scores_exactly_3_0() {
        Decision decision = decide(shopReview().shop(s -> s.experienceScore(3.0)));

        assertThat(decision).hasNoSanctions().didNotFireRule("ES-01");
        assertThat(Notes.of(decision)).containsExactly(
                "SHOP_IN_GOOD_STANDING by SR-10: shop s-1 meets the experience-score and deposit requirements");
    }

    @Test
    void should_not_sanction_the_score_at_checkout_when_the_shop_scores_2_99() {
        Decision decision = decide(checkout().shop(s -> s.experienceScore(2.99)));

        assertThat(decision).hasNoSanctions().didNotFireRule("ES-01").firedRule("ELG-01");
    }

    @Test
    void should_not_sanction_the_score_of_a_banned_shop() {
        Decision decision = decide(shopReview().shop(s -> s.status(ShopStatus.BANNED).experienceScore(1.0)));

        assertThat(decision).hasNoSanctions().didNotFireRule("ES-01");
    }

    @ParameterizedTest
    @EnumSource(value = ShopStatus.class, names = {"RESTRICTED", "SUSPENDED"})
    void should_sanction_the_score_of_a_restricted_or_suspended_shop(ShopStatus status) {
        Decision decision = decide(shopReview().shop(s -> s.status(status).experienceScore(2.0)));

        assertThat(decision).sanctions(OPTIONAL_GUARANTEES_SUSPENDED).once().byRule("ES-01")
                .withDetail("store experience score 2.0 is below 3.0");
    }

    // --- DEP-01: top up within 7 days ---

    @Test
    void should_sanction_nothing_when_the_deposit_equals_the_required_amount() {
        Decision decision = decide(shopReview().shop(s -> s.depositFen(500_000).requiredDepositFen(500_000)));

        assertThat(decision).hasNoSanctions().didNotFireRule("DEP-01").firedRule("SR-10");
    }

    @Test
    void should_give_7_days_to_top_up_when_the_deposit_is_one_fen_short_and_no_shortfall_date_is_known() {
        Decision decision = decide(shopReview().shop(s -> s.depositFen(499_999).requiredDepositFen(500_000)));

        assertThat(decision).sanctionsExactly(DEPOSIT_TOP_UP_REQUIRED)
                .sanctions(DEPOSIT_TOP_UP_REQUIRED).once().withDays(7).withPoints(0).because("DEPOSIT_BELOW_REQUIRED")
                .byRule("DEP-01").withDetail("deposit 4999.99 CNY is below the required 5000.00 CNY; 7 of 7 days left to top up")
                .and().didNotFireRule("SR-10");
    }

    @Test
    void should_give_7_days_to_top_up_when_the_shortfall_just_started() {
        Decision decision = decide(shopReview().at(NOW)
                .shop(s -> s.depositFen(499_999).requiredDepositFen(500_000).depositShortfallSince(NOW)));

        assertThat(decision).sanctions(DEPOSIT_TOP_UP_REQUIRED).once().withDays(7).byRule("DEP-01")
                .withDetail("deposit 4999.99 CNY is below the required 5000.00 CNY; 7 of 7 days left to top up");
    }

    @Test
    void should_give_1_day_to_top_up_when_the_shortfall_started_6_days_ago() {
        Decision decision = decide(shopReview().at(NOW)
                .shop(s -> s.depositFen(499_999).requiredDepositFen(500_000).depositShortfallSince(NOW.minus(Duration.ofDays(6)))));

        assertThat(decision).sanctionsExactly(DEPOSIT_TOP_UP_REQUIRED)
                .sanctions(DEPOSIT_TOP_UP_REQUIRED).once().withDays(1).because("DEPOSIT_BELOW_REQUIRED").byRule("DEP-01")
                .withDetail("deposit 4999.99 CNY is below the required 5000.00 CNY; 1 of 7 days left to top up")
                .and().didNotFireRule("DEP-02");
    }

    // --- DEP-02: settlement suspended after 7 days ---

    @Test
    void should_suspend_settlement_when_the_shortfall_started_7_days_ago() {
        Decision decision = decide(shopReview().at(NOW)
                .shop(s -> s.depositFen(499_999).requiredDepositFen(500_000).depositShortfallSince(NOW.minus(Duration.ofDays(7)))));

        assertThat(decision).sanctionsExactly(SETTLEMENT_SUSPENDED)
                .sanctions(SETTLEMENT_SUSPENDED).once().withDays(0).withPoints(0).because("DEPOSIT_NOT_TOPPED_UP").byRule("DEP-02")
                .withDetail("deposit 4999.99 CNY has been below the required 5000.00 CNY for 7 days, limit 7")
                .and().didNotFireRule("DEP-01");
    }

    @Test
    void should_not_sanction_the_deposit_of_a_banned_shop() {
        Decision decision = decide(shopReview().at(NOW)
                .shop(s -> s.status(ShopStatus.BANNED).depositFen(0).depositShortfallSince(NOW.minus(Duration.ofDays(30)))));

        assertThat(decision).hasNoSanctions().didNotFireRule("DEP-01").didNotFireRule("DEP-02");
    }

    @Test
    void should_not_sanction_the_deposit_at_checkout() {
        Decision decision = decide(checkout().at(NOW)
                .shop(s -> s.depositFen(0).depositShortfallSince(NOW.minus(Duration.ofDays(30)))));

        assertThat(decision).hasNoSanctions().didNotFireRule("DEP-02");
    }

    // --- SR-10 and VP-02 ---

    @Test
    void should_note_good_standing_when_the_review_finds_nothing_to_sanction() {
        Decision decision = decide(shopReview());

        assertThat(decision).hasNoSanctions().hasNoDenials().hasBuyerTier(null);
        assertThat(Notes.of(decision)).containsExactly(
                "SHOP_IN_GOOD_STANDING by SR-10: shop s-1 meets the experience-score and deposit requirements");
    }

    @Test
    void should_not_note_good_standing_of_a_banned_shop() {
        Decision decision = decide(shopReview().shop(s -> s.status(ShopStatus.BANNED).experienceScore(1.0)));

        assertThat(decision).didNotFireRule("SR-10");
        assertThat(Notes.of(decision)).containsExactly(
                "NO_RULE_MATCHED by (engine): no rule of policy trust-default@2026.11.0 decided anything about this request");
    }

    @Test
    void should_note_a_violation_without_points_when_the_handler_assessed_none() {
        Decision decision = decide(violation(ViolationType.FALSE_ADVERTISING).violation(v -> v.points(0)));

        assertThat(decision).hasNoSanctions().didNotFireRule("SR-10");
        assertThat(Notes.of(decision)).containsExactly(
                "VIOLATION_WITHOUT_POINTS by VP-02: FALSE_ADVERTISING confirmed with 0 points; no sanction");
    }

    @Test
    void should_not_note_a_violation_without_points_when_it_has_points() {
        Decision decision = decide(violation(ViolationType.OTHER).violation(v -> v.points(1)));

        assertThat(decision).didNotFireRule("VP-02");
        assertThat(decision.notes()).isEmpty();
    }
}
