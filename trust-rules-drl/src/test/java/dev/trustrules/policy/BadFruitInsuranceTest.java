package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.BAD_FRUIT_INSURANCE;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;

import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.RequestFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad-fruit insurance (坏果险): guarantees/bad-fruit-insurance.drl, BFI-01 to BFI-20. */
class BadFruitInsuranceTest {

    /** A bad-fruit claim on fresh fruit, photos attached, reported 2 hours after sign-off. */
    private static RequestFixture rottenFruit(long paidFen, int spoiledPercent) {
        return claim(ClaimType.BAD_FRUIT)
                .order(o -> o.category(Category.FRESH_FRUIT).paidFen(paidFen))
                .claim(c -> c.spoiledPercent(spoiledPercent).filedAfterDelivery(Duration.ofHours(2)));
    }

    // --- checkout ---

    @Test
    void should_carry_bad_fruit_insurance_when_the_order_is_fresh_fruit() {
        Decision decision = decide(checkout().order(o -> o.category(Category.FRESH_FRUIT)));

        assertThat(decision).carriesGuarantee(BAD_FRUIT_INSURANCE).byRule("BFI-01").because("COVERED_CATEGORY");
    }

    @Test
    void should_not_carry_bad_fruit_insurance_when_the_order_is_other_fresh_food() {
        Decision decision = decide(checkout().order(o -> o.category(Category.FRESH_FOOD)));

        assertThat(decision).doesNotCarry(BAD_FRUIT_INSURANCE).didNotFireRule("BFI-01");
    }

    // --- claim: the spoiled share, rounded down to the fen ---

    @ParameterizedTest(name = "{1}% of {0} fen is {2} fen")
    @CsvSource({
        "19900,  50,  9950",
        "10001,  33,  3300",
        "19900, 100, 19900",
        "19999,   1,   199",
        "    99, 99,    98",
    })
    void should_refund_the_spoiled_share_without_a_return_when_reported_in_time(long paidFen, int percent, long refundFen) {
        Decision decision = decide(rottenFruit(paidFen, percent));

        assertThat(decision).grants(BAD_FRUIT_INSURANCE)
                .withRefundFen(refundFen).withPayoutFen(0).paidBy(Payer.INSURER).withoutReturn()
                .because("SPOILED_SHARE_REFUNDED").byRule("BFI-20")
                .and().hasNoDenials();
    }

    // --- the 24-hour window ---

    @Test
    void should_grant_bad_fruit_insurance_when_reported_exactly_24_hours_after_sign_off() {
        Decision decision = decide(rottenFruit(19_900, 50).claim(c -> c.filedAfterDelivery(Duration.ofHours(24))));

        assertThat(decision).grants(BAD_FRUIT_INSURANCE).withRefundFen(9_950).byRule("BFI-20").and().hasNoDenials();
    }

    @Test
    void should_deny_bad_fruit_insurance_when_reported_24_hours_and_one_second_after_sign_off() {
        Decision decision = decide(rottenFruit(19_900, 50)
                .claim(c -> c.filedAfterDelivery(Duration.ofHours(24).plusSeconds(1))));

        assertThat(decision).denies(BAD_FRUIT_INSURANCE).becauseExactly("REPORT_WINDOW_CLOSED").byRule("BFI-12")
                .withDetail("reported 25 hours after sign-off, limit 24");
    }

    @Test
    void should_round_the_hours_up_in_the_detail_when_reported_days_later() {
        Decision decision = decide(rottenFruit(19_900, 50).claim(c -> c.filedDaysAfterDelivery(3)));

        assertThat(decision).denies(BAD_FRUIT_INSURANCE).becauseExactly("REPORT_WINDOW_CLOSED").byRule("BFI-12")
                .withDetail("reported 72 hours after sign-off, limit 24");
    }

    // --- claim: denied ---

    @Test
    void should_deny_bad_fruit_insurance_when_the_order_is_not_fresh_fruit() {
        Decision decision = decide(claim(ClaimType.BAD_FRUIT)
                .order(o -> o.category(Category.APPAREL))
                .claim(c -> c.filedAfterDelivery(Duration.ofHours(2))));

        assertThat(decision).denies(BAD_FRUIT_INSURANCE).becauseExactly("GUARANTEE_NOT_CARRIED").byRule("BFI-10")
                .withDetail("category APPAREL is not covered by bad-fruit insurance");
    }

    @Test
    void should_deny_bad_fruit_insurance_when_the_order_was_not_delivered() {
        Decision decision = decide(rottenFruit(19_900, 50).order(o -> o.notDelivered()));

        assertThat(decision).denies(BAD_FRUIT_INSURANCE).becauseExactly("NOT_DELIVERED").byRule("BFI-11")
                .withDetail("the order has not been delivered")
                .and().didNotFireRule("BFI-12");
    }

    @Test
    void should_deny_bad_fruit_insurance_when_no_photo_is_attached() {
        Decision decision = decide(rottenFruit(19_900, 50).claim(c -> c.evidenceAttached(false)));

        assertThat(decision).denies(BAD_FRUIT_INSURANCE).becauseExactly("EVIDENCE_MISSING").byRule("BFI-13")
                .withDetail("no photo of the spoiled fruit is attached");
    }

    @Test
    void should_deny_bad_fruit_insurance_when_nothing_is_spoiled() {
        Decision decision = decide(rottenFruit(19_900, 0));

        assertThat(decision).denies(BAD_FRUIT_INSURANCE).becauseExactly("NOTHING_SPOILED").byRule("BFI-14")
                .withDetail("the claim reports 0% of the fruit spoiled");
    }
}
