package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.RESOURCES;
import static dev.trustrules.cli.CliRun.run;
import static dev.trustrules.cli.CliRun.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @Test
    void should_print_the_decision_as_json_when_given_a_claim_file() {
        CliRun run = run("eval", RESOURCES + "claims/counterfeit.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{\n  \"policy\": {\n    \"name\": \"trust-default\",")
                .contains("\"evaluatedAt\": \"2026-03-02T10:00:00+08:00\"")
                .contains("""
                              "type": "FAKE_ONE_PAY_TEN",
                              "refundFen": 19900,
                              "payoutFen": 204000,
                              "currency": "CNY",
                              "payer": "SHOP",
                              "returnRequired": false,
                        """)
                .contains("\"denials\": []")
                .doesNotContain("explanation");
    }

    @Test
    void should_print_the_explanation_as_text_when_explain_is_given() {
        CliRun run = run("eval", "--explain", RESOURCES + "claims/counterfeit.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("decision of trust-default@2026.11.0 (sha256 ")
                .contains("""

                        granted FAKE_ONE_PAY_TEN (COUNTERFEIT_CONFIRMED) by "FOPT-20 granted: the price refunded and the compensation on top"
                          paid by SHOP, goods kept
                          refund 199.00 CNY = order.paidFen
                          payout 2040.00 CNY = 1990.00 + 50.00 (claim.appraisalFeeFen)
                            1990.00 = 199.00 (order.paidFen) × 10 (guaranteeLimits.fakeCompensationMultiplier), within the cap of \
                        100000.00 (guaranteeLimits.fakeCompensationCapFen)   [by "FOPT-15 compensation: the multiple of the price, within \
                        the cap, at least the food floor"]
                          thresholds passed:
                            "FOPT-10 denied when the order does not carry fake-one-pay-ten"
                        """)
                .contains("""
                            "FOPT-14 denied when filed after the claim window"
                                PlatformCalendar.daysAfter($delivered, filedAt) > guaranteeLimits.fakeClaimWindowDays is false: \
                        PlatformCalendar.daysAfter($delivered, filedAt) = 6, guaranteeLimits.fakeClaimWindowDays = 90, \
                        $delivered (order.deliveredAt) = 2026-02-23T14:02:00+08:00, claim.filedAt = 2026-03-01T09:30:00+08:00
                        """)
                .contains("""

                        near misses (every condition but one held):
                          "FOPT-02 carried when the category makes it mandatory"
                              term == Term.FAKE_ONE_PAY_TEN_MANDATORY is false: categoryTerm.term = ALLERGY_COVERED
                          "FOPT-03 carried for a trust-card holder of the tier that brings it"
                              tier.isAtLeast(buyerLimits.fakeOnePayTenMinTier) is false: assignTier.tier = GOLD, \
                        buyerLimits.fakeOnePayTenMinTier = PLATINUM
                          "FOPT-21 granted for food below the floor: the food-safety floor paid on top"
                              foodFloor == true is false: fakeCompensation.foodFloor = false
                          "BT-01 PLATINUM from a credit score in the PLATINUM band"
                              creditScore >= buyerLimits.platinumMinScore is false: buyer.creditScore = 720, buyerLimits.platinumMinScore = 750
                        """)
                // the appraisal that found the item fake sanctions the shop in the same decision
                .contains("\nsanctions: WARNING (POINTS_WARNING_THRESHOLD, LAD-01); TRAFFIC_RESTRICTION 7 days "
                        + "(POINTS_WARNING_THRESHOLD, LAD-01); VIOLATION_POINTS 12 points (COUNTERFEIT_CONFIRMED, CF-10); "
                        + "LISTING_REMOVED (COUNTERFEIT_CONFIRMED, CF-11)\n")
                .contains("\nrules fired (14):\n  ALG-01 carried for cosmetics and skincare: guarantee ALLERGY_INSURANCE (COVERED_CATEGORY)\n")
                .doesNotContain("{");
    }

    @Test
    void should_add_an_explanation_to_the_json_when_explain_is_given_with_json() {
        CliRun json = run("eval", "--explain", "--json", RESOURCES + "claims/counterfeit.json");
        CliRun format = run("eval", "--explain", "--format", "json", RESOURCES + "claims/counterfeit.json");

        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).isEqualTo(format.out());
        assertThat(json.out()).startsWith("{\n  \"policy\": {").contains("\"explanation\": {\n    \"rulesFired\": [")
                .contains("\"rule\": \"FOPT-20 granted: the price refunded and the compensation on top\"")
                .contains("granted FAKE_ONE_PAY_TEN: refund 199.00 CNY + payout 2040.00 CNY, paid by SHOP, goods kept (COUNTERFEIT_CONFIRMED)")
                .contains("\"grants\": [", "\"payout\": {\n          \"value\": 204000,\n          \"kind\": \"STEP\",\n          \"name\": \"plus\",")
                .contains("\"thresholdsPassed\": [", "\"nearMisses\": [", "\"caveats\": []");
    }

    @Test
    void should_print_the_explanation_as_text_when_the_format_is_text() {
        CliRun text = run("eval", "--format", "text", RESOURCES + "claims/counterfeit.json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).isEqualTo(run("eval", "--explain", RESOURCES + "claims/counterfeit.json").out());
    }

    @Test
    void should_exit_2_when_the_format_is_unknown() {
        CliRun run = run("eval", "--format", "xml", RESOURCES + "claims/counterfeit.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("trust-rules: --format must be text or json, was \"xml\"\nTry 'trust-rules eval --help' for usage.\n");
    }

    @Test
    void should_explain_each_denial_with_its_rule_and_condition_when_a_claim_is_denied() throws IOException {
        String late = Files.readString(Path.of(RESOURCES + "claims/counterfeit.json"))
                .replace("\"filedAt\": \"2026-03-01T09:30:00+08:00\"", "\"filedAt\": \"2026-06-01T09:30:00+08:00\"")
                .replace("\"evaluatedAt\": \"2026-03-02T10:00:00+08:00\"", "\"evaluatedAt\": \"2026-06-02T10:00:00+08:00\"");

        CliRun json = runWithStdin(late, "eval", "--explain", "--json", "-");
        CliRun text = runWithStdin(late, "eval", "--explain", "-");

        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("""
                "denials": [
                      {
                        "type": "FAKE_ONE_PAY_TEN",
                        "rule": "FOPT-14 denied when filed after the claim window",
                        "reason": "CLAIM_WINDOW_CLOSED",
                        "because": "filed 98 days after delivery, limit 90",
                        "conditions": [""");
        assertThat(text.out()).contains("""
                denied FAKE_ONE_PAY_TEN (CLAIM_WINDOW_CLOSED) by "FOPT-14 denied when filed after the claim window"
                  because filed 98 days after delivery, limit 90
                  its conditions, all held:
                    deliveredAt != null: order.deliveredAt = 2026-02-23T14:02:00+08:00
                    PlatformCalendar.daysAfter($delivered, filedAt) > guaranteeLimits.fakeClaimWindowDays: \
                PlatformCalendar.daysAfter($delivered, filedAt) = 98, guaranteeLimits.fakeClaimWindowDays = 90, \
                $delivered (order.deliveredAt) = 2026-02-23T14:02:00+08:00, claim.filedAt = 2026-06-01T09:30:00+08:00
                  thresholds passed:
                """).contains("""
                  "FOPT-20 granted: the price refunded and the compensation on top"
                      not DenyEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN) is false: DenyEntitlement[type=FAKE_ONE_PAY_TEN, \
                reason=CLAIM_WINDOW_CLOSED, detail=filed 98 days after delivery, limit 90] was inserted by "FOPT-14 denied when filed \
                after the claim window"
                """);
    }

    @Test
    void should_read_standard_input_when_the_file_is_a_dash() throws IOException {
        CliRun run = runWithStdin(Files.readString(Path.of(RESOURCES + "claims/counterfeit.json")), "eval", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"reason\": \"COUNTERFEIT_CONFIRMED\"");
    }

    @Test
    void should_use_the_policy_directory_when_policy_is_given() {
        CliRun run = run("eval", "--policy", CliRun.DEFAULT_POLICY_DIR, RESOURCES + "claims/counterfeit.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"name\": \"trust-default\"");
    }

    @Test
    void should_exit_2_with_one_line_when_the_file_is_missing() {
        CliRun run = run("eval", RESOURCES + "claims/missing.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("trust-rules: " + RESOURCES + "claims/missing.json: no such file\n");
    }

    @Test
    void should_exit_2_naming_line_and_column_when_the_json_is_malformed() {
        CliRun run = run("eval", RESOURCES + "claims/malformed.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: " + RESOURCES + "claims/malformed.json: malformed JSON: Unexpected "
                + "character ('}' (code 125)): was expecting double-quote to start field name (line 4, column 3)\n");
    }

    @Test
    void should_exit_2_naming_the_path_when_a_field_is_unknown() {
        CliRun run = run("eval", RESOURCES + "claims/unknown-field.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("trust-rules: " + RESOURCES + "claims/unknown-field.json: order.paidFenn: unknown field; "
                + "expected one of id, buyerId,").endsWith("(line 9, column 17)\n");
    }

    @Test
    void should_exit_2_listing_the_values_when_an_enum_value_is_unknown() {
        CliRun run = run("eval", RESOURCES + "claims/unknown-enum.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("trust-rules: " + RESOURCES + "claims/unknown-enum.json: order.category: unknown "
                + "Category \"COSMETIX\"; expected one of APPAREL,").endsWith("(line 8, column 17)\n");
    }

    @Test
    void should_exit_2_when_a_timestamp_has_no_offset() {
        CliRun run = run("eval", RESOURCES + "claims/no-offset.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("order.paidAt: expected an ISO-8601 timestamp with offset").contains("(no offset: add +08:00 or Z)");
    }

    @Test
    void should_exit_2_naming_line_and_column_when_the_file_is_not_valid_utf8(@TempDir Path dir) throws IOException {
        byte[] text = Files.readAllBytes(Path.of(RESOURCES + "claims/counterfeit.json"));
        String json = new String(text, StandardCharsets.UTF_8);
        text[json.indexOf("b-2001")] = (byte) 0xff;
        Path file = Files.write(dir.resolve("latin1.json"), text);

        CliRun run = run("eval", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: " + file + ": not valid UTF-8: Invalid UTF-8 start byte 0xff (line 5, column 18)\n");
    }

    @Test
    void should_exit_2_naming_the_field_when_a_required_field_is_missing() throws IOException {
        String json = Files.readString(Path.of(RESOURCES + "claims/counterfeit.json")).replace("\"paidFen\": 19900,\n", "");

        CliRun run = runWithStdin(json, "eval", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: <stdin>: order.paidFen: required, was missing (line 3, column 12)\n");
    }

    @Test
    void should_exit_2_with_the_usage_hint_when_the_file_is_not_given() {
        CliRun run = run("eval");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: Missing required parameter: 'FILE|-'\nTry 'trust-rules eval --help' for usage.\n");
    }
}
