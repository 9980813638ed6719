package dev.trustrules.policy;

import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;
import static dev.trustrules.test.TrustFixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.facts.ViolationType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same request gives the same decision, whose lists are in enum order whatever order the rules fired in. */
class DeterminismTest {

    static Stream<TrustRequest> requests() {
        return Stream.of(
                checkout().order(o -> o.category(Category.JEWELLERY).authenticated(true).paidFen(5_000)).build(),
                claim(ClaimType.COUNTERFEIT).order(o -> o.category(Category.FOOD).enrolledIn(EntitlementType.FAKE_ONE_PAY_TEN).paidFen(9_999)).build(),
                claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.NO_REASON)).build(),
                claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.NO_REASON).itemIntact(false).filedDaysAfterDelivery(20)).build(),
                claim(ClaimType.COUNTERFEIT).claim(c -> c.verdict(AuthenticityVerdict.GENUINE).filedDaysAfterDelivery(100)).build(),
                violation(ViolationType.COUNTERFEIT_SALE).shop(s -> s.confirmedCounterfeits365d(2).violationPoints365d(40)).build(),
                violation(ViolationType.FALSE_ADVERTISING).violation(v -> v.points(12)).build());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void should_give_equal_decisions_when_the_same_request_is_evaluated_twice(TrustRequest request) {
        Decision first = decide(request);
        Decision second = decide(request);

        assertThat(second).isEqualTo(first);
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Test
    void should_list_sanctions_in_enum_order_when_a_serious_counterfeit_imposes_several() {
        Decision decision = decide(violation(ViolationType.COUNTERFEIT_SALE).shop(s -> s.confirmedCounterfeits365d(2)));

        assertThat(decision.sanctions()).extracting(Sanction::type).containsExactly(
                SanctionType.SHOP_BAN, SanctionType.STREAMER_BAN, SanctionType.ALL_LISTINGS_DELISTED,
                SanctionType.SETTLEMENT_FROZEN, SanctionType.VIOLATION_POINTS, SanctionType.LISTING_REMOVED);
    }

    @Test
    void should_list_guarantees_in_enum_order_when_an_order_carries_several() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(800))
                .order(o -> o.category(Category.COSMETICS).paidFen(5_000).enrolledIn(EntitlementType.FAKE_ONE_PAY_TEN)));

        assertThat(decision.guarantees()).extracting(Guarantee::type).containsExactly(
                EntitlementType.FAKE_ONE_PAY_TEN, EntitlementType.REFUND_WITHOUT_RETURN, EntitlementType.FREIGHT_INSURANCE,
                EntitlementType.ALLERGY_INSURANCE, EntitlementType.NO_REASON_RETURN_7D);
    }

    @Test
    void should_list_entitlements_in_enum_order_when_a_claim_is_granted_two() {
        Decision decision = decide(claim(ClaimType.RETURN).claim(c -> c.returnReason(ReturnReason.NO_REASON)));

        assertThat(decision.entitlements()).extracting(Entitlement::type)
                .containsExactly(EntitlementType.FREIGHT_INSURANCE, EntitlementType.NO_REASON_RETURN_7D);
    }

    @Test
    void should_list_denials_by_type_then_rule_when_several_conditions_fail() {
        Decision decision = decide(claim(ClaimType.RETURN)
                .claim(c -> c.returnReason(ReturnReason.NO_REASON).itemIntact(false).filedDaysAfterDelivery(20)));

        List<String> rules = decision.denials().stream().map(d -> d.type() + " " + d.rule().substring(0, d.rule().indexOf(' '))).toList();
        assertThat(rules).containsExactly("FREIGHT_INSURANCE FRT-12", "NO_REASON_RETURN_7D NRR-12", "NO_REASON_RETURN_7D NRR-13");
        assertThat(decision.denials()).extracting(Denial::reason)
                .containsExactly("RETURN_NOT_ACCEPTED", "RETURN_WINDOW_CLOSED", "ITEM_NOT_INTACT");
    }

    @Test
    void should_list_fired_rules_sorted_by_name() {
        Decision decision = decide(claim(ClaimType.COUNTERFEIT));

        assertThat(decision.firedRules()).isSorted().doesNotHaveDuplicates();
    }
}
