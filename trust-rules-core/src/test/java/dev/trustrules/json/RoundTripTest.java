package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.Decision;
import dev.trustrules.DecisionRecord;
import dev.trustrules.TrustRequest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What is written reads back equal: requests with every field and with only the required ones, decisions, records. */
class RoundTripTest {

    @Test
    void should_read_back_an_equal_request_when_every_optional_field_is_given() {
        TrustRequest request = TrustJson.readRequest(JsonSamples.request().json());

        String written = TrustJson.writeRequest(request);

        assertThat(TrustJson.readRequest(written)).isEqualTo(request);
        assertThat(TrustJson.readRequest(new StringReader(written))).isEqualTo(request);
        assertThat(TrustJson.readRequest(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)))).isEqualTo(request);
    }

    @Test
    void should_read_back_an_equal_request_and_leave_out_absent_fields_when_only_required_fields_are_given() {
        JsonDocument document = JsonSamples.request();
        for (var fact : JsonSamples.OPTIONAL.entrySet()) {
            for (String field : fact.getValue()) {
                if (!(fact.getKey() + "." + field).equals("violation.points")) {
                    document = document.without(fact.getKey(), field);
                }
            }
        }
        document = document.without("creator", null); // a creator comes with the violation that names it
        TrustRequest request = TrustJson.readRequest(document.json());

        String written = TrustJson.writeRequest(request);

        assertThat(TrustJson.readRequest(written)).isEqualTo(request);
        assertThat(written).doesNotContain("productId", "deliveredAt", "trustCardRevokedUntil", "licenceId", "streamerId",
                "depositShortfallSince", "authenticityVerdict", "returnReason", "listingId", "bannedShopOf", "creatorId",
                "liveRoomOwnerId", "\"creator\"")
                .contains("\"currency\": \"CNY\"", "\"orderId\": \"o-1\"", "\"brandReferencePriceFen\": 0");
    }

    @Test
    void should_read_back_an_equal_decision_when_written_pretty_or_as_a_line() {
        Decision decision = TrustJson.readDecision(JsonSamples.decision().json());

        assertThat(TrustJson.readDecision(TrustJson.writeDecision(decision))).isEqualTo(decision);
        assertThat(TrustJson.readDecision(TrustJson.writeDecisionLine(decision))).isEqualTo(decision);
        assertThat(TrustJson.writeDecision(TrustJson.readDecision(TrustJson.writeDecision(decision))))
                .isEqualTo(TrustJson.writeDecision(decision));
    }

    @Test
    void should_read_back_an_equal_record_when_a_record_holds_every_fact() {
        DecisionRecord record = new DecisionRecord(TrustJson.readRequest(JsonSamples.request().json()),
                TrustJson.readDecision(JsonSamples.decision().json()));

        String line = TrustJson.writeRecord(record);

        assertThat(line).doesNotContain("\n").startsWith("{\"request\":{\"evaluatedAt\":\"2026-03-10T10:00:00+08:00\",\"order\":{");
        assertThat(TrustJson.readRecord(line)).isEqualTo(record);
    }

    @Test
    void should_write_the_decision_then_its_explanation_when_a_decision_is_explained() {
        Decision decision = TrustJson.readDecision(JsonSamples.decision().json());

        String explained = TrustJson.writeExplainedDecision(decision);

        assertThat(explained).startsWith(TrustJson.writeDecision(decision).substring(0, TrustJson.writeDecision(decision).length() - 2))
                .contains("\n  \"explanation\": {\n    \"rulesFired\": [\n      {\n        \"rule\": \"D\",\n"
                        + "        \"produced\": [\n          \"denied FREIGHT_INSURANCE (NO_FREIGHT_PAID)\"\n        ]\n      },")
                .contains("\"granted FAKE_ONE_PAY_TEN: refund 199.00 CNY + payout 1990.00 CNY, paid by SHOP, goods kept (COUNTERFEIT_CONFIRMED)\"")
                .contains("\"standing of SHOP s-1: HIGH (HIGH_TRUST_RECORD): 4.6\"")
                .contains("\"traffic of SHOP s-1: BOOST (HIGH_TRUST_REPEAT_CUSTOMERS): index 70\"")
                .endsWith("    \"denials\": [\n      {\n        \"type\": \"FREIGHT_INSURANCE\",\n        \"rule\": \"D\",\n"
                        + "        \"reason\": \"NO_FREIGHT_PAID\",\n        \"because\": \"none\"\n      }\n    ]\n  }\n}");
        assertThatThrownBy(() -> TrustJson.readDecision(explained)).isInstanceOf(TrustJsonException.class)
                .hasMessageStartingWith("explanation: unknown field; expected one of policy, evaluatedAt, buyerTier, ");
    }
}
