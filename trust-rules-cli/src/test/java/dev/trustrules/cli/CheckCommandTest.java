package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.RESOURCES;
import static dev.trustrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckCommandTest {
    static final String BROKEN = RESOURCES + "policies/broken";
    static final String STRICT_ONLY = RESOURCES + "policies/strict-only";
    static final String TABLE_MISTAKES = RESOURCES + "policies/table-mistakes";
    static final String SPREADSHEET = RESOURCES + "policies/spreadsheet";

    @Test
    void should_pass_without_warnings_when_checking_the_default_policy() {
        CliRun run = run("check", CliRun.DEFAULT_POLICY_DIR);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("policy trust-default 2026.11.0, 2026.12.0: 109 rules, 0 errors, 0 warnings (strict)\n");
    }

    @Test
    void should_print_the_root_cause_as_file_line_column_and_exit_1_when_rules_do_not_compile() {
        CliRun run = run("check", BROKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(String.join("\n",
                BROKEN + "/guarantees/bad.drl:8:21: syntax error: cannot make sense of ')' in rule \"B-01 does not compile\"",
                "policy " + BROKEN + ", 1 error, 0 warnings (strict)", ""));
    }

    @Test
    void should_reject_system_and_runtime_and_warn_about_duplicates_when_strict() {
        CliRun run = run("check", STRICT_ONLY);

        String why = ", which is not allowed in strict mode: ";
        String see = " (see \"What rules may call\" in docs/policy-authoring.md)";
        String rule = "rule \"S-01 carried, with a debugging line left in\" ";
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(String.join("\n",
                STRICT_ONLY + "/guarantees/debug.drl:11:12: " + rule + "reads java.lang.System.out" + why
                        + "it reaches files, the network, the environment or the logs, and rules may only decide" + see,
                STRICT_ONLY + "/guarantees/debug.drl:11:37: " + rule + "uses java.lang.Runtime" + why
                        + "it controls threads, processes or the JVM, and rules may only decide" + see,
                STRICT_ONLY + "/checks/again.drl:5:6: warning: rule \"S-01 carried, with a debugging line left in\" inserts no "
                        + "outcome with a reason code (GrantEntitlement, DenyEntitlement, ImposeSanction, CarryGuarantee, AssignTier or AddNote)",
                STRICT_ONLY + "/guarantees/debug.drl:7:6: warning: duplicate rule name \"S-01 carried, with a debugging line "
                        + "left in\" (first at checks/again.drl:5)",
                "policy " + STRICT_ONLY + ", 2 errors, 2 warnings (strict)", ""));
    }

    @Test
    void should_skip_the_sandbox_but_keep_the_warnings_when_no_strict_is_given() {
        CliRun run = run("check", "--no-strict", STRICT_ONLY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(String.join("\n",
                STRICT_ONLY + "/checks/again.drl:5:6: warning: rule \"S-01 carried, with a debugging line left in\" inserts no "
                        + "outcome with a reason code (GrantEntitlement, DenyEntitlement, ImposeSanction, CarryGuarantee, AssignTier or AddNote)",
                STRICT_ONLY + "/guarantees/debug.drl:7:6: warning: duplicate rule name \"S-01 carried, with a debugging line "
                        + "left in\" (first at checks/again.drl:5)",
                "policy strict-only 0.0.1: 1 rule, 0 errors, 2 warnings (not strict)", ""));
    }

    @Test
    void should_print_each_table_mistake_at_its_row_and_column_when_a_decision_table_has_them() {
        CliRun run = run("check", TABLE_MISTAKES);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(String.join("\n",
                TABLE_MISTAKES + "/guarantees/matrix.drl.csv:11:4: \"no\" is not a flag: write X to turn it on, leave it blank "
                        + "to turn it off",
                TABLE_MISTAKES + "/guarantees/matrix.drl.csv:12:3: the CONDITION cell is blank, which would make the rule of "
                        + "row 12 match every Order: write the value, or head the column CONDITION (optional) (row 6) if a blank "
                        + "cell should match any",
                "policy " + TABLE_MISTAKES + ", 2 errors, 0 warnings (strict)", ""));
    }

    @Test
    void should_name_the_dependency_to_add_when_a_policy_holds_a_spreadsheet() {
        CliRun run = run("check", SPREADSHEET);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(String.join("\n",
                SPREADSHEET + "/guarantees/matrix.drl.xlsx:0:0: is a spreadsheet, and trust-rules reads spreadsheets with "
                        + "org.drools:drools-decisiontables: add that dependency (it brings Apache POI, about 18 MB), or save the "
                        + "table as CSV (.drl.csv), which trust-rules reads itself",
                "policy " + SPREADSHEET + ", 1 error, 0 warnings (strict)", ""));
    }

    @Test
    void should_exit_2_when_the_directory_does_not_exist() {
        CliRun run = run("check", "no/such/policy");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: DIR: no such directory: no/such/policy\n");
    }
}
