package dev.trustrules.policy;

import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.request;
import static dev.trustrules.test.TrustFixtures.shopReview;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.facts.Category;
import org.junit.jupiter.api.Test;

/** Whatever a request holds, its decision says something: never an empty decision. */
class ExplicitOutcomeTest {

    @Test
    void should_grade_the_buyer_when_the_request_holds_a_buyer_alone() {
        Decision decision = decide(request().buyer(b -> b.creditScore(700)));

        assertThat(decision).hasBuyerTier(BuyerTier.GOLD).firedRule("BT-02").hasNoSanctions().hasNoDenials();
        assertThat(decision.guarantees()).isEmpty();
        assertThat(Notes.of(decision)).isEmpty();
    }

    @Test
    void should_note_good_standing_when_the_request_holds_a_shop_alone() {
        Decision decision = decide(shopReview());

        assertThat(Notes.of(decision)).containsExactly(
                "SHOP_IN_GOOD_STANDING by SR-10: shop s-1 meets the experience-score and deposit requirements");
    }

    @Test
    void should_note_that_no_rule_matched_when_an_order_carries_nothing() {
        // fresh food with no buyer or shop: no guarantee applies (7-day returns excluded, no insurance)
        Decision decision = decide(request().order(o -> o.category(Category.FRESH_FOOD)));

        assertThat(decision).hasBuyerTier(null).hasNoDenials().hasNoSanctions();
        assertThat(decision.guarantees()).isEmpty();
        assertThat(Notes.of(decision)).containsExactly(
                "NO_RULE_MATCHED by (engine): no rule of policy trust-default@2026.11.0 decided anything about this request");
    }
}
