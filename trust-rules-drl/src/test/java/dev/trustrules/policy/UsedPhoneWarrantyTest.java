package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
import static dev.trustrules.EntitlementType.NO_REASON_RETURN_7D;
import static dev.trustrules.EntitlementType.USED_PHONE_WARRANTY;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;

import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.RequestFixture;
import org.junit.jupiter.api.Test;

/** Used-phone 180-day warranty (二手手机180天保修): guarantees/used-phone-warranty.drl, UPW-01 to UPW-20. */
class UsedPhoneWarrantyTest {

    /** A defect claim on a used phone of 199.00 CNY, filed 3 days after delivery. */
    private static RequestFixture phoneDefect() {
        return claim(ClaimType.PHONE_DEFECT).order(o -> o.category(Category.USED_PHONE));
    }

    // --- checkout ---

    @Test
    void should_carry_the_warranty_when_the_order_is_a_used_phone() {
        Decision decision = decide(checkout().order(o -> o.category(Category.USED_PHONE)));

        // refund without return is excluded for used phones; the GOLD buyer's trust card brings freight insurance
        assertThat(decision).carriesGuarantee(USED_PHONE_WARRANTY).byRule("UPW-01").because("COVERED_CATEGORY")
                .and().carriesExactly(FREIGHT_INSURANCE, NO_REASON_RETURN_7D, USED_PHONE_WARRANTY);
    }

    @Test
    void should_not_carry_the_warranty_when_the_order_is_new_electronics() {
        Decision decision = decide(checkout().order(o -> o.category(Category.ELECTRONICS)));

        assertThat(decision).doesNotCarry(USED_PHONE_WARRANTY).didNotFireRule("UPW-01");
    }

    // --- claim: granted ---

    @Test
    void should_have_the_shop_repair_replace_or_refund_when_a_defect_is_reported_in_time() {
        Decision decision = decide(phoneDefect());

        assertThat(decision).grants(USED_PHONE_WARRANTY)
                .withRefundFen(0).withPayoutFen(0).paidBy(Payer.SHOP).withReturnRequired()
                .because("DEFECT_UNDER_WARRANTY").byRule("UPW-20")
                .and().hasNoDenials();
    }

    // --- the 180-day window ---

    @Test
    void should_grant_the_warranty_when_the_defect_is_reported_on_day_180() {
        Decision decision = decide(phoneDefect().claim(c -> c.filedDaysAfterDelivery(180)));

        assertThat(decision).grants(USED_PHONE_WARRANTY).because("DEFECT_UNDER_WARRANTY").byRule("UPW-20")
                .and().hasNoDenials();
    }

    @Test
    void should_deny_the_warranty_when_the_defect_is_reported_on_day_181() {
        Decision decision = decide(phoneDefect().claim(c -> c.filedDaysAfterDelivery(181)));

        assertThat(decision).denies(USED_PHONE_WARRANTY).becauseExactly("WARRANTY_EXPIRED").byRule("UPW-12")
                .withDetail("reported 181 days after delivery, limit 180");
    }

    // --- claim: denied ---

    @Test
    void should_deny_the_warranty_when_the_order_is_not_a_used_phone() {
        Decision decision = decide(claim(ClaimType.PHONE_DEFECT).order(o -> o.category(Category.ELECTRONICS)));

        assertThat(decision).denies(USED_PHONE_WARRANTY).becauseExactly("GUARANTEE_NOT_CARRIED").byRule("UPW-10")
                .withDetail("category ELECTRONICS is not covered by the used-phone warranty");
    }

    @Test
    void should_deny_the_warranty_when_the_order_was_not_delivered() {
        Decision decision = decide(phoneDefect().order(o -> o.notDelivered()));

        assertThat(decision).denies(USED_PHONE_WARRANTY).becauseExactly("NOT_DELIVERED").byRule("UPW-11")
                .withDetail("the order has not been delivered")
                .and().didNotFireRule("UPW-12");
    }

    @Test
    void should_deny_the_warranty_when_the_buyer_caused_the_damage() {
        Decision decision = decide(phoneDefect().claim(c -> c.buyerCausedDamage(true)));

        assertThat(decision).denies(USED_PHONE_WARRANTY).becauseExactly("BUYER_CAUSED_DAMAGE").byRule("UPW-13")
                .withDetail("inspection found the damage was caused by the buyer");
    }
}
