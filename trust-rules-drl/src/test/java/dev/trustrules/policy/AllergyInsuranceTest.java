package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.ALLERGY_INSURANCE;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;
import static dev.trustrules.test.TrustFixtures.shanghai;

import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.RequestFixture;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Allergy insurance (过敏险): guarantees/allergy-insurance.drl, ALG-01 to ALG-20. */
class AllergyInsuranceTest {

    /** An allergy claim on a cosmetic of 199.00 CNY, evidence attached, filed 3 days after delivery. */
    private static RequestFixture cosmeticAllergy() {
        return claim(ClaimType.ALLERGY).order(o -> o.category(Category.COSMETICS));
    }

    // --- checkout ---

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"COSMETICS", "SKINCARE"})
    void should_carry_allergy_insurance_when_the_category_is_covered(Category category) {
        Decision decision = decide(checkout().order(o -> o.category(category)));

        assertThat(decision).carriesGuarantee(ALLERGY_INSURANCE).byRule("ALG-01").because("COVERED_CATEGORY");
    }

    @Test
    void should_not_carry_allergy_insurance_when_the_category_is_not_covered() {
        Decision decision = decide(checkout().order(o -> o.category(Category.APPAREL)));

        assertThat(decision).doesNotCarry(ALLERGY_INSURANCE).didNotFireRule("ALG-01");
    }

    // --- claim: granted ---

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"COSMETICS", "SKINCARE"})
    void should_refund_the_price_by_the_insurer_when_an_allergy_is_reported_in_time(Category category) {
        Decision decision = decide(claim(ClaimType.ALLERGY).order(o -> o.category(category).paidFen(19_900)));

        assertThat(decision).grants(ALLERGY_INSURANCE)
                .withRefundFen(19_900).withPayoutFen(0).paidBy(Payer.INSURER).withoutReturn()
                .because("ALLERGY_REPORTED").byRule("ALG-20")
                .and().hasNoDenials();
    }

    // --- the 30-day window, in Shanghai calendar days ---

    @Test
    void should_grant_allergy_insurance_when_reported_on_day_30_after_delivery() {
        Decision decision = decide(cosmeticAllergy().claim(c -> c.filedDaysAfterDelivery(30)));

        assertThat(decision).grants(ALLERGY_INSURANCE).withRefundFen(19_900).byRule("ALG-20").and().hasNoDenials();
    }

    @Test
    void should_deny_allergy_insurance_when_reported_on_day_31_after_delivery() {
        Decision decision = decide(cosmeticAllergy().claim(c -> c.filedDaysAfterDelivery(31)));

        assertThat(decision).denies(ALLERGY_INSURANCE).becauseExactly("CLAIM_WINDOW_CLOSED").byRule("ALG-12")
                .withDetail("reported 31 days after delivery, limit 30");
    }

    @Test
    void should_grant_allergy_insurance_when_reported_at_the_last_second_of_the_30th_calendar_day() {
        // GIVEN delivery at 23:59 on 3 March (Shanghai); 2 April is the 30th calendar day after it
        Decision decision = decide(cosmeticAllergy()
                .order(o -> o.deliveredAt(shanghai(2026, 3, 3, 23, 59, 0)))
                .claim(c -> c.filedAt(shanghai(2026, 4, 2, 23, 59, 59))));

        assertThat(decision).grants(ALLERGY_INSURANCE).byRule("ALG-20");
    }

    @Test
    void should_deny_allergy_insurance_when_reported_at_midnight_starting_the_31st_calendar_day() {
        // GIVEN delivery at 23:59 on 3 March (Shanghai): 3 April 00:00 is only 30 days and one minute later
        Decision decision = decide(cosmeticAllergy()
                .order(o -> o.deliveredAt(shanghai(2026, 3, 3, 23, 59, 0)))
                .claim(c -> c.filedAt(shanghai(2026, 4, 3, 0, 0, 0))));

        assertThat(decision).denies(ALLERGY_INSURANCE).becauseExactly("CLAIM_WINDOW_CLOSED").byRule("ALG-12")
                .withDetail("reported 31 days after delivery, limit 30");
    }

    @Test
    void should_count_days_in_shanghai_not_utc_when_delivery_falls_on_the_previous_utc_day() {
        // GIVEN delivery on 3 March 07:00 Shanghai, which is still 2 March in UTC
        Instant delivered = OffsetDateTime.of(2026, 3, 2, 23, 0, 0, 0, ZoneOffset.UTC).toInstant();
        // WHEN reported on 2 April 23:30 Shanghai: the 30th day in Shanghai, the 31st in UTC
        Decision decision = decide(cosmeticAllergy()
                .order(o -> o.deliveredAt(delivered))
                .claim(c -> c.filedAt(shanghai(2026, 4, 2, 23, 30, 0))));

        assertThat(decision).grants(ALLERGY_INSURANCE).byRule("ALG-20");
    }

    // --- claim: denied ---

    @Test
    void should_deny_allergy_insurance_when_the_category_is_not_covered() {
        Decision decision = decide(claim(ClaimType.ALLERGY).order(o -> o.category(Category.APPAREL)));

        assertThat(decision).denies(ALLERGY_INSURANCE).becauseExactly("GUARANTEE_NOT_CARRIED").byRule("ALG-10")
                .withDetail("category APPAREL is not COSMETICS or SKINCARE");
    }

    @Test
    void should_deny_allergy_insurance_when_the_order_was_not_delivered() {
        Decision decision = decide(cosmeticAllergy().order(o -> o.notDelivered()));

        assertThat(decision).denies(ALLERGY_INSURANCE).becauseExactly("NOT_DELIVERED").byRule("ALG-11")
                .withDetail("the order has not been delivered")
                .and().didNotFireRule("ALG-12");
    }

    @Test
    void should_deny_allergy_insurance_when_no_evidence_is_attached() {
        Decision decision = decide(cosmeticAllergy().claim(c -> c.evidenceAttached(false)));

        assertThat(decision).denies(ALLERGY_INSURANCE).becauseExactly("EVIDENCE_MISSING").byRule("ALG-13")
                .withDetail("no photo or medical record of the allergy is attached");
    }

    @Test
    void should_grant_allergy_insurance_when_the_buyer_made_no_earlier_claim_on_the_product() {
        Decision decision = decide(cosmeticAllergy().claim(c -> c.priorClaimsSameProduct180d(0)));

        assertThat(decision).grants(ALLERGY_INSURANCE).byRule("ALG-20").and().didNotFireRule("ALG-14");
    }

    @Test
    void should_deny_allergy_insurance_when_the_buyer_already_claimed_on_the_product_in_180_days() {
        Decision decision = decide(cosmeticAllergy().claim(c -> c.priorClaimsSameProduct180d(1)));

        assertThat(decision).denies(ALLERGY_INSURANCE).becauseExactly("REPEAT_CLAIM").byRule("ALG-14")
                .withDetail("1 allergy claims on this product in the last 180 days, at most 1 allowed");
    }
}
