package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.DecisionRecord;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Note;
import dev.trustrules.Payer;
import dev.trustrules.PolicyId;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionRecordJsonTest {
    static final Decision DECISION = new Decision(new PolicyId("p", "1", "abc"), Instant.parse("2026-03-02T02:00:00.250Z"),
            BuyerTier.GOLD,
            List.of(new Guarantee(EntitlementType.FAKE_ONE_PAY_TEN, "G", "SHOP_ENROLLED")),
            List.of(new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, 19900, 199000, "CNY", Payer.SHOP, false, "R", "COUNTERFEIT_CONFIRMED")),
            List.of(new Denial(EntitlementType.FREIGHT_INSURANCE, "D", "NO_FREIGHT_PAID", "none paid")),
            List.of(new Sanction(SanctionType.SHOP_SUSPENSION, 14, 24, "S", "POINTS", "24 points")),
            List.of(new Note("LISTING_CLEARED", "N", "no signal")),
            List.of("R", "G", "D", "S", "N"));

    @Test
    void should_read_back_an_equal_decision_when_the_decision_json_is_round_tripped() {
        String json = TrustJson.writeDecision(DECISION);

        assertThat(TrustJson.readDecision(json)).isEqualTo(DECISION);
        assertThat(TrustJson.readDecision(new StringReader(json))).isEqualTo(DECISION);
    }

    @Test
    void should_write_one_line_that_reads_back_equal_when_a_decision_is_written_as_a_line() {
        String line = TrustJson.writeDecisionLine(DECISION);

        assertThat(line).doesNotContain("\n").startsWith("{\"policy\":{\"name\":\"p\",\"version\":\"1\",\"sha256\":\"abc\"},");
        assertThat(TrustJson.readDecision(line)).isEqualTo(DECISION);
    }

    @Test
    void should_read_back_an_equal_decision_when_the_tier_and_lists_are_empty() {
        Decision empty = new Decision(new PolicyId("p", "1", "abc"), Instant.parse("2026-03-02T02:00:00Z"), null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(TrustJson.readDecision(TrustJson.writeDecision(empty))).isEqualTo(empty);
    }

    @Test
    void should_write_one_line_and_read_back_an_equal_record_when_a_record_is_round_tripped() {
        DecisionRecord record = new DecisionRecord(TrustJson.readRequest(TrustJsonTest.CLAIM), DECISION);

        String json = TrustJson.writeRecord(record);

        assertThat(json).doesNotContain("\n").startsWith("{\"request\":{\"evaluatedAt\":\"2026-03-02T10:00:00+08:00\",")
                .contains(",\"decision\":{\"policy\":{\"name\":\"p\",\"version\":\"1\",\"sha256\":\"abc\"},"
                        + "\"evaluatedAt\":\"2026-03-02T10:00:00.25+08:00\",\"buyerTier\":\"GOLD\",");
        assertThat(TrustJson.readRecord(json)).isEqualTo(record);
        assertThat(TrustJson.readRecord(new StringReader(json))).isEqualTo(record);
    }

    @Test
    void should_name_the_path_line_and_column_when_a_decision_item_is_invalid() {
        String json = """
                {"policy": {"name": "p", "version": "1", "sha256": "abc"},
                 "evaluatedAt": "2026-03-02T10:00:00+08:00",
                 "entitlements": [ {"type": "FAKE_ONE_PAY_TEN", "refundFen": 1, "payoutFen": 2, "currency": "CNY",
                                    "payer": "BANK", "returnRequired": false, "rule": "R", "reason": "X"} ]}
                """;

        assertThatThrownBy(() -> TrustJson.readDecision(json))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("entitlements[0].payer: unknown Payer \"BANK\"; expected one of "
                        + String.join(", ", java.util.Arrays.stream(Payer.values()).map(Enum::name).toList())
                        + " (line 4, column 30)");
    }

    @Test
    void should_say_which_part_is_missing_when_a_record_has_no_decision() {
        assertThatThrownBy(() -> TrustJson.readRecord("{\"request\": " + TrustJsonTest.CLAIM + "}"))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("decision: a record needs both request and decision (line 1, column 1)");
    }
}
