package dev.trustrules.policy;

import static dev.trustrules.SanctionType.LISTING_INTERCEPTED;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.listing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.SanctionType;
import org.junit.jupiter.api.Test;

/**
 * Counterfeit listing interception on publication: governance/listings.drl, LI-01 (brand without
 * authorisation), LI-02 (priced under governance/limits.drl listingMinPriceShareBasisPoints = 3000, i.e.
 * 30% of the brand reference price) and LI-10 (cleared).
 */
class ListingInterceptionTest {

    // --- LI-01 ---

    @Test
    void should_intercept_the_listing_when_it_names_a_brand_without_authorisation() {
        Decision decision = decide(listing().listing(l -> l.brand("Acme").brandAuthorised(false)));

        assertThat(decision).sanctionsExactly(LISTING_INTERCEPTED)
                .sanctions(LISTING_INTERCEPTED).once().withDays(0).withPoints(0).because("BRAND_NOT_AUTHORISED").byRule("LI-01")
                .withDetail("listing l-1 names brand Acme without the brand owner's authorisation")
                .and().didNotFireRule("LI-10");
        assertThat(decision.notes("LISTING_CLEARED")).isEmpty();
    }

    @Test
    void should_not_intercept_an_unbranded_listing_whatever_its_price() {
        Decision decision = decide(listing().listing(l -> l.unbranded().priceFen(1).brandReferencePriceFen(19_900)));

        assertThat(decision).hasNoSanctions().didNotFireRule("LI-01").didNotFireRule("LI-02");
        assertThat(Notes.of(decision, "LISTING_CLEARED")).containsExactly("LISTING_CLEARED by LI-10: listing l-1 shows no counterfeit signal");
    }

    // --- LI-02: exactly 30% vs one fen under ---

    @Test
    void should_clear_the_listing_when_it_is_priced_exactly_30_percent_of_the_reference_price() {
        Decision decision = decide(listing().listing(l -> l.priceFen(3_000).brandReferencePriceFen(10_000)));

        assertThat(decision).hasNoSanctions().didNotFireRule("LI-02");
        assertThat(Notes.of(decision, "LISTING_CLEARED")).containsExactly("LISTING_CLEARED by LI-10: listing l-1 shows no counterfeit signal");
    }

    @Test
    void should_intercept_the_listing_when_it_is_priced_one_fen_under_30_percent_of_the_reference_price() {
        Decision decision = decide(listing().listing(l -> l.priceFen(2_999).brandReferencePriceFen(10_000)));

        assertThat(decision).sanctionsExactly(LISTING_INTERCEPTED)
                .sanctions(LISTING_INTERCEPTED).once().withDays(0).withPoints(0).because("PRICE_BELOW_BRAND_REFERENCE").byRule("LI-02")
                .withDetail("listing l-1 is priced 29.99 CNY, under 30.00% of the brand reference price 100.00 CNY")
                .and().didNotFireRule("LI-10");
    }

    @Test
    void should_never_intercept_on_price_when_the_reference_price_is_unknown() {
        Decision decision = decide(listing().listing(l -> l.priceFen(1).brandReferencePriceFen(0)));

        assertThat(decision).hasNoSanctions().didNotFireRule("LI-02").firedRule("LI-10");
    }

    @Test
    void should_intercept_twice_when_the_brand_is_unauthorised_and_the_price_too_low() {
        Decision decision = decide(listing().listing(l -> l.brandAuthorised(false).priceFen(100).brandReferencePriceFen(10_000)));

        assertThat(decision).sanctionsExactly(LISTING_INTERCEPTED, LISTING_INTERCEPTED)
                .sanctions(LISTING_INTERCEPTED).byRule("LI-01").because("BRAND_NOT_AUTHORISED")
                .and().sanctions(LISTING_INTERCEPTED).byRule("LI-02").because("PRICE_BELOW_BRAND_REFERENCE")
                .withDetail("listing l-1 is priced 1.00 CNY, under 30.00% of the brand reference price 100.00 CNY");
    }

    // --- LI-10 ---

    @Test
    void should_clear_the_listing_when_the_brand_is_authorised_at_the_reference_price() {
        Decision decision = decide(listing());

        assertThat(decision).hasNoSanctions().doesNotSanction(SanctionType.LISTING_INTERCEPTED);
        assertThat(Notes.of(decision, "LISTING_CLEARED")).containsExactly("LISTING_CLEARED by LI-10: listing l-1 shows no counterfeit signal");
    }

    @Test
    void should_clear_a_listing_published_without_a_shop() {
        Decision decision = decide(dev.trustrules.test.TrustFixtures.request().listing(l -> l.id("l-7")));

        assertThat(Notes.of(decision)).containsExactly("LISTING_CLEARED by LI-10: listing l-7 shows no counterfeit signal");
    }
}
