package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.Actor;
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
import dev.trustrules.Standing;
import dev.trustrules.StandingTier;
import dev.trustrules.Traffic;
import dev.trustrules.TrafficWeight;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustJsonTest {

    static final String CLAIM = """
            {
              "evaluatedAt": "2026-03-02T10:00:00+08:00",
              "order": { "id": "o-1", "buyerId": "b-1", "shopId": "s-1", "category": "COSMETICS",
                         "paidFen": 19900, "currency": "CNY", "paidAt": "2026-02-20T10:00:00+08:00",
                         "deliveredAt": "2026-02-22T10:00:00+08:00",
                         "guarantees": ["FAKE_ONE_PAY_TEN", "FREIGHT_INSURANCE"], "authenticated": false },
              "buyer": { "id": "b-1", "creditScore": 720, "refundWithoutReturnCount90d": 0, "abuseFlag": false, "maliciousClaimsRejected180d": 0 },
              "shop": { "id": "s-1", "ownerId": "p-1", "status": "ACTIVE", "violationPoints365d": 0,
                        "confirmedCounterfeits365d": 0, "experienceScore": 4.6, "depositFen": 500000, "requiredDepositFen": 500000 },
              "claim": { "type": "COUNTERFEIT", "filedAt": "2026-03-01T10:00:00+08:00",
                         "authenticityVerdict": "FAKE", "freightFen": 1200,
                         "appraisalFeeFen": 0, "evidenceAttached": true, "itemIntact": true, "spoiledPercent": 0,
                         "buyerCausedDamage": false, "priorClaimsSameProduct180d": 0 }
            }
            """;

    @Test
    void should_read_the_design_example_when_claim_ids_are_left_out() {
        TrustRequest request = TrustJson.readRequest(CLAIM);

        assertThat(request.evaluatedAt()).isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(request.order().category()).isEqualTo(Category.COSMETICS);
        assertThat(request.order().guarantees()).containsExactly(EntitlementType.FAKE_ONE_PAY_TEN, EntitlementType.FREIGHT_INSURANCE);
        assertThat(request.claim().orderId()).isEqualTo("o-1");
        assertThat(request.claim().type()).isEqualTo(ClaimType.COUNTERFEIT);
        assertThat(request.claim().authenticityVerdict()).isEqualTo(AuthenticityVerdict.FAKE);
        assertThat(request.shop().experienceScore()).isEqualTo(4.6);
    }

    @Test
    void should_read_back_an_equal_request_when_round_tripped() {
        TrustRequest request = TrustJson.readRequest(new StringReader(CLAIM));

        String written = TrustJson.writeRequest(request);

        assertThat(TrustJson.readRequest(written)).isEqualTo(request);
        assertThat(written).contains("\"paidAt\": \"2026-02-20T10:00:00+08:00\"");
    }

    @Test
    void should_write_the_decision_in_a_fixed_field_order_when_writing_a_decision() {
        Decision decision = new Decision(new PolicyId("p", "1", "abc"), Instant.parse("2026-03-02T02:00:00Z"), BuyerTier.GOLD,
                List.of(new Guarantee(EntitlementType.FAKE_ONE_PAY_TEN, "G", "SHOP_ENROLLED")),
                List.of(new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, 19900, 199000, "CNY", Payer.SHOP, false, "R", "COUNTERFEIT_CONFIRMED")),
                List.of(new Denial(EntitlementType.FREIGHT_INSURANCE, "D", "NO_FREIGHT_PAID", "none paid")),
                List.of(new Sanction(SanctionType.SHOP_SUSPENSION, 14, 0, "S", "POINTS", "24 points")),
                List.of(new Note("LISTING_CLEARED", "N", "no signal")),
                List.of(new Standing(Actor.SHOP, "s-1", StandingTier.HIGH, "T", "HIGH_TRUST_RECORD", "4.6")),
                List.of(new Traffic(Actor.SHOP, "s-1", TrafficWeight.BOOST, "W", "HIGH_TRUST_REPEAT_CUSTOMERS", "index 70")),
                List.of("R", "G"));

        String json = TrustJson.writeDecision(decision);

        assertThat(json).isEqualTo("""
                {
                  "policy": {
                    "name": "p",
                    "version": "1",
                    "sha256": "abc"
                  },
                  "evaluatedAt": "2026-03-02T10:00:00+08:00",
                  "buyerTier": "GOLD",
                  "guarantees": [
                    {
                      "type": "FAKE_ONE_PAY_TEN",
                      "rule": "G",
                      "reason": "SHOP_ENROLLED"
                    }
                  ],
                  "entitlements": [
                    {
                      "type": "FAKE_ONE_PAY_TEN",
                      "refundFen": 19900,
                      "payoutFen": 199000,
                      "currency": "CNY",
                      "payer": "SHOP",
                      "returnRequired": false,
                      "rule": "R",
                      "reason": "COUNTERFEIT_CONFIRMED"
                    }
                  ],
                  "denials": [
                    {
                      "type": "FREIGHT_INSURANCE",
                      "rule": "D",
                      "reason": "NO_FREIGHT_PAID",
                      "detail": "none paid"
                    }
                  ],
                  "sanctions": [
                    {
                      "type": "SHOP_SUSPENSION",
                      "days": 14,
                      "points": 0,
                      "rule": "S",
                      "reason": "POINTS",
                      "detail": "24 points"
                    }
                  ],
                  "notes": [
                    {
                      "code": "LISTING_CLEARED",
                      "rule": "N",
                      "detail": "no signal"
                    }
                  ],
                  "standings": [
                    {
                      "actor": "SHOP",
                      "actorId": "s-1",
                      "tier": "HIGH",
                      "rule": "T",
                      "reason": "HIGH_TRUST_RECORD",
                      "detail": "4.6"
                    }
                  ],
                  "traffic": [
                    {
                      "actor": "SHOP",
                      "actorId": "s-1",
                      "weight": "BOOST",
                      "rule": "W",
                      "reason": "HIGH_TRUST_REPEAT_CUSTOMERS",
                      "detail": "index 70"
                    }
                  ],
                  "firedRules": [
                    "G",
                    "R"
                  ]
                }""");
    }

    @Test
    void should_name_line_and_column_when_the_json_is_malformed() {
        assertThatThrownBy(() -> TrustJson.readRequest("{\n  \"order\": {\n    \"id\": \"o-1\",\n  }\n}"))
                .isInstanceOf(TrustJsonException.class)
                .hasMessageStartingWith("malformed JSON: Unexpected character ('}'")
                .hasMessageEndingWith("(line 4, column 3)")
                .hasMessageNotContaining("Source")
                .satisfies(e -> assertThat(((TrustJsonException) e).line()).isEqualTo(4));
    }

    @Test
    void should_name_the_path_when_a_field_is_unknown() {
        assertThatThrownBy(() -> TrustJson.readRequest(CLAIM.replace("\"paidFen\"", "\"paidFenn\"")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessageStartingWith("order.paidFenn: unknown field; expected one of id, buyerId, shopId, productId, category, paidFen,")
                .hasMessageEndingWith("(line 4, column 26)")
                .extracting(e -> ((TrustJsonException) e).path()).isEqualTo("order.paidFenn");
    }

    @Test
    void should_list_the_allowed_values_when_an_enum_value_is_unknown() {
        assertThatThrownBy(() -> TrustJson.readRequest(CLAIM.replace("\"COSMETICS\"", "\"COSMETIX\"")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("order.category: unknown Category \"COSMETIX\"; expected one of APPAREL, SHOES_BAGS, COSMETICS, "
                        + "SKINCARE, FOOD, FRESH_FRUIT, FRESH_FOOD, JEWELLERY, LUXURY, USED_PHONE, ELECTRONICS, HOME, "
                        + "CUSTOM_MADE, INTIMATE_WEAR, DIGITAL_DOWNLOAD, OTHER (line 3, column 74)");
    }

    @Test
    void should_reject_a_timestamp_when_it_has_no_offset() {
        assertThatThrownBy(() -> TrustJson.readRequest(CLAIM.replace("\"2026-02-20T10:00:00+08:00\"", "\"2026-02-20T10:00:00\"")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("order.paidAt: expected an ISO-8601 timestamp with offset such as \"2026-03-02T10:00:00+08:00\", "
                        + "was \"2026-02-20T10:00:00\" (no offset: add +08:00 or Z) (line 4, column 61)");
    }

    @Test
    void should_reject_an_amount_when_it_is_negative() {
        assertThatThrownBy(() -> TrustJson.readRequest(CLAIM.replace("19900", "-19900")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("order.paidFen: expected an amount in fen >= 0, was -19900 (line 4, column 25)");
    }

    @Test
    void should_reject_an_amount_when_it_has_a_fraction() {
        assertThatThrownBy(() -> TrustJson.readRequest(CLAIM.replace("19900", "199.00")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessageStartingWith("order.paidFen: expected an amount in fen as a non-negative integer (1 CNY = 100 fen), was 199.00");
    }

    @Test
    void should_wrap_constructor_checks_with_the_path_when_facts_are_invalid() {
        assertThatThrownBy(() -> TrustJson.readRequest(CLAIM.replace("\"creditScore\": 720", "\"creditScore\": 1720")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("buyer: buyer.creditScore must be between 0 and 1000, was 1720 (line 7, column 12)");
    }

    @Test
    void should_reject_content_when_it_follows_the_document() {
        assertThatThrownBy(() -> TrustJson.readRequest(CLAIM + "{}"))
                .isInstanceOf(TrustJsonException.class)
                .hasMessageContaining("unexpected content after the end of the document");
    }

    @Test
    void should_reject_a_request_when_it_holds_no_facts() {
        assertThatThrownBy(() -> TrustJson.readRequest("{}"))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("request holds no facts: give at least an order, a buyer, a shop, a listing, an application, a brand or a creator (line 1, column 1)");
    }

    @Test
    void should_read_every_iso_shape_when_timestamps_have_offsets() {
        for (String[] c : new String[][] {
                {"2026-02-20T10:00:00+08:00", "2026-02-20T02:00:00Z"},
                {"2026-02-20T02:00:00Z", "2026-02-20T02:00:00Z"},
                {"2026-02-20T02:00:00.250Z", "2026-02-20T02:00:00.250Z"},
                {"2026-02-19T21:30:00-04:30", "2026-02-20T02:00:00Z"},
                {"2024-02-29T10:00:00+08:00", "2024-02-29T02:00:00Z"}}) {
            TrustRequest request = TrustJson.readRequest(CLAIM.replace("2026-02-20T10:00:00+08:00", c[0])
                    .replace("2026-02-22T10:00:00+08:00", "2026-02-28T10:00:00+08:00")
                    .replace("2026-03-01T10:00:00+08:00", "2026-03-01T10:00:00+08:00"));
            assertThat(request.order().paidAt()).as(c[0]).isEqualTo(Instant.parse(c[1]));
        }
    }

    @Test
    void should_reject_a_timestamp_when_the_date_does_not_exist() {
        assertThatThrownBy(() -> TrustJson.readRequest(CLAIM.replace("2026-02-20T10:00:00+08:00", "2026-02-30T10:00:00+08:00")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessageStartingWith("order.paidAt: expected an ISO-8601 timestamp with offset such as \"2026-03-02T10:00:00+08:00\", "
                        + "was \"2026-02-30T10:00:00+08:00\"");
    }
}
