package dev.trustrules;

import static dev.trustrules.FieldCase.accepts;
import static dev.trustrules.FieldCase.nonNegative;
import static dev.trustrules.FieldCase.readsAs;
import static dev.trustrules.FieldCase.rejects;
import static dev.trustrules.FieldCase.required;
import static dev.trustrules.FieldCase.requiredId;
import static dev.trustrules.FieldCase.requiredText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every constructor check of the decision records on both sides, and the fixed order of a decision's lists. */
class DecisionValidationTest {
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final PolicyId POLICY = new PolicyId("default", "2026.11.0", "0123456789abcdef0123");
    private static final Guarantee GUARANTEE = new Guarantee(EntitlementType.FAKE_ONE_PAY_TEN, "FOPT-01 badge", "SHOP_ENROLLED");
    private static final Entitlement ENTITLEMENT = new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, 19_900L, 199_000L,
            "CNY", Payer.SHOP, false, "FOPT-20 grant", "COUNTERFEIT_CONFIRMED");
    private static final Denial DENIAL = new Denial(EntitlementType.REFUND_WITHOUT_RETURN, "RWR-02 tier", "TIER_TOO_LOW",
            "buyer tier SILVER is below GOLD");
    private static final Sanction SANCTION = new Sanction(SanctionType.SHOP_SUSPENSION, 14, 24, "VP-03 suspend",
            "POINTS_SHORT_SUSPENSION_THRESHOLD", "24 points");
    private static final Note NOTE = new Note("LISTING_CLEARED", "LI-09 cleared", "no signal");
    private static final Standing STANDING = new Standing(Actor.SHOP, "s-1", StandingTier.HIGH, "ST-10 high", "HIGH_TRUST_RECORD",
            "4.6");
    private static final Traffic TRAFFIC = new Traffic(Actor.CREATOR, "c-1", TrafficWeight.BOOST, "CTR-10 boost",
            "HIGH_TRUST_REPEAT_CUSTOMERS", "index 70");
    private static final Problem PROBLEM = new Problem("rules/a.drl", 3, 7, Problem.Severity.ERROR, "unknown field");
    private static final PolicyVersion VERSION = new PolicyVersion(POLICY, AT);
    private static final ReloadResult RELOAD = new ReloadResult(ReloadResult.Outcome.REFUSED, POLICY, List.of(PROBLEM));
    private static final Decision DECISION = new Decision(POLICY, AT, BuyerTier.GOLD, List.of(GUARANTEE),
            List.of(ENTITLEMENT), List.of(DENIAL), List.of(SANCTION), List.of(NOTE), List.of(STANDING), List.of(TRAFFIC),
            List.of("FOPT-20 grant"));
    private static final DecisionRecord RECORD = new DecisionRecord(
            TrustRequest.builder().order(Requests.order(19_900, "CNY")).build(), DECISION);

    static Stream<FieldCase> checks() {
        return Stream.of(
                required(GUARANTEE, "type", "guarantee.type"),
                requiredText(GUARANTEE, "rule", "guarantee.rule"),
                requiredText(GUARANTEE, "reason", "guarantee.reason"),
                required(ENTITLEMENT, "type", "entitlement.type"),
                nonNegative(ENTITLEMENT, "refundFen", "entitlement.refundFen"),
                nonNegative(ENTITLEMENT, "payoutFen", "entitlement.payoutFen"),
                requiredText(ENTITLEMENT, "currency", "entitlement.currency"),
                required(ENTITLEMENT, "payer", "entitlement.payer"),
                requiredText(ENTITLEMENT, "rule", "entitlement.rule"),
                requiredText(ENTITLEMENT, "reason", "entitlement.reason"),
                required(DENIAL, "type", "denial.type"),
                requiredText(DENIAL, "rule", "denial.rule"),
                requiredText(DENIAL, "reason", "denial.reason"),
                Stream.of(readsAs(DENIAL, "detail", null, ""), accepts(DENIAL, "detail", "x")),
                required(SANCTION, "type", "sanction.type"),
                nonNegative(SANCTION, "days", "sanction.days"),
                nonNegative(SANCTION, "points", "sanction.points"),
                requiredText(SANCTION, "rule", "sanction.rule"),
                requiredText(SANCTION, "reason", "sanction.reason"),
                Stream.of(readsAs(SANCTION, "detail", null, ""), accepts(SANCTION, "detail", "x")),
                requiredText(NOTE, "code", "note.code"),
                requiredText(NOTE, "rule", "note.rule"),
                Stream.of(readsAs(NOTE, "detail", null, ""), accepts(NOTE, "detail", "x")),
                required(STANDING, "actor", "standing.actor"),
                requiredId(STANDING, "actorId", "standing.actorId"),
                required(STANDING, "tier", "standing.tier"),
                requiredText(STANDING, "rule", "standing.rule"),
                requiredText(STANDING, "reason", "standing.reason"),
                Stream.of(readsAs(STANDING, "detail", null, ""), accepts(STANDING, "detail", "x")),
                required(TRAFFIC, "actor", "traffic.actor"),
                requiredId(TRAFFIC, "actorId", "traffic.actorId"),
                required(TRAFFIC, "weight", "traffic.weight"),
                requiredText(TRAFFIC, "rule", "traffic.rule"),
                requiredText(TRAFFIC, "reason", "traffic.reason"),
                Stream.of(readsAs(TRAFFIC, "detail", null, ""), accepts(TRAFFIC, "detail", "x")),
                requiredText(POLICY, "name", "policy.name"),
                requiredText(POLICY, "version", "policy.version"),
                requiredText(POLICY, "sha256", "policy.sha256"),
                required(VERSION, "id", "policyVersion.id"),
                Stream.of(accepts(VERSION, "effectiveFrom", null)),
                Stream.of(
                        readsAs(PROBLEM, "file", null, "(policy)"),
                        readsAs(PROBLEM, "file", " ", "(policy)"),
                        accepts(PROBLEM, "file", "x"),
                        readsAs(PROBLEM, "line", -1, 0),
                        accepts(PROBLEM, "line", 0),
                        accepts(PROBLEM, "line", 1),
                        readsAs(PROBLEM, "column", -1, 0),
                        accepts(PROBLEM, "column", 0),
                        accepts(PROBLEM, "column", 1)),
                required(PROBLEM, "severity", "problem.severity"),
                requiredText(PROBLEM, "message", "problem.message"),
                required(RELOAD, "outcome", "reloadResult.outcome"),
                required(RELOAD, "serving", "reloadResult.serving"),
                Stream.of(
                        rejects(RELOAD, "problems", null, "reloadResult.problems is required, was null"),
                        accepts(RELOAD, "problems", List.of())),
                required(DECISION, "policy", "decision.policy"),
                required(DECISION, "evaluatedAt", "decision.evaluatedAt"),
                Stream.of(accepts(DECISION, "buyerTier", null)),
                requiredList(DECISION, "guarantees", "decision.guarantees"),
                requiredList(DECISION, "entitlements", "decision.entitlements"),
                requiredList(DECISION, "denials", "decision.denials"),
                requiredList(DECISION, "sanctions", "decision.sanctions"),
                requiredList(DECISION, "notes", "decision.notes"),
                Stream.of(readsAs(DECISION, "standings", null, List.of()), accepts(DECISION, "standings", List.of())),
                Stream.of(readsAs(DECISION, "traffic", null, List.of()), accepts(DECISION, "traffic", List.of())),
                requiredList(DECISION, "firedRules", "decision.firedRules"),
                required(RECORD, "request", "record.request"),
                required(RECORD, "decision", "record.decision"))
                .flatMap(s -> s);
    }

    private static Stream<FieldCase> requiredList(Record valid, String component, String field) {
        return Stream.of(rejects(valid, component, null, field + " is required, was null"), accepts(valid, component, List.of()));
    }

    static Stream<FieldCase> failing() {
        return checks().filter(FieldCase::rejected);
    }

    static Stream<FieldCase> passing() {
        return checks().filter(c -> !c.rejected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failing")
    void should_reject_naming_the_field_and_value_when_a_value_fails_its_check(FieldCase c) {
        assertThatThrownBy(c::build).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(c.message());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void should_keep_the_value_when_it_passes_its_check(FieldCase c) {
        assertThat(c.read(c.build())).isEqualTo(c.readAs());
    }

    @Test
    void should_sort_every_list_by_type_rule_reason_and_detail_when_built_in_firing_order() {
        Guarantee g1 = new Guarantee(EntitlementType.FAKE_ONE_PAY_TEN, "A", "A");
        Guarantee g2 = new Guarantee(EntitlementType.FAKE_ONE_PAY_TEN, "A", "B");
        Guarantee g3 = new Guarantee(EntitlementType.FAKE_ONE_PAY_TEN, "B", "A");
        Guarantee g4 = new Guarantee(EntitlementType.FREIGHT_INSURANCE, "A", "A");
        Entitlement e1 = new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, 0, 0, "CNY", Payer.SHOP, false, "A", "A");
        Entitlement e2 = new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, 0, 0, "CNY", Payer.SHOP, false, "A", "B");
        Entitlement e3 = new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, 0, 0, "CNY", Payer.SHOP, false, "B", "A");
        Entitlement e4 = new Entitlement(EntitlementType.FREIGHT_INSURANCE, 0, 0, "CNY", Payer.SHOP, false, "A", "A");
        Denial d1 = new Denial(EntitlementType.FAKE_ONE_PAY_TEN, "A", "A", "a");
        Denial d2 = new Denial(EntitlementType.FAKE_ONE_PAY_TEN, "A", "A", "b");
        Denial d3 = new Denial(EntitlementType.FAKE_ONE_PAY_TEN, "A", "B", "a");
        Denial d4 = new Denial(EntitlementType.FAKE_ONE_PAY_TEN, "B", "A", "a");
        Denial d5 = new Denial(EntitlementType.FREIGHT_INSURANCE, "A", "A", "a");
        Sanction s1 = new Sanction(SanctionType.SHOP_BAN, 0, 0, "A", "A", "a");
        Sanction s2 = new Sanction(SanctionType.SHOP_BAN, 0, 0, "A", "A", "b");
        Sanction s3 = new Sanction(SanctionType.SHOP_BAN, 0, 0, "A", "B", "a");
        Sanction s4 = new Sanction(SanctionType.SHOP_BAN, 0, 0, "B", "A", "a");
        Sanction s5 = new Sanction(SanctionType.STREAMER_BAN, 0, 0, "A", "A", "a");
        Note n1 = new Note("A", "A", "a");
        Note n2 = new Note("A", "A", "b");
        Note n3 = new Note("A", "B", "a");
        Note n4 = new Note("B", "A", "a");

        Decision decision = new Decision(POLICY, AT, null, new ArrayList<>(List.of(g4, g3, g2, g1)),
                List.of(e4, e3, e2, e1), List.of(d5, d4, d3, d2, d1), List.of(s5, s4, s3, s2, s1), List.of(n4, n3, n2, n1),
                List.of("R-2", "R-1", "R-2"));

        assertThat(decision.guarantees()).containsExactly(g1, g2, g3, g4);
        assertThat(decision.entitlements()).containsExactly(e1, e2, e3, e4);
        assertThat(decision.denials()).containsExactly(d1, d2, d3, d4, d5);
        assertThat(decision.sanctions()).containsExactly(s1, s2, s3, s4, s5);
        assertThat(decision.notes()).containsExactly(n1, n2, n3, n4);
        assertThat(decision.firedRules()).containsExactly("R-1", "R-2");
    }

    @Test
    void should_not_change_when_the_callers_list_changes_later() {
        List<Guarantee> guarantees = new ArrayList<>(List.of(GUARANTEE));
        List<String> fired = new ArrayList<>(List.of("R-1"));
        List<Problem> problems = new ArrayList<>(List.of(PROBLEM));
        Decision decision = new Decision(POLICY, AT, null, guarantees, List.of(), List.of(), List.of(), List.of(), fired);
        ReloadResult reload = new ReloadResult(ReloadResult.Outcome.REFUSED, POLICY, problems);
        guarantees.clear();
        fired.clear();
        problems.clear();

        assertThat(decision.guarantees()).containsExactly(GUARANTEE);
        assertThat(decision.firedRules()).containsExactly("R-1");
        assertThat(reload.problems()).containsExactly(PROBLEM);
        assertThatThrownBy(() -> decision.guarantees().add(GUARANTEE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> decision.firedRules().add("R-2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> reload.problems().add(PROBLEM)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_answer_by_type_when_asked_for_an_item_of_the_decision() {
        assertThat(DECISION.entitlement(EntitlementType.FAKE_ONE_PAY_TEN)).contains(ENTITLEMENT);
        assertThat(DECISION.entitlement(EntitlementType.FREIGHT_INSURANCE)).isEmpty();
        assertThat(DECISION.grants(EntitlementType.FAKE_ONE_PAY_TEN)).isTrue();
        assertThat(DECISION.grants(EntitlementType.FREIGHT_INSURANCE)).isFalse();
        assertThat(DECISION.carries(EntitlementType.FAKE_ONE_PAY_TEN)).isTrue();
        assertThat(DECISION.carries(EntitlementType.FREIGHT_INSURANCE)).isFalse();
        assertThat(DECISION.denials(EntitlementType.REFUND_WITHOUT_RETURN)).containsExactly(DENIAL);
        assertThat(DECISION.denials(EntitlementType.FAKE_ONE_PAY_TEN)).isEmpty();
        assertThat(DECISION.sanctions(SanctionType.SHOP_SUSPENSION)).containsExactly(SANCTION);
        assertThat(DECISION.sanctions(SanctionType.SHOP_BAN)).isEmpty();
        assertThat(DECISION.notes("LISTING_CLEARED")).containsExactly(NOTE);
        assertThat(DECISION.notes("NO_RULE_MATCHED")).isEmpty();
        assertThat(DECISION.standing(Actor.SHOP)).contains(StandingTier.HIGH);
        assertThat(DECISION.standing(Actor.CREATOR)).isEmpty();
        assertThat(DECISION.standings(Actor.SHOP)).containsExactly(STANDING);
        assertThat(DECISION.standings(Actor.CREATOR)).isEmpty();
        assertThat(DECISION.trafficWeight(Actor.CREATOR)).contains(TrafficWeight.BOOST);
        assertThat(DECISION.trafficWeight(Actor.SHOP)).isEmpty();
        assertThat(DECISION.traffic(Actor.CREATOR)).containsExactly(TRAFFIC);
        assertThat(DECISION.traffic(Actor.SHOP)).isEmpty();
    }

    @Test
    void should_list_standings_and_traffic_by_actor_then_rule_reason_and_detail_whatever_the_order_given() {
        Standing a = new Standing(Actor.SHOP, "s", StandingTier.LOW, "A", "A", "a");
        Standing b = new Standing(Actor.SHOP, "s", StandingTier.LOW, "A", "A", "b");
        Standing c = new Standing(Actor.SHOP, "s", StandingTier.LOW, "A", "B", "a");
        Standing d = new Standing(Actor.SHOP, "s", StandingTier.LOW, "B", "A", "a");
        Standing e = new Standing(Actor.CREATOR, "c", StandingTier.LOW, "A", "A", "a");
        Traffic t1 = new Traffic(Actor.SHOP, "s", TrafficWeight.NEUTRAL, "A", "A", "a");
        Traffic t2 = new Traffic(Actor.SHOP, "s", TrafficWeight.NEUTRAL, "A", "A", "b");
        Traffic t3 = new Traffic(Actor.SHOP, "s", TrafficWeight.NEUTRAL, "A", "B", "a");
        Traffic t4 = new Traffic(Actor.SHOP, "s", TrafficWeight.NEUTRAL, "B", "A", "a");
        Traffic t5 = new Traffic(Actor.CREATOR, "c", TrafficWeight.NEUTRAL, "A", "A", "a");

        Decision decision = new Decision(POLICY, AT, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(e, d, c, b, a), List.of(t5, t4, t3, t2, t1), List.of());

        assertThat(decision.standings()).containsExactly(a, b, c, d, e);
        assertThat(decision.traffic()).containsExactly(t1, t2, t3, t4, t5);
    }

    @Test
    void should_add_refund_and_payout_exactly_when_totalling_an_entitlement() {
        assertThat(ENTITLEMENT.totalFen()).isEqualTo(218_900L);
        Entitlement huge = new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, Long.MAX_VALUE, 1, "CNY", Payer.SHOP, false, "R", "X");
        assertThatThrownBy(huge::totalFen).isExactlyInstanceOf(ArithmeticException.class).hasMessage("entitlement "
                + "FAKE_ONE_PAY_TEN: refundFen 9223372036854775807 + payoutFen 1 = 9223372036854775808 fen does not fit a long "
                + "(at most 9223372036854775807); use totalFenExact()");
        assertThat(huge.totalFenExact()).isEqualTo(new java.math.BigInteger("9223372036854775808"));
    }

    @Test
    void should_print_file_line_column_and_severity_when_a_problem_is_shown() {
        assertThat(PROBLEM).hasToString("rules/a.drl:3:7: unknown field");
        assertThat(PROBLEM.isError()).isTrue();
        Problem warning = new Problem("rules/a.drl", 3, 7, Problem.Severity.WARNING, "no-loop missing");
        assertThat(warning).hasToString("rules/a.drl:3:7: warning: no-loop missing");
        assertThat(warning.isError()).isFalse();
    }

    @Test
    void should_shorten_the_sha256_to_12_characters_when_a_policy_id_is_shown() {
        assertThat(POLICY).hasToString("default@2026.11.0 (sha256 0123456789ab)");
        assertThat(new PolicyId("p", "1", "abc")).hasToString("p@1 (sha256 abc)");
        assertThat(new PolicyId("p", "1", "0123456789ab")).hasToString("p@1 (sha256 0123456789ab)");
    }

    @Test
    void should_order_tiers_when_compared() {
        assertThat(BuyerTier.GOLD.isAtLeast(BuyerTier.SILVER)).isTrue();
        assertThat(BuyerTier.GOLD.isAtLeast(BuyerTier.GOLD)).isTrue();
        assertThat(BuyerTier.GOLD.isAtLeast(BuyerTier.PLATINUM)).isFalse();
    }
}
