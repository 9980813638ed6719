package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.EXCHANGE;
import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.claim;
import static dev.trustrules.test.TrustFixtures.shanghai;

import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.test.RequestFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Exchange (换货) beside return: guarantees/exchange.drl, EXG-10 to EXG-22. Without a reason, within the
 * 7-day no-reason window (168 hours from 00:00 of the day after sign-off: signed 3 March 10:00, it closes
 * 11 March 00:00) on the no-reason return's terms; for the seller's fault, within sellerFaultExchangeDays =
 * 15 after delivery (48 hours after sign-off for a fault visible on arrival), with its evidence. The shop
 * ships the replacement; for its own fault it also pays the return freight the insurance does not.
 */
class ExchangeTest {
    private static final Instant SIGNED = shanghai(2026, 3, 3, 10, 0, 0);

    private static RequestFixture exchange(ReturnReason reason) {
        return claim(ClaimType.EXCHANGE).claim(c -> c.returnReason(reason).freightFen(1_200));
    }

    // --- without a reason: the 7-day window ---

    @Test
    void should_exchange_without_a_reason_within_the_7_day_window_the_insurance_paying_the_freight() {
        Decision decision = decide(exchange(ReturnReason.NO_REASON).claim(c -> c.filedAt(shanghai(2026, 3, 10, 23, 59, 59))));

        assertThat(decision).grants(EXCHANGE).withRefundFen(0).withPayoutFen(0).paidBy(Payer.SHOP).withReturnRequired()
                .because("NO_REASON_EXCHANGE").byRule("EXG-20")
                .and().grants(FREIGHT_INSURANCE).withPayoutFen(1_200).paidBy(Payer.INSURER).byRule("FRT-20")
                .and().hasNoDenials();
    }

    @Test
    void should_deny_the_exchange_and_its_freight_when_filed_as_the_7_day_window_closes() {
        Decision decision = decide(exchange(ReturnReason.NO_REASON).claim(c -> c.filedAt(shanghai(2026, 3, 11, 0, 0, 0))));

        assertThat(decision).denies(EXCHANGE).becauseExactly("RETURN_WINDOW_CLOSED").byRule("EXG-13")
                .withDetail("filed 2026-03-11T00:00 (Asia/Shanghai); the window of 168 hours from 00:00 of the day after sign-off "
                        + "closed 2026-03-11T00:00")
                .and().denies(FREIGHT_INSURANCE).becauseExactly("RETURN_NOT_ACCEPTED").byRule("FRT-12")
                .withDetail("the exchange was denied (RETURN_WINDOW_CLOSED), so there is no accepted return to reimburse");
    }

    @Test
    void should_deny_a_no_reason_exchange_in_a_category_excluded_from_no_reason_returns() {
        Decision decision = decide(exchange(ReturnReason.NO_REASON).order(o -> o.category(Category.CUSTOM_MADE)));

        assertThat(decision).denies(EXCHANGE).becauseExactly("CATEGORY_EXCLUDED").byRule("EXG-12")
                .withDetail("category CUSTOM_MADE is excluded from 7-day no-reason returns and exchanges");
    }

    @Test
    void should_deny_a_no_reason_exchange_of_an_item_that_is_not_intact() {
        Decision decision = decide(exchange(ReturnReason.NO_REASON).claim(c -> c.itemIntact(false)));

        assertThat(decision).denies(EXCHANGE).becauseExactly("ITEM_NOT_INTACT").byRule("EXG-14")
                .withDetail("the item is not intact (used, damaged or tags removed)");
    }

    @Test
    void should_not_need_evidence_for_a_no_reason_exchange() {
        Decision decision = decide(exchange(ReturnReason.NO_REASON).claim(c -> c.evidenceAttached(false)));

        assertThat(decision).grants(EXCHANGE).byRule("EXG-20");
    }

    // --- for the seller's fault: 15 days, the shop pays the freight ---

    @Test
    void should_exchange_for_the_sellers_fault_on_the_15th_day_after_delivery() {
        Decision decision = decide(exchange(ReturnReason.WRONG_ITEM).claim(c -> c.filedDaysAfterDelivery(15).freightFen(3_000)));

        assertThat(decision).grants(EXCHANGE).withRefundFen(0).withPayoutFen(500).paidBy(Payer.SHOP).withReturnRequired()
                .because("SELLER_AT_FAULT_INSURED").byRule("EXG-21")
                .and().grants(FREIGHT_INSURANCE).withPayoutFen(2_500).byRule("FRT-20");
    }

