package dev.trustrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Note;
import dev.trustrules.Payer;
import dev.trustrules.PolicyId;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustRequest;
import dev.trustrules.corpus.SyntheticCorpus;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.Order;
import dev.trustrules.json.TrustJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final Decision DECISION = new Decision(new PolicyId("p", "1", "abc"), AT, BuyerTier.GOLD,
            List.of(new Guarantee(EntitlementType.FAKE_ONE_PAY_TEN, "G-1", "SHOP_ENROLLED")),
            List.of(new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, 19_900, 204_000, "CNY", Payer.SHOP, false, "FOPT-20", "COUNTERFEIT_CONFIRMED")),
            List.of(new Denial(EntitlementType.REFUND_WITHOUT_RETURN, "RWR-10", "TIER_BELOW_GOLD", "tier SILVER")),
            List.of(new Sanction(SanctionType.VIOLATION_POINTS, 0, 12, "GOV-1", "COUNTERFEIT_CONFIRMED", "12 points")),
            List.of(new Note("LISTING_CLEARED", "L-1", "")), List.of("FOPT-20", "G-1", "GOV-1", "L-1", "RWR-10"));

    @TempDir
    Path dir;

    @Test
    void should_pin_every_outcome_of_the_decision_when_a_scenario_is_written() {
        TrustRequest request = SyntheticCorpus.requests(2, 1).get(1);

        String yaml = ScenarioWriter.yaml("counterfeit granted", request, DECISION);

        assertThat(yaml).startsWith("name: counterfeit granted\ngiven:\n  evaluatedAt: ").endsWith("""
                expect:
                  buyerTier: GOLD
                  guarantees:
                    - type: FAKE_ONE_PAY_TEN
                      reason: SHOP_ENROLLED
                  entitlements:
                    - type: FAKE_ONE_PAY_TEN
                      refundFen: 19900
                      payoutFen: 204000
                      payer: SHOP
                      returnRequired: false
                      reason: COUNTERFEIT_CONFIRMED
                  denials:
                    - type: REFUND_WITHOUT_RETURN
                      reason: TIER_BELOW_GOLD
                  sanctions:
                    - type: VIOLATION_POINTS
                      days: 0
                      points: 12
                      reason: COUNTERFEIT_CONFIRMED
                  standings: []
                  traffic: []
                """);
    }

    @Test
    void should_pass_on_the_decision_it_was_written_from_and_fail_on_any_other_outcome() throws IOException {
        TrustRequest request = SyntheticCorpus.requests(2, 1).get(1);
        Path file = Files.writeString(dir.resolve("written.yaml"), ScenarioWriter.yaml("counterfeit granted", request, DECISION));

        Scenario scenario = Scenarios.read(file).get(0);
        Decision paidLess = new Decision(DECISION.policy(), AT, BuyerTier.GOLD, DECISION.guarantees(),
                List.of(new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, 19_900, 199_000, "CNY", Payer.SHOP, false, "FOPT-20",
                        "COUNTERFEIT_CONFIRMED")), DECISION.denials(), DECISION.sanctions(), DECISION.notes(), DECISION.firedRules());

        assertThat(scenario.request()).isEqualTo(request);
        assertThat(Scenarios.check(scenario, DECISION).passed()).isTrue();
        assertThat(Scenarios.check(scenario, paidLess).report()).contains("<- differs in payoutFen");
    }

    @Test
    void should_read_back_the_same_facts_when_values_look_like_yaml_numbers_booleans_or_comments() throws IOException {
        Order order = new Order("123", "true", "null", "# not a comment", Category.APPAREL, 100, "CNY", AT, null,
                Set.of(), false);
        TrustRequest request = new TrustRequest(AT, order, new BuyerAccount("true", 700, 0, false, 0, null), null, null,
                null, null, null, null);
        Path file = Files.writeString(dir.resolve("tricky.yaml"), ScenarioWriter.yaml("yes: no", request, DECISION));

        Scenario scenario = Scenarios.read(file).get(0);

        assertThat(scenario.name()).isEqualTo("yes: no");
        assertThat(scenario.request()).isEqualTo(request);
        assertThat(TrustJson.writeRequest(scenario.request())).isEqualTo(TrustJson.writeRequest(request));
    }

    @Test
    void should_write_empty_sections_and_leave_the_tier_out_when_the_decision_holds_nothing() {
        Decision nothing = new Decision(DECISION.policy(), AT, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(ScenarioWriter.yaml("nothing", SyntheticCorpus.requests(1, 1).get(0), nothing))
                .endsWith("expect:\n  guarantees: []\n  entitlements: []\n  denials: []\n  sanctions: []\n  standings: []\n"
                        + "  traffic: []\n");
    }

    @Test
    void should_refuse_a_blank_name() {
        assertThatThrownBy(() -> ScenarioWriter.yaml(" ", SyntheticCorpus.requests(1, 1).get(0), DECISION))
                .hasMessage("scenario.name must be non-blank, was \" \"");
    }
}
