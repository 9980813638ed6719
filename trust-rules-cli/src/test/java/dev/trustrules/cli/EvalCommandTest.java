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
    void should_add_an_explanation_when_explain_is_given() {
        CliRun run = run("eval", "--explain", RESOURCES + "claims/counterfeit.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"explanation\": {")
                .contains("\"rule\": \"FOPT-20 granted: the price refunded and the compensation on top\"")
                .contains("granted FAKE_ONE_PAY_TEN: refund 199.00 CNY + payout 2040.00 CNY, paid by SHOP, goods kept (COUNTERFEIT_CONFIRMED)");
    }

    @Test
    void should_explain_each_denial_with_its_rule_and_condition_when_a_claim_is_denied() throws IOException {
        String late = Files.readString(Path.of(RESOURCES + "claims/counterfeit.json"))
                .replace("\"filedAt\": \"2026-03-01T09:30:00+08:00\"", "\"filedAt\": \"2026-06-01T09:30:00+08:00\"")
                .replace("\"evaluatedAt\": \"2026-03-02T10:00:00+08:00\"", "\"evaluatedAt\": \"2026-06-02T10:00:00+08:00\"");

        CliRun run = runWithStdin(late, "eval", "--explain", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("""
                "denials": [
                      {
                        "type": "FAKE_ONE_PAY_TEN",
                        "rule": "FOPT-14 denied when filed after the claim window",
                        "reason": "CLAIM_WINDOW_CLOSED",
                        "because": "filed 98 days after delivery, limit 90"
                      }
                    ]""");
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