    @Test
    void should_deny_an_exchange_for_the_sellers_fault_on_the_16th_day_after_delivery() {
        Decision decision = decide(exchange(ReturnReason.QUALITY_PROBLEM).claim(c -> c.filedDaysAfterDelivery(16)));

        assertThat(decision).denies(EXCHANGE).becauseExactly("CLAIM_WINDOW_CLOSED").byRule("EXG-15")
                .withDetail("an exchange for QUALITY_PROBLEM filed 16 days after delivery, limit 15");
    }

    @Test
    void should_charge_the_shop_the_whole_freight_of_an_exchange_for_its_fault_when_no_insurance_covers_it() {
        Decision decision = decide(exchange(ReturnReason.NOT_AS_DESCRIBED).buyer(b -> b.creditScore(500)));

        assertThat(decision).grants(EXCHANGE).withPayoutFen(1_200).paidBy(Payer.SHOP).because("SELLER_AT_FAULT").byRule("EXG-22")
                .and().denies(FREIGHT_INSURANCE).becauseExactly("GUARANTEE_NOT_CARRIED");
    }

    @Test
    void should_exchange_transit_damage_reported_48_hours_after_sign_off_and_not_one_second_later() {
        Decision inTime = decide(exchange(ReturnReason.DAMAGED_IN_TRANSIT).claim(c -> c.filedAfterDelivery(Duration.ofHours(48))));
        Decision late = decide(exchange(ReturnReason.DAMAGED_IN_TRANSIT)
                .claim(c -> c.filedAfterDelivery(Duration.ofHours(48).plusSeconds(1))));

        assertThat(inTime).grants(EXCHANGE).byRule("EXG-21");
        assertThat(late).denies(EXCHANGE).becauseExactly("REPORT_WINDOW_CLOSED").byRule("EXG-16")
                .withDetail("DAMAGED_IN_TRANSIT reported 49 hours after sign-off, limit 48");
    }

    @Test
    void should_deny_an_exchange_for_the_sellers_fault_without_its_evidence_or_when_the_buyer_caused_the_damage() {
        Decision noEvidence = decide(exchange(ReturnReason.QUALITY_PROBLEM).claim(c -> c.evidenceAttached(false)));
        Decision buyerDamage = decide(exchange(ReturnReason.QUALITY_PROBLEM).claim(c -> c.buyerCausedDamage(true)));

        assertThat(noEvidence).denies(EXCHANGE).becauseExactly("EVIDENCE_MISSING").byRule("EXG-17")
                .withDetail("an exchange for QUALITY_PROBLEM needs photos of the defect; none is attached");
        assertThat(buyerDamage).denies(EXCHANGE).becauseExactly("BUYER_CAUSED_DAMAGE").byRule("EXG-18")
                .withDetail("inspection found the damage was caused by the buyer");
    }

    @Test
    void should_exchange_for_the_sellers_fault_in_a_category_excluded_from_no_reason_returns() {
        Decision decision = decide(exchange(ReturnReason.QUALITY_PROBLEM).order(o -> o.category(Category.FRESH_FOOD)));

        assertThat(decision).grants(EXCHANGE).byRule("EXG-21").and().hasNoDenials();
    }

    // --- what every exchange needs ---

    @Test
    void should_deny_an_exchange_that_names_no_reason() {
        Decision decision = decide(exchange(null));

        assertThat(decision).denies(EXCHANGE).becauseExactly("RETURN_REASON_MISSING").byRule("EXG-11")
                .withDetail("the exchange claim names no reason")
                .and().denies(FREIGHT_INSURANCE).becauseExactly("RETURN_REASON_MISSING", "RETURN_NOT_ACCEPTED");
    }

    @Test
    void should_deny_an_exchange_when_the_order_was_not_delivered() {
        Decision decision = decide(exchange(ReturnReason.WRONG_ITEM).order(o -> o.notDelivered()));

        assertThat(decision).denies(EXCHANGE).becauseExactly("NOT_DELIVERED").byRule("EXG-10")
                .withDetail("the order has not been delivered");
    }
}
