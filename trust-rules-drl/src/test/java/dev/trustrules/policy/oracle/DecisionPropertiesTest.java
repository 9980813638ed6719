package dev.trustrules.policy.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.EvaluationException;
import dev.trustrules.Guarantee;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.internal.run.InsertionOrder;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Properties of the default policy that hold whatever the facts, checked with jqwik on the threshold
 * generator ({@link ThresholdRequests}); every generated request is also compared with the reference
 * oracle. Seeds are fixed, so a failure reproduces; jqwik prints the seed and tries of each property.
 * 22,000 tries in all; {@code -Djqwik.tries.default} does not apply (tries are set per property).
 */
class DecisionPropertiesTest {
    static final String SEED = "20261201";

    private static final TrustPolicy POLICY = TrustPolicy.builder().defaultPolicy().build();
    /** A second, independently built instance of the same policy. */
    private static final TrustPolicy SECOND = TrustPolicy.builder().defaultPolicy().build();

    @AfterContainer
    static void close() {
        POLICY.close();
        SECOND.close();
    }

    @Provide
    Arbitrary<TrustRequest> requests() {
        return ThresholdRequests.arbitrary();
    }

    @Provide
    Arbitrary<TrustRequest> claims() {
        return Arbitraries.randomValue(ThresholdRequests::claim).withoutEdgeCases();
    }

    @Provide
    Arbitrary<TrustRequest> claimsWithViolations() {
        return Arbitraries.randomValue(ThresholdRequests::claimWithViolation).withoutEdgeCases();
    }

    @Provide
    Arbitrary<TrustRequest> checkouts() {
        return Arbitraries.randomValue(ThresholdRequests::checkout).withoutEdgeCases();
    }

    @Property(tries = 5_000, seed = SEED, shrinking = ShrinkingMode.OFF)
    void should_decide_as_the_oracle_when_jqwik_generates_the_facts(@ForAll("requests") TrustRequest request) {
        assertThat(DifferentialCheck.compare(POLICY, request)).isNull();
    }

    @Property(tries = 5_000, seed = SEED, shrinking = ShrinkingMode.OFF)
    void should_pay_neither_negative_nor_above_the_cap_when_a_claim_is_granted(@ForAll("claims") TrustRequest request) {
        assertThat(DifferentialCheck.compare(POLICY, request)).isNull();
        Decision decision;
        try {
            decision = POLICY.evaluate(request);
        } catch (EvaluationException e) {
            return; // an overflow the oracle expects too: no decision, so nothing paid
        }
        long paid = request.order().paidFen();
        long freight = request.claim().freightFen();
        long freightPaid = 0;
        for (Entitlement e : decision.entitlements()) {
            assertThat(e.refundFen()).as("refund of %s", e).isBetween(0L, paid);
            assertThat(e.payoutFen()).as("payout of %s", e).isNotNegative();
            switch (e.type()) {
                case FAKE_ONE_PAY_TEN -> assertThat(e.payoutFen() - request.claim().appraisalFeeFen())
                        .as("compensation of %s", e).isBetween(0L, ReferenceOracle.FAKE_CAP_FEN);
                case FREIGHT_INSURANCE -> assertThat(e.payoutFen()).as("freight of %s", e)
                        .isBetween(1L, Math.min(ReferenceOracle.FREIGHT_CAP_FEN, freight));
                case SELLER_FAULT_RETURN, EXCHANGE -> assertThat(e.payoutFen()).as("return freight the shop pays, %s", e)
                        .isBetween(0L, freight);
                default -> assertThat(e.payoutFen()).as("payout of %s", e).isZero();
            }
            if (e.type() == EntitlementType.FREIGHT_INSURANCE || e.type() == EntitlementType.SELLER_FAULT_RETURN
                    || e.type() == EntitlementType.EXCHANGE) {
                freightPaid += e.payoutFen();
            }
        }
        // the return freight is reimbursed at most once; in full when the seller is at fault
        assertThat(freightPaid).as("return freight reimbursed, of %d paid", freight).isLessThanOrEqualTo(freight);
        if (request.claim().returnReason() != null && request.claim().returnReason().isSellerFault()
                && (decision.grants(EntitlementType.SELLER_FAULT_RETURN) || decision.grants(EntitlementType.EXCHANGE))) {
            assertThat(freightPaid).as("return freight reimbursed for the seller's fault").isEqualTo(freight);
        }
    }

