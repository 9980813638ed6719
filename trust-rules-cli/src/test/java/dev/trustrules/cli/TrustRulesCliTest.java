package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrustRulesCliTest {

    @Test
    void should_print_the_version_when_version_is_given() {
        CliRun run = run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("trust-rules 0.1.0-SNAPSHOT\nJava ");
    }

    @Test
    void should_list_the_commands_when_help_is_given() {
        CliRun run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("check", "test", "eval", "diff", "scenario", "schema", "corpus", "Exit codes:");
    }

    @Test
    void should_exit_2_when_no_command_is_given() {
        CliRun run = run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("trust-rules: a command is required: check, test, eval, diff, bundle, scenario, schema or corpus\n");
    }

    @Test
    void should_exit_2_when_the_command_is_unknown() {
        CliRun run = run("evaluate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("trust-rules: Unmatched argument at index 0: 'evaluate'\n");
    }
}
