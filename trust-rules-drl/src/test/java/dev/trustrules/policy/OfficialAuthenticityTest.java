package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.FAKE_ONE_PAY_TEN;
import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
import static dev.trustrules.EntitlementType.NO_REASON_RETURN_7D;
import static dev.trustrules.EntitlementType.OFFICIAL_AUTHENTICITY;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;

import dev.trustrules.Decision;
import dev.trustrules.facts.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Official authenticity (官方保真 / 珍宝仓): guarantees/official-authenticity.drl, OFA-01 (and FOPT-02). */
class OfficialAuthenticityTest {

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"JEWELLERY", "LUXURY"})
    void should_carry_the_authenticity_badge_and_fake_one_pay_ten_when_an_item_passed_the_warehouse(Category category) {
        Decision decision = decide(checkout().order(o -> o.category(category).authenticated(true)));

        assertThat(decision).carriesGuarantee(OFFICIAL_AUTHENTICITY).byRule("OFA-01").because("AUTHENTICATED")
                .and().carriesGuarantee(FAKE_ONE_PAY_TEN).byRule("FOPT-02").because("MANDATORY_IN_CATEGORY")
                .and().carriesExactly(FAKE_ONE_PAY_TEN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D, OFFICIAL_AUTHENTICITY);
    }

    @Test
    void should_not_carry_the_authenticity_badge_when_the_item_skipped_the_warehouse() {
        Decision decision = decide(checkout().order(o -> o.category(Category.JEWELLERY).authenticated(false)));

        // fake-one-pay-ten stays mandatory in the category
        assertThat(decision).doesNotCarry(OFFICIAL_AUTHENTICITY).didNotFireRule("OFA-01")
                .carriesGuarantee(FAKE_ONE_PAY_TEN).byRule("FOPT-02");
    }

    @Test
    void should_not_carry_the_authenticity_badge_when_the_category_is_not_routed_through_the_warehouse() {
        Decision decision = decide(checkout().order(o -> o.category(Category.APPAREL).authenticated(true)));

        assertThat(decision).doesNotCarry(OFFICIAL_AUTHENTICITY).didNotFireRule("OFA-01").doesNotCarry(FAKE_ONE_PAY_TEN);
    }
}