    @Property(tries = 2_000, seed = SEED, shrinking = ShrinkingMode.OFF)
    void should_count_a_confirmed_counterfeit_once_when_a_claim_and_a_violation_document_both_confirm_it(
            @ForAll("claimsWithViolations") TrustRequest request) {
        assertThat(DifferentialCheck.compare(POLICY, request)).isNull();
        Decision decision;
        try {
            decision = POLICY.evaluate(request);
        } catch (EvaluationException e) {
            return;
        }
        long counterfeitPoints = decision.sanctions(SanctionType.VIOLATION_POINTS).stream()
                .filter(s -> s.rule().startsWith("CF-")).count();
        boolean confirmed = request.violation().type() == ViolationType.COUNTERFEIT_SALE
                || request.claim().authenticityVerdict() == AuthenticityVerdict.FAKE;
        assertThat(counterfeitPoints).as("counterfeit cases sanctioned").isEqualTo(confirmed ? 1 : 0);
    }

    @Property(tries = 4_000, seed = SEED, shrinking = ShrinkingMode.OFF)
    void should_never_gain_an_optional_guarantee_when_the_shop_is_banned(@ForAll("checkouts") TrustRequest checkout) {
        TrustRequest banned = withShop(checkout, ShopStatus.BANNED, checkout.shop() == null ? 4.0 : checkout.shop().experienceScore());
        TrustRequest good = withShop(checkout, ShopStatus.ACTIVE, 5.0);
        assertThat(DifferentialCheck.compare(POLICY, banned)).isNull();

        Decision whenBanned = POLICY.evaluate(banned);
        Set<EntitlementType> inGoodStanding = POLICY.evaluate(good).guarantees().stream().map(Guarantee::type)
                .collect(Collectors.toSet());

        assertThat(whenBanned.guarantees()).extracting(Guarantee::reason).doesNotContain("SHOP_ENROLLED");
        assertThat(whenBanned.guarantees()).extracting(Guarantee::type).isSubsetOf(inGoodStanding);
        assertThat(whenBanned.notes("OPTIONAL_GUARANTEES_WITHHELD")).hasSize(1);
    }

    @Property(tries = 3_000, seed = SEED, shrinking = ShrinkingMode.OFF)
    void should_decide_the_same_when_the_facts_are_inserted_in_another_order(@ForAll("requests") TrustRequest request,
            @ForAll long shuffle) {
        assertThat(DifferentialCheck.compare(POLICY, request)).isNull();
        Object inOrder = outcome(POLICY, request);
        for (int k = 0; k < 2; k++) {
            Random random = new Random(shuffle + k);
            Object shuffled = InsertionOrder.shuffled(random, () -> outcome(POLICY, request));
            assertThat(shuffled).isEqualTo(inOrder);
        }
    }

    @Property(tries = 3_000, seed = SEED, shrinking = ShrinkingMode.OFF)
    void should_give_the_same_decision_when_the_same_request_is_evaluated_again(@ForAll("requests") TrustRequest request,
            @ForAll("requests") TrustRequest another) {
        assertThat(DifferentialCheck.compare(POLICY, request)).isNull();
        Object first = outcome(POLICY, request);
        outcome(POLICY, another); // a pooled session decides something else in between

        assertThat(outcome(POLICY, request)).isEqualTo(first);
        assertThat(outcome(SECOND, request)).isEqualTo(first);
    }

    /** The decision, or the failure's message: equal outcomes are equal decisions or the same failure. */
    private static Object outcome(TrustPolicy policy, TrustRequest request) {
        try {
            return policy.evaluate(request);
        } catch (EvaluationException e) {
            return "failed: " + e.getMessage();
        }
    }

    private static TrustRequest withShop(TrustRequest r, ShopStatus status, double score) {
        ShopAccount s = r.shop() != null ? r.shop()
                : new ShopAccount(r.order().shopId(), "owner1", null, null, status, 0, 0, score, 0, 0, null);
        ShopAccount shop = new ShopAccount(s.id(), s.ownerId(), s.licenceId(), s.streamerId(), status, s.violationPoints365d(),
                s.confirmedCounterfeits365d(), score, s.depositFen(), s.requiredDepositFen(), s.depositShortfallSince());
        return new TrustRequest(r.evaluatedAt(), r.order(), r.buyer(), shop, r.claim(), r.violation(), r.listing(),
                r.application(), r.brand(), r.creator(), null, r.reports());
    }
}
