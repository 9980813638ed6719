package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionAssemblyTest {

    @TempDir
    Path dir;

    @Test
    void should_let_a_denial_override_a_grant_of_the_same_entitlement() {
        TestPolicies.withRules(dir, """
                rule "Y-01 grant"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "GRANTED", 100, 1000, Payer.SHOP, false));
                end

                rule "Y-02 deny"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                then
                    insert(new DenyEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "DENIED", "because"));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            Decision decision = policy.evaluate(Requests.counterfeitClaim(100));
            assertThat(decision.entitlements()).isEmpty();
            assertThat(decision.denials()).containsExactly(
                    new Denial(EntitlementType.FAKE_ONE_PAY_TEN, "Y-02 deny", "DENIED", "because"));
        }
    }

    @Test
    void should_refuse_two_grants_of_one_entitlement_naming_both_rules() {
        TestPolicies.withRules(dir, """
                rule "Y-03 first grant"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "ONE", 100, 1000, Payer.SHOP, false));
                end

                rule "Y-04 second grant"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "TWO", 100, 1000, Payer.SHOP, false));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(100)))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessage("policy " + policy.id() + " granted FAKE_ONE_PAY_TEN twice, by rules \"Y-03 first grant\" "
                            + "and \"Y-04 second grant\"; one grant per entitlement is allowed");
        }
    }

    @Test
    void should_deny_with_no_rule_matched_when_no_rule_answers_the_claim() {
        TestPolicies.withRules(dir, """
                rule "Y-05 unrelated"
                when
                    Order()
                then
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            Decision decision = policy.evaluate(Requests.counterfeitClaim(100));
            assertThat(decision.denials()).containsExactly(new Denial(EntitlementType.FAKE_ONE_PAY_TEN, "(engine)",
                    "NO_RULE_MATCHED", "no rule of policy test@1 granted or denied FAKE_ONE_PAY_TEN for a COUNTERFEIT claim"));
        }
    }

    @Test
    void should_list_outcomes_in_type_then_rule_order_whatever_order_rules_fire_in() {
        TestPolicies.withRules(dir, """
                rule "Z-09 fires first"
                    salience 10
                when
                    Order()
                then
                    insert(new ImposeSanction(SanctionType.WARNING, "LATE", 0, 0, ""));
                    insert(new CarryGuarantee(EntitlementType.OFFICIAL_AUTHENTICITY, "B"));
                end

                rule "A-01 fires last"
                    salience -10
                when
                    Order()
                then
                    insert(new ImposeSanction(SanctionType.SHOP_BAN, "EARLY", 0, 0, ""));
                    insert(new ImposeSanction(SanctionType.WARNING, "EARLY", 0, 0, ""));
                    insert(new CarryGuarantee(EntitlementType.FAKE_ONE_PAY_TEN, "A"));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            Decision decision = policy.evaluate(Requests.counterfeitClaim(100));
            assertThat(decision.sanctions()).extracting(Sanction::type, Sanction::rule).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(SanctionType.SHOP_BAN, "A-01 fires last"),
                    org.assertj.core.groups.Tuple.tuple(SanctionType.WARNING, "A-01 fires last"),
                    org.assertj.core.groups.Tuple.tuple(SanctionType.WARNING, "Z-09 fires first"));
            assertThat(decision.guarantees()).extracting(Guarantee::type)
                    .containsExactly(EntitlementType.FAKE_ONE_PAY_TEN, EntitlementType.OFFICIAL_AUTHENTICITY);
            assertThat(decision.firedRules()).containsExactly("A-01 fires last", "Z-09 fires first");
        }
    }

    @Test
    void should_drop_an_outcome_that_a_later_rule_retracts() {
        TestPolicies.withRules(dir, """
                rule "R-01 suspend"
                    salience 10
                when
                    Order()
                then
                    insert(new ImposeSanction(SanctionType.SHOP_SUSPENSION, "POINTS", 14, 0, ""));
                end

                rule "R-02 a ban supersedes the suspension"
                when
                    $s : ImposeSanction(type == SanctionType.SHOP_SUSPENSION)
                then
                    delete($s);
                    insert(new ImposeSanction(SanctionType.SHOP_BAN, "SERIOUS", 0, 0, ""));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            Decision decision = policy.evaluate(Requests.counterfeitClaim(100));
            assertThat(decision.sanctions()).extracting(Sanction::type).containsExactly(SanctionType.SHOP_BAN);
        }
    }

    @Test
    void should_refuse_an_order_in_another_currency_than_the_policy() {
        TestPolicies.withRules(dir, """
                rule "C-01 anything"
                when
                    Order()
                then
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            TrustRequest usd = TrustRequest.builder().order(Requests.order(19_900, "USD")).build();
            assertThatThrownBy(() -> policy.evaluate(usd))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessage("order.currency is USD, but policy " + policy.id()
                            + " decides amounts in CNY only; amounts in different currencies are never compared");
        }
    }

    @Test
    void should_decide_in_the_currency_the_policy_manifest_names() {
        TestPolicies.withRules(dir, """
                rule "C-02 refund"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                    Order($paid : paidFen)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "OK", $paid, 0, Payer.SHOP, false));
                end
                """);
        TestPolicies.write(dir, java.util.Map.of("policy.properties", "name=hk\nversion=1\ncurrency=HKD\n"));
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            TrustRequest cny = Requests.counterfeitClaim(100);
            assertThatThrownBy(() -> policy.evaluate(cny)).hasMessageStartingWith("order.currency is CNY, but policy hk@1");
        }
    }

    @Test
    void should_take_the_time_from_the_clock_when_the_request_has_none() {
        TestPolicies.withRules(dir, "rule \"T-01\" when EvaluationTime() then end\n");
        java.time.Instant now = java.time.Instant.parse("2026-05-01T00:00:00Z");
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir)
                .clock(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC)).build()) {
            TrustRequest undated = TrustRequest.builder().order(Requests.order(100, "CNY")).build();
            assertThat(policy.evaluate(undated).evaluatedAt()).isEqualTo(now);
            assertThat(policy.evaluate(undated.at(Requests.PAID)).evaluatedAt()).isEqualTo(Requests.PAID);
        }
    }

    @Test
    void should_keep_one_standing_item_per_reason_when_they_agree_on_the_tier() {
        TestPolicies.withRules(dir, """
                rule "Y-10 low for the score"
                when
                    ShopAccount($id : id)
                then
                    insert(new AssignStanding(Actor.SHOP, $id, StandingTier.LOW, "SCORE", "2.9"));
                    insert(new AssignTraffic(Actor.SHOP, $id, TrafficWeight.RESTRICTED, "LOW", ""));
                end

                rule "Y-11 low for the points"
                when
                    ShopAccount($id : id)
                then
                    insert(new AssignStanding(Actor.SHOP, $id, StandingTier.LOW, "POINTS", "12"));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            Decision decision = policy.evaluate(Requests.shopAlone());
            assertThat(decision.standings()).containsExactly(
                    new Standing(Actor.SHOP, "s-1", StandingTier.LOW, "Y-10 low for the score", "SCORE", "2.9"),
                    new Standing(Actor.SHOP, "s-1", StandingTier.LOW, "Y-11 low for the points", "POINTS", "12"));
            assertThat(decision.traffic()).containsExactly(
                    new Traffic(Actor.SHOP, "s-1", TrafficWeight.RESTRICTED, "Y-10 low for the score", "LOW", ""));
            assertThat(decision.notes()).isEmpty();
        }
    }

    @Test
    void should_refuse_two_standings_of_one_actor_naming_both_rules() {
        TestPolicies.withRules(dir, """
                rule "Y-12 high"
                when
                    ShopAccount($id : id)
                then
                    insert(new AssignStanding(Actor.SHOP, $id, StandingTier.HIGH, "GOOD", ""));
                end

                rule "Y-13 low"
                when
                    ShopAccount($id : id)
                then
                    insert(new AssignStanding(Actor.SHOP, $id, StandingTier.LOW, "BAD", ""));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThatThrownBy(() -> policy.evaluate(Requests.shopAlone()))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessage("policy " + policy.id() + " assigned two standings to the SHOP: HIGH by rule \"Y-12 high\" and LOW "
                            + "by rule \"Y-13 low\"");
        }
    }

    @Test
    void should_refuse_two_traffic_weights_of_one_actor_naming_both_rules() {
        TestPolicies.withRules(dir, """
                rule "Y-14 boost"
                when
                    ShopAccount($id : id)
                then
                    insert(new AssignTraffic(Actor.SHOP, $id, TrafficWeight.BOOST, "GOOD", ""));
                end

                rule "Y-15 restrict"
                when
                    ShopAccount($id : id)
                then
                    insert(new AssignTraffic(Actor.SHOP, $id, TrafficWeight.RESTRICTED, "BAD", ""));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThatThrownBy(() -> policy.evaluate(Requests.shopAlone()))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessage("policy " + policy.id() + " assigned two traffic weights to the SHOP: BOOST by rule \"Y-14 boost\" "
                            + "and RESTRICTED by rule \"Y-15 restrict\"");
        }
    }
}
