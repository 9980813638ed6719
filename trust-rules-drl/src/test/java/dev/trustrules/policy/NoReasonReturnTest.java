package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
import static dev.trustrules.EntitlementType.NO_REASON_RETURN_7D;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;
import static dev.trustrules.test.TrustFixtures.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.test.RequestFixture;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 7-day no-reason return (七天无理由退货): guarantees/no-reason-return.drl, NRR-01 to NRR-20. The
 * window is 168 hours from 00:00 (Asia/Shanghai) of the day after sign-off: for a parcel signed for on
 * 3 March it runs from 4 March 00:00 to 11 March 00:00, that instant excluded.
 */
class NoReasonReturnTest {
    private static final Instant SIGNED = shanghai(2026, 3, 3, 10, 0, 0);

    /** A no-reason return of the default apparel order, item intact, 12.00 CNY freight. */
    private static RequestFixture noReasonReturn() {
        return claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.NO_REASON));
    }

    private static RequestFixture signedAndFiled(Instant signed, Instant filed) {
        return noReasonReturn().order(o -> o.deliveredAt(signed)).claim(c -> c.filedAt(filed));
    }

    // --- checkout ---

    @Test
    void should_carry_no_reason_return_when_the_category_is_not_excluded() {
        Decision decision = decide(checkout().order(o -> o.category(Category.APPAREL)));

        assertThat(decision).carriesGuarantee(NO_REASON_RETURN_7D).byRule("NRR-01").because("CATEGORY_NOT_EXCLUDED");
    }

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"FRESH_FOOD", "FRESH_FRUIT", "CUSTOM_MADE", "INTIMATE_WEAR", "DIGITAL_DOWNLOAD"})
    void should_not_carry_no_reason_return_when_the_law_lets_the_category_be_excluded(Category category) {
        Decision decision = decide(checkout().order(o -> o.category(category)));

        assertThat(decision).doesNotCarry(NO_REASON_RETURN_7D).didNotFireRule("NRR-01");
    }

    // --- claim: granted ---

    @Test
    void should_refund_the_price_once_returned_when_a_no_reason_return_is_filed_in_time() {
        Decision decision = decide(noReasonReturn().order(o -> o.paidFen(19_900)));

        assertThat(decision).grants(NO_REASON_RETURN_7D)
                .withRefundFen(19_900).withPayoutFen(0).paidBy(Payer.SHOP).withReturnRequired()
                .because("NO_REASON_RETURN").byRule("NRR-20")
                .and().hasNoDenials();
    }

    @Test
    void should_leave_the_freight_to_the_buyer_when_no_insurance_covers_it() {
        // GIVEN a BASIC buyer and an order not flagged with freight insurance
        Decision decision = decide(noReasonReturn().buyer(b -> b.creditScore(500)));

        assertThat(decision).grants(NO_REASON_RETURN_7D).withRefundFen(19_900).byRule("NRR-20")
                .and().denies(FREIGHT_INSURANCE).becauseExactly("GUARANTEE_NOT_CARRIED");
    }

    @Test
    void should_not_ask_for_the_no_reason_return_when_the_return_names_a_seller_fault() {
        Decision decision = decide(claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.WRONG_ITEM)));

        assertThat(decision).doesNotGrant(NO_REASON_RETURN_7D).didNotFireRule("NRR-20");
        assertThat(decision.denials(NO_REASON_RETURN_7D)).isEmpty();
    }

    // --- the window: 168 hours from 00:00 of the day after sign-off ---

    @Test
    void should_grant_the_return_when_filed_one_second_before_the_window_closes() {
        Decision decision = decide(signedAndFiled(SIGNED, shanghai(2026, 3, 10, 23, 59, 59)));

        assertThat(decision).grants(NO_REASON_RETURN_7D).withRefundFen(19_900).byRule("NRR-20").and().hasNoDenials();
    }

    @Test
    void should_deny_the_return_when_filed_exactly_when_the_window_closes() {
        Decision decision = decide(signedAndFiled(SIGNED, shanghai(2026, 3, 11, 0, 0, 0)));

        assertThat(decision).denies(NO_REASON_RETURN_7D).becauseExactly("RETURN_WINDOW_CLOSED").byRule("NRR-12")
                .withDetail("filed 2026-03-11T00:00 (Asia/Shanghai); the window of 168 hours from 00:00 of the day after"
                        + " sign-off closed 2026-03-11T00:00");
    }

    @Test
    void should_deny_the_return_when_filed_one_second_after_the_window_closes() {
        Decision decision = decide(signedAndFiled(SIGNED, shanghai(2026, 3, 11, 0, 0, 1)));

        assertThat(decision).denies(NO_REASON_RETURN_7D).becauseExactly("RETURN_WINDOW_CLOSED").byRule("NRR-12")
                .withDetail("filed 2026-03-11T00:00:01 (Asia/Shanghai); the window of 168 hours from 00:00 of the day after"
                        + " sign-off closed 2026-03-11T00:00");
    }

    @Test
    void should_start_the_window_the_next_day_when_signed_for_one_second_before_midnight() {
        // signed 3 March 23:59:59: the window still starts 4 March 00:00 and closes 11 March 00:00
        Instant signed = shanghai(2026, 3, 3, 23, 59, 59);

        assertThat(decide(signedAndFiled(signed, shanghai(2026, 3, 10, 23, 59, 59)))).grants(NO_REASON_RETURN_7D);
        assertThat(decide(signedAndFiled(signed, shanghai(2026, 3, 11, 0, 0, 0))))
                .denies(NO_REASON_RETURN_7D).becauseExactly("RETURN_WINDOW_CLOSED").byRule("NRR-12");
    }

    @Test
    void should_start_the_window_a_day_later_when_signed_for_at_midnight() {
        // signed 4 March 00:00:00: the window starts 5 March 00:00 and closes 12 March 00:00
        Instant signed = shanghai(2026, 3, 4, 0, 0, 0);

        assertThat(decide(signedAndFiled(signed, shanghai(2026, 3, 11, 23, 59, 59)))).grants(NO_REASON_RETURN_7D);
        assertThat(decide(signedAndFiled(signed, shanghai(2026, 3, 12, 0, 0, 0))))
                .denies(NO_REASON_RETURN_7D).becauseExactly("RETURN_WINDOW_CLOSED").byRule("NRR-12")
                .withDetail("filed 2026-03-12T00:00 (Asia/Shanghai); the window of 168 hours from 00:00 of the day after"
                        + " sign-off closed 2026-03-12T00:00");
    }

    @Test
    void should_count_the_day_in_shanghai_when_signed_for_on_the_previous_utc_day() {
        // signed 3 March 17:00 UTC, which is 4 March 01:00 in Shanghai: the window closes 12 March 00:00 Shanghai
        Instant signed = OffsetDateTime.of(2026, 3, 3, 17, 0, 0, 0, ZoneOffset.UTC).toInstant();

        assertThat(decide(signedAndFiled(signed, shanghai(2026, 3, 11, 23, 59, 59)))).grants(NO_REASON_RETURN_7D);
        assertThat(decide(signedAndFiled(signed, shanghai(2026, 3, 12, 0, 0, 0))))
                .denies(NO_REASON_RETURN_7D).becauseExactly("RETURN_WINDOW_CLOSED").byRule("NRR-12");
    }

    // --- claim: denied ---

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"FRESH_FOOD", "FRESH_FRUIT", "CUSTOM_MADE", "INTIMATE_WEAR", "DIGITAL_DOWNLOAD"})
    void should_deny_the_return_when_the_category_is_excluded(Category category) {
        Decision decision = decide(noReasonReturn().order(o -> o.category(category)));

        assertThat(decision).denies(NO_REASON_RETURN_7D).becauseExactly("CATEGORY_EXCLUDED").byRule("NRR-10")
                .withDetail("category " + category + " is excluded from 7-day no-reason returns");
    }

    @Test
    void should_deny_the_return_when_the_order_was_not_delivered() {
        Decision decision = decide(noReasonReturn().order(o -> o.notDelivered()));

        assertThat(decision).denies(NO_REASON_RETURN_7D).becauseExactly("NOT_DELIVERED").byRule("NRR-11")
                .withDetail("the order has not been delivered")
                .and().didNotFireRule("NRR-12");
    }

    @Test
    void should_deny_the_return_when_the_item_is_not_intact() {
        Decision decision = decide(noReasonReturn().claim(c -> c.itemIntact(false)));

        assertThat(decision).denies(NO_REASON_RETURN_7D).becauseExactly("ITEM_NOT_INTACT").byRule("NRR-13")
                .withDetail("the item is not intact (used, damaged or tags removed)");
    }
}
