package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FAKE_ONE_PAY_TEN;
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
import static dev.trustrules.test.TrustFixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.test.RequestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A counterfeit that sanctions (issue 13): the appraisal that finds a claimed item FAKE is itself the
 * counterfeit-sale violation (governance/violations.drl CF-06), sanctioned in the same decision by the same
 * rules and ladder as a violation document (CF-10 to CF-13, LAD-xx). A request that carries both the claim
 * and a COUNTERFEIT_SALE violation document counts the counterfeit once, as the document's case (CF-05).
 * The default order (product p-1) is enrolled here; the shop s-1 has streamer streamer-1.
 */
class CounterfeitClaimSanctionTest {

    private static RequestFixture fakeClaim() {
        return claim(ClaimType.COUNTERFEIT).order(o -> o.enrolledIn(FAKE_ONE_PAY_TEN));
    }

    @Test
    void should_grant_fake_one_pay_ten_and_sanction_the_shop_in_one_decision_when_the_appraisal_finds_a_fake() {
        Decision decision = decide(fakeClaim());

        assertThat(decision).grants(FAKE_ONE_PAY_TEN).withPayoutFen(199_000).paidBy(Payer.SHOP).byRule("FOPT-20")
                .and().sanctionsExactly(WARNING, TRAFFIC_RESTRICTION, VIOLATION_POINTS, LISTING_REMOVED)
                .sanctions(VIOLATION_POINTS).once().withPoints(12).because("COUNTERFEIT_CONFIRMED").byRule("CF-10")
                .withDetail("confirmed counterfeit number 1 in 365 days, confirmed by the appraisal on claim c-1")
                .and().sanctions(LISTING_REMOVED).once().byRule("CF-11")
                .withDetail("listing p-1 sold a confirmed counterfeit, confirmed by the appraisal on claim c-1")
                .and().sanctions(WARNING).once().byRule("LAD-01")
                .and().firedRule("CF-06").didNotFireRule("CF-05");
    }

    @Test
    void should_ban_the_shop_when_the_appraisal_confirms_its_third_counterfeit_in_365_days() {
        Decision decision = decide(fakeClaim().shop(s -> s.violationPoints365d(24).confirmedCounterfeits365d(2)));

        String detail = "confirmed counterfeit number 3 in 365 days, confirmed by the appraisal on claim c-1";
        assertThat(decision).grants(FAKE_ONE_PAY_TEN).byRule("FOPT-20")
                .and().sanctionsExactly(SHOP_BAN, STREAMER_BAN, ALL_LISTINGS_DELISTED, SETTLEMENT_FROZEN, VIOLATION_POINTS, LISTING_REMOVED)
                .sanctions(SHOP_BAN).once().because("COUNTERFEIT_REPEATED").byRule("CF-12").withDetail(detail)
                .and().sanctions(VIOLATION_POINTS).once().withPoints(100).byRule("CF-12")
                .and().sanctions(SETTLEMENT_FROZEN).once().withDays(30)
                .and().sanctions(STREAMER_BAN).once().byRule("CF-13");
    }

    @Test
    void should_sanction_the_shop_when_the_fake_is_confirmed_though_the_compensation_is_denied() {
        // filed on the 91st day: no compensation, but the shop sold a counterfeit all the same
        Decision decision = decide(fakeClaim().claim(c -> c.filedDaysAfterDelivery(91)));

        assertThat(decision).denies(FAKE_ONE_PAY_TEN).becauseExactly("CLAIM_WINDOW_CLOSED")
                .and().sanctions(VIOLATION_POINTS).once().withPoints(12).byRule("CF-10");
    }

    @ParameterizedTest
    @EnumSource(value = AuthenticityVerdict.class, names = {"GENUINE", "PENDING"})
    void should_sanction_nothing_when_the_appraisal_does_not_find_a_fake(AuthenticityVerdict verdict) {
        Decision decision = decide(fakeClaim().claim(c -> c.verdict(verdict)));

        assertThat(decision).hasNoSanctions().didNotFireRule("CF-06");
    }

    @Test
    void should_note_that_the_ladder_was_not_applied_when_the_request_has_no_shop_account() {
        Decision decision = decide(fakeClaim().withoutShop());

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .and().sanctionsExactly(LISTING_REMOVED).sanctions(LISTING_REMOVED).once().byRule("CF-11");
        assertThat(Notes.of(decision)).containsExactly("COUNTERFEIT_SHOP_UNKNOWN by CF-07: a counterfeit sale is confirmed, "
                + "confirmed by the appraisal on claim c-1, but the request has no shop account: send the shop to apply its points and ladder");
    }

    @Test
    void should_remove_no_listing_when_the_order_names_no_product() {
        Decision decision = decide(fakeClaim().order(o -> o.productId(null)));

        assertThat(decision).doesNotSanction(LISTING_REMOVED).sanctions(VIOLATION_POINTS).once().byRule("CF-10");
    }

    // --- a claim and a violation document for the same counterfeit: counted once ---

    @Test
    void should_count_the_counterfeit_once_when_the_request_also_carries_its_violation_document() {
        Decision decision = decide(fakeClaim().withViolation(ViolationType.COUNTERFEIT_SALE));

        assertThat(decision).grants(FAKE_ONE_PAY_TEN)
                .and().sanctions(VIOLATION_POINTS).once().withPoints(12).byRule("CF-10")
                .withDetail("confirmed counterfeit number 1 in 365 days")
                .and().sanctions(LISTING_REMOVED).once().withDetail("listing l-1 sold a confirmed counterfeit")
                .and().firedRule("CF-05").didNotFireRule("CF-06");
    }

    @Test
    void should_take_the_documents_findings_when_it_marks_the_counterfeit_particularly_serious() {
        Decision decision = decide(fakeClaim().withViolation(ViolationType.COUNTERFEIT_SALE)
                .violation(v -> v.particularlySerious(true)));

        assertThat(decision).sanctions(SHOP_BAN).once().because("COUNTERFEIT_PARTICULARLY_SERIOUS").byRule("CF-12")
                .and().sanctions(VIOLATION_POINTS).once().withPoints(100);
    }

    @Test
    void should_add_up_the_points_when_the_claim_confirms_a_counterfeit_and_a_document_another_violation() {
        // 10 points before, 12 for the counterfeit, 6 for false advertising: 28, the 14-day suspension, once
        Decision decision = decide(fakeClaim().withViolation(ViolationType.FALSE_ADVERTISING).violation(v -> v.points(6))
                .shop(s -> s.violationPoints365d(10)));

        assertThat(decision).sanctionsExactly(SHOP_SUSPENSION, VIOLATION_POINTS, VIOLATION_POINTS, LISTING_REMOVED)
                .sanctions(SHOP_SUSPENSION).once().withDays(14).byRule("LAD-02")
                .withDetail("28 points in 365 days reach the threshold of 24")
                .and().sanctions(VIOLATION_POINTS).byRule("CF-10").and().sanctions(VIOLATION_POINTS).byRule("VP-01")
                .and().doesNotSanction(WARNING);
        assertThat(decision.sanctions(VIOLATION_POINTS)).extracting(s -> s.points()).containsExactly(12, 6);
    }
}
