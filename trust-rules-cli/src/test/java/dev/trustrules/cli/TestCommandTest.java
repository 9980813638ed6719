package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.RESOURCES;
import static dev.trustrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestCommandTest {

    @Test
    void should_pass_every_scenario_of_the_default_policy_corpus() {
        CliRun run = run("test", CliRun.DEFAULT_SCENARIOS);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains(
                "PASS  counterfeit granted 10x\n",
                "PASS  refund without return denied for a SILVER buyer\n",
                "PASS  freight reimbursed, capped at 25.00 CNY\n",
                "PASS  24 points earn a 14-day suspension\n",
                "\n6 passed, 0 failed\n",
                "rule coverage: ",
                "rules no scenario fired:\n  ALG-10 denied outside cosmetics and skincare\n");
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
    void should_exit_1_when_coverage_is_below_the_minimum() {
        CliRun run = run("test", "--min-coverage", "90", CliRun.DEFAULT_SCENARIOS);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("6 passed, 0 failed\n").containsPattern("coverage \\d+\\.\\d% is below --min-coverage 90%\n");
    }

    @Test
    void should_exit_0_when_coverage_reaches_the_minimum() {
        CliRun run = run("test", "--min-coverage", "10", CliRun.DEFAULT_SCENARIOS);

        assertThat(run.exitCode()).isZero();
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
