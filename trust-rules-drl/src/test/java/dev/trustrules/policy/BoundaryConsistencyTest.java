package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FAKE_ONE_PAY_TEN;
import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
import static dev.trustrules.EntitlementType.REFUND_WITHOUT_RETURN;
import static dev.trustrules.SanctionType.VIOLATION_POINTS;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;
import static dev.trustrules.test.TrustFixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.Sanction;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ViolationType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inconsistencies found at the boundaries (issue 16), each resolved and tested on both sides: a ban
 * reached by points brings the consequences of a ban on a third counterfeit; a GOLD buyer who used up the
 * refunds without return of 90 days no longer sees the badge a claim would be refused under; a payout of
 * exactly the cap is not labelled capped when nothing was cut.
 */
class BoundaryConsistencyTest {

    // --- a ban is a ban ---

    @Test
    void should_bring_the_consequences_of_a_third_counterfeit_ban_when_the_ban_is_reached_by_points() {
        Decision byPoints = decide(violation(ViolationType.PROHIBITED_ITEM).violation(v -> v.points(12))
                .shop(s -> s.violationPoints365d(36)));
        Decision byCounterfeits = decide(violation(ViolationType.COUNTERFEIT_SALE).violation(v -> v.listingId(null))
                .shop(s -> s.violationPoints365d(36).confirmedCounterfeits365d(2)));

        // the same sanctions of the ban; only the points of the violation differ (12 assessed, 100 for the serious case)
        assertThat(banConsequences(byPoints)).isEqualTo(banConsequences(byCounterfeits))
                .containsExactly("SHOP_BAN 0", "STREAMER_BAN 0", "ALL_LISTINGS_DELISTED 0", "SETTLEMENT_FROZEN 30");
        assertThat(byPoints).sanctions(VIOLATION_POINTS).once().withPoints(12);
        assertThat(byCounterfeits).sanctions(VIOLATION_POINTS).once().withPoints(100);
    }

    @Test
    void should_bring_no_ban_consequence_one_point_under_the_ban() {
        Decision decision = decide(violation(ViolationType.PROHIBITED_ITEM).violation(v -> v.points(11))
                .shop(s -> s.violationPoints365d(36)));

        assertThat(banConsequences(decision)).isEmpty();
    }

    // --- the refund-without-return badge only where a claim could be granted ---

    @Test
    void should_not_show_the_refund_without_return_badge_to_a_gold_buyer_at_the_90_day_limit() {
        Decision checkout = decide(checkout().buyer(b -> b.refundWithoutReturnCount90d(3)).order(o -> o.paidFen(5_000)));
        Decision claim = decide(claim(ClaimType.REFUND_WITHOUT_RETURN).buyer(b -> b.refundWithoutReturnCount90d(3))
                .order(o -> o.paidFen(5_000)));

        assertThat(checkout).doesNotCarry(REFUND_WITHOUT_RETURN).carries(FREIGHT_INSURANCE);
        assertThat(claim).denies(REFUND_WITHOUT_RETURN).becauseExactly("REFUND_LIMIT_REACHED");
    }

    @Test
    void should_show_the_badge_to_a_gold_buyer_one_refund_under_the_limit_and_grant_the_claim() {
        Decision checkout = decide(checkout().buyer(b -> b.refundWithoutReturnCount90d(2)).order(o -> o.paidFen(5_000)));
        Decision claim = decide(claim(ClaimType.REFUND_WITHOUT_RETURN).buyer(b -> b.refundWithoutReturnCount90d(2))
                .order(o -> o.paidFen(5_000)));

        assertThat(checkout).carriesGuarantee(REFUND_WITHOUT_RETURN).byRule("RWR-01").because("GOLD_BUYER");
        assertThat(claim).grants(REFUND_WITHOUT_RETURN).byRule("RWR-20");
    }

    @Test
    void should_not_show_the_badge_to_a_platinum_buyer_at_the_limit_either() {
        Decision atLimit = decide(checkout().buyer(b -> b.creditScore(800).refundWithoutReturnCount90d(3)).order(o -> o.paidFen(5_000)));
        Decision under = decide(checkout().buyer(b -> b.creditScore(800).refundWithoutReturnCount90d(2)).order(o -> o.paidFen(5_000)));

        assertThat(atLimit).doesNotCarry(REFUND_WITHOUT_RETURN);
        assertThat(under).carriesGuarantee(REFUND_WITHOUT_RETURN).byRule("RWR-02");
    }

    // --- "capped" only when the cap cut something ---

    @Test
    void should_not_label_the_payout_capped_when_ten_times_the_price_is_exactly_the_cap() {
        Decision exact = decide(claim(ClaimType.COUNTERFEIT).order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN).paidFen(1_000_000)));
        Decision over = decide(claim(ClaimType.COUNTERFEIT).order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN).paidFen(1_000_001)));

        assertThat(exact).grants(FAKE_ONE_PAY_TEN).withPayoutFen(10_000_000).because("COUNTERFEIT_CONFIRMED");
        assertThat(over).grants(FAKE_ONE_PAY_TEN).withPayoutFen(10_000_000).because("COUNTERFEIT_CONFIRMED_CAPPED");
    }

    @Test
    void should_not_label_the_freight_capped_when_it_is_exactly_the_cap() {
        Decision exact = decide(claim(ClaimType.RETURN).claim(c -> c.freightFen(2_500)));
        Decision over = decide(claim(ClaimType.RETURN).claim(c -> c.freightFen(2_501)));

        assertThat(exact).grants(FREIGHT_INSURANCE).withPayoutFen(2_500).because("FREIGHT_REIMBURSED");
        assertThat(over).grants(FREIGHT_INSURANCE).withPayoutFen(2_500).because("FREIGHT_REIMBURSED_CAPPED");
    }

    /** The sanctions that come with a ban, by type and days, in decision order. */
    private static List<String> banConsequences(Decision decision) {
        return decision.sanctions().stream().map(Sanction::type)
                .filter(t -> t != VIOLATION_POINTS && t != dev.trustrules.SanctionType.LISTING_REMOVED)
                .map(t -> t + " " + decision.sanctions(t).get(0).days()).toList();
    }
}
