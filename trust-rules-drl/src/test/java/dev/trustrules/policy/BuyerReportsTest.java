package dev.trustrules.policy;

import static dev.trustrules.SanctionType.CREATOR_VIOLATION_REVIEW;
import static dev.trustrules.SanctionType.LISTING_INTERCEPTED;
import static dev.trustrules.SanctionType.VIOLATION_REVIEW;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.creatorReview;
import static dev.trustrules.test.TrustFixtures.listing;
import static dev.trustrules.test.TrustFixtures.shopReview;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.facts.ReportSubject;
import dev.trustrules.facts.ShopStatus;
import org.junit.jupiter.api.Test;

/**
 * Buyer reports (举报) as input to listing interception and violation review: governance/listings.drl (LI-03,
 * LI-04) and governance/reports.drl (RPT-01 to RPT-04), with governance/limits.drl confirmedReportsForReview
 * = 3 and reportsForReview = 10 (in 30 days).
 */
class BuyerReportsTest {

    // --- a listing ---

    @Test
    void should_hold_a_listing_for_review_when_3_reports_were_upheld() {
        Decision decision = decide(listing().reports(ReportSubject.LISTING, r -> r.confirmed(3)));

        assertThat(decision).sanctionsExactly(LISTING_INTERCEPTED)
                .sanctions(LISTING_INTERCEPTED).once().withDays(0).withPoints(0).because("CONFIRMED_BUYER_REPORTS").byRule("LI-03")
                .withDetail("listing l-1: 3 buyer reports upheld in 30 days, review from 3");
        assertThat(decision.notes()).isEmpty();
    }

    @Test
    void should_clear_a_listing_when_2_reports_were_upheld_of_9() {
        Decision decision = decide(listing().reports(ReportSubject.LISTING, r -> r.reports(9).confirmed(2)));

        assertThat(decision).hasNoSanctions().didNotFireRule("LI-03").didNotFireRule("LI-04");
        assertThat(Notes.of(decision)).containsExactly("LISTING_CLEARED by LI-10: listing l-1 shows no counterfeit signal");
    }

    @Test
    void should_hold_a_listing_for_review_when_10_buyers_reported_it_none_upheld_yet() {
        Decision decision = decide(listing().reports(ReportSubject.LISTING, r -> r.reports(10)));

        assertThat(decision).sanctions(LISTING_INTERCEPTED).once().because("BUYER_REPORTS_VOLUME").byRule("LI-04")
                .withDetail("listing l-1: 10 buyer reports in 30 days, review from 10");
    }

    @Test
    void should_intercept_once_per_signal_when_reports_and_a_brand_signal_coincide() {
        Decision decision = decide(listing().listing(l -> l.brandAuthorised(false))
                .reports(ReportSubject.LISTING, r -> r.reports(12).confirmed(4)));

        assertThat(decision.sanctions()).extracting(s -> s.rule().split(" ")[0])
                .containsExactly("LI-01", "LI-03", "LI-04");
    }

    // --- a shop ---

    @Test
    void should_open_a_violation_review_of_the_shop_when_3_reports_were_upheld() {
        Decision decision = decide(shopReview().reports(ReportSubject.SHOP, r -> r.confirmed(3)));

        assertThat(decision).sanctionsExactly(VIOLATION_REVIEW)
                .sanctions(VIOLATION_REVIEW).once().withDays(0).withPoints(0).because("CONFIRMED_BUYER_REPORTS").byRule("RPT-01")
                .withDetail("shop s-1: 3 buyer reports upheld in 30 days, review from 3")
                .and().didNotFireRule("SR-10");
    }

    @Test
    void should_open_a_violation_review_of_the_shop_when_10_buyers_reported_it() {
        Decision decision = decide(shopReview().reports(ReportSubject.SHOP, r -> r.reports(10).confirmed(2)));

        assertThat(decision).sanctionsExactly(VIOLATION_REVIEW)
                .sanctions(VIOLATION_REVIEW).once().because("BUYER_REPORTS_VOLUME").byRule("RPT-02")
                .withDetail("shop s-1: 10 buyer reports in 30 days, review from 10");
    }

    @Test
    void should_open_no_review_when_the_shop_has_9_reports_2_upheld() {
        Decision decision = decide(shopReview().reports(ReportSubject.SHOP, r -> r.reports(9).confirmed(2)));

        assertThat(decision).hasNoSanctions().firedRule("SR-10");
    }

    @Test
    void should_open_no_review_of_a_banned_shop() {
        Decision decision = decide(shopReview().shop(s -> s.status(ShopStatus.BANNED))
                .reports(ReportSubject.SHOP, r -> r.reports(30).confirmed(10)));

        assertThat(decision).doesNotSanction(VIOLATION_REVIEW);
    }

    // --- a creator ---

    @Test
    void should_open_a_violation_review_of_the_creator_for_each_signal() {
        Decision decision = decide(creatorReview().reports(ReportSubject.CREATOR, r -> r.reports(10).confirmed(3)));

        assertThat(decision).sanctions(CREATOR_VIOLATION_REVIEW).because("CONFIRMED_BUYER_REPORTS").byRule("RPT-03")
                .withDetail("creator creator-1: 3 buyer reports upheld in 30 days, review from 3")
                .and().sanctions(CREATOR_VIOLATION_REVIEW).because("BUYER_REPORTS_VOLUME").byRule("RPT-04")
                .withDetail("creator creator-1: 10 buyer reports in 30 days, review from 10");
        assertThat(decision.sanctions(CREATOR_VIOLATION_REVIEW)).hasSize(2);
    }

    @Test
    void should_open_no_review_of_the_creator_under_both_thresholds() {
        Decision decision = decide(creatorReview().reports(ReportSubject.CREATOR, r -> r.reports(9).confirmed(2)));

        assertThat(decision).hasNoSanctions();
    }
}
