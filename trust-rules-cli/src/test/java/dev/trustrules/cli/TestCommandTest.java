package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.RESOURCES;
import static dev.trustrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestCommandTest {

    static final String POLICY = RESOURCES + "policies/coverage";
    static final String SCENARIOS = RESOURCES + "scenarios/coverage";

    @Test
    void should_pass_every_scenario_of_the_default_policy_corpus() {
        CliRun run = run("test", "--min-coverage", "95", CliRun.DEFAULT_SCENARIOS);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains(
                "PASS  counterfeit granted 10x\n",
                "PASS  refund without return denied for a SILVER buyer\n",
                "PASS  freight reimbursed, capped at 25.00 CNY\n",
                "PASS  24 points earn a 14-day suspension\n",
                "\ncoverage of the bundled default policy, trust-default@")
                .containsPattern("\n\\d+ passed, 0 failed\n")
                .doesNotContain("FAIL", "below --min-coverage");
    }

    @Test
    void should_print_the_coverage_of_rules_denial_conditions_and_table_rows_and_what_no_scenario_exercised() {
        CliRun run = run("test", "--policy", POLICY, SCENARIOS);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("FAIL  an order in dollars  (src/test/resources/scenarios/coverage/claims.yaml:27)\n"
                + "      evaluation failed: order.currency is USD, but policy coverage@1");
        assertThat(run.out().substring(run.out().indexOf("2 passed, 2 failed"))).isEqualTo("""
                2 passed, 2 failed
                coverage of policy src/test/resources/policies/coverage, %s:
                  rules                 5 of 6      83.3%%
                  denial conditions     2 of 3      66.6%%
                  table rows            2 of 3      66.6%%
                rules no scenario fired:
                  src/test/resources/policies/coverage/rules/matrix.drl.csv:10  T-03 FOOD
                denial conditions no scenario gave:
                  src/test/resources/policies/coverage/rules/claims.drl:13  FAKE_ONE_PAY_TEN TOO_LARGE  (A-11 denied when too small or too large)
                table rows no scenario fired:
                  src/test/resources/policies/coverage/rules/matrix.drl.csv:10  T-03 FOOD
                """.formatted(policyId()));
    }

    @Test
    void should_print_a_diff_and_exit_1_when_a_scenario_fails() {
        CliRun run = run("test", RESOURCES + "scenarios/failing");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("""
                FAIL  counterfeit paid 9x by mistake  (src/test/resources/scenarios/failing/wrong-payout.yaml:1)
                      entitlements:
                        expected   {type: FAKE_ONE_PAY_TEN, payoutFen: 179100, payer: SHOP}
                        actual     {type: FAKE_ONE_PAY_TEN, refundFen: 19900, payoutFen: 199000, currency: CNY, payer: SHOP, \
                returnRequired: false, reason: COUNTERFEIT_CONFIRMED, rule: "FOPT-20 granted: the price refunded and the \
                compensation on top"}  <- differs in payoutFen
                      denials:
                        expected   {type: REFUND_WITHOUT_RETURN, reason: TIER_BELOW_GOLD}
                        actual     (no REFUND_WITHOUT_RETURN in the decision)
                0 passed, 1 failed
                """);
    }

    @Test
    void should_exit_1_when_rule_coverage_is_below_the_minimum() {
        CliRun run = run("test", "--policy", POLICY, "--min-coverage", "83.4", SCENARIOS + "/claims.yaml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).endsWith("rule coverage 83.3% is below --min-coverage 83.4%\n");
    }

    @Test
    void should_exit_0_when_rule_coverage_reaches_the_minimum() {
        CliRun run = run("test", "--min-coverage", "10", CliRun.DEFAULT_SCENARIOS);

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void should_exit_2_when_the_minimum_coverage_is_not_a_percent() {
        CliRun run = run("test", "--min-coverage", "101", CliRun.DEFAULT_SCENARIOS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("trust-rules: --min-coverage must be between 0 and 100, was 101.0\n");
    }

    /** The name, version and hash of the coverage test policy, as the summary shows them. */
    static String policyId() {
        try (var policy = dev.trustrules.TrustPolicy.builder().fromDirectory(java.nio.file.Path.of(POLICY)).build()) {
            return policy.id().toString();
        }
    }

    @Test
    void should_exit_2_naming_the_place_when_a_scenario_names_an_unknown_entitlement() {
        CliRun run = run("test", RESOURCES + "scenarios/bad/unknown-entitlement.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("trust-rules: src/test/resources/scenarios/bad/unknown-entitlement.yaml: "
                + "expect.entitlements[0].type: unknown entitlement type \"FAKE_ONE_PAY_TWENTY\"; expected one of "
                + "FAKE_ONE_PAY_TEN, REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE, ALLERGY_INSURANCE, NO_REASON_RETURN_7D, "
                + "BAD_FRUIT_INSURANCE, USED_PHONE_WARRANTY, OFFICIAL_AUTHENTICITY, QUICK_BRAND_SUPPORT (line 6, column 13)\n");
    }

    @Test
    void should_exit_2_with_the_line_when_the_yaml_is_malformed() {
        CliRun run = run("test", RESOURCES + "scenarios/bad/malformed.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: src/test/resources/scenarios/bad/malformed.yaml: malformed YAML: "
                + "while parsing a flow mapping: expected ',' or '}', but got : (line 4, column 7)\n");
    }

    @Test
    void should_exit_2_when_a_scenario_path_is_missing() {
        CliRun run = run("test", "no/such/scenarios");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: no/such/scenarios: no such file or directory\n");
    }
}
