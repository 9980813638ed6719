package dev.trustrules.internal.compile;

import static dev.trustrules.internal.compile.DecisionTableFixtures.HEAD;
import static dev.trustrules.internal.compile.DecisionTableFixtures.drl;
import static dev.trustrules.internal.compile.DecisionTableFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rows outside a decision table's RuleTables: the keywords read, and those refused at their row. */
class DecisionTableKeywordsTest {
    private static final String TABLE = """
            RuleTable T
            NAME,CONDITION,ACTION
            ,Order,
            ,paidFen >= $param,"insert(new AddNote(""PAID"", ""enough""));"
            rule,min paid,note
            T-01 any,0,X
            """;

    @Test
    void should_ignore_notes_and_escape_quotes_when_they_are_written() throws Exception {
        assertThat(drl(HEAD + """
                Notes,"first remark, with a comma",second remark
                EscapeQuotes,false
                """ + TABLE)).startsWith("package guarantees;\n//generated from Decision Table\nimport dev.trustrules.facts.Order;\n")
                .doesNotContain("remark");
    }

    @Test
    void should_refuse_each_keyword_that_brings_code_of_its_own_when_strict() {
        assertThat(problems(HEAD + """
                Functions,"function long twice(long n) { return 2 * n; }"
                Declare,"declare TableLimits minPaid : long end"
                Queries,"query paid() Order() end"
                Variables,"java.util.List seen"
                Dialect,mvel
                """ + TABLE)).containsExactly(
                "3:1: Functions is not allowed in a decision table in strict mode: write the functions in a .drl file in this "
                        + "folder (package guarantees), where they are checked like every rule (no loops, no recursion), and "
                        + "call them from the table",
                "4:1: Declare is not allowed in a decision table in strict mode: declare the type in a .drl file in this folder "
                        + "(package guarantees), where its field defaults are checked, and use it from the table",
                "5:1: Queries is not allowed in a decision table in strict mode: a query decides nothing; write a rule in a .drl "
                        + "file",
                "6:1: Variables is not allowed in a decision table in strict mode: declare the globals in a .drl file in this "
                        + "folder (package guarantees); the table's rules can read them",
                "7:1: the Dialect row sets dialect \"mvel\", which is not allowed in strict mode: conditions and actions are "
                        + "written in the default dialect (java), which the sandbox verifies; remove the row");
    }

    @Test
    void should_write_what_those_keywords_carry_when_lenient() throws Exception {
        String csv = HEAD + """
                Dialect,mvel
                Variables,"java.util.List seen, java.util.Map counts"
                Functions,"function long twice(long n) { return 2 * n; }"
                Declare,"declare TableLimits minPaid : long end"
                """ + TABLE;

        assertThat(problems(csv, false)).isEmpty();
        assertThat(DecisionTables.csv(csv, false, "guarantees").drl()).startsWith("""
                package guarantees;
                dialect "mvel"
                //generated from Decision Table
                import dev.trustrules.facts.Order;
                import dev.trustrules.facts.Category;
                import dev.trustrules.facts.BuyerAccount;
                import dev.trustrules.rules.AddNote;
                global java.util.List seen;
                global java.util.Map counts;
                function long twice(long n) { return 2 * n; }
                declare TableLimits minPaid : long end
                // rule values at A12, header at A7
                """);
    }

    @Test
    void should_accept_the_java_dialect_when_strict() throws Exception {
        assertThat(drl(HEAD + "Dialect,java\n" + TABLE)).doesNotContain("dialect");
    }

    @Test
    void should_refuse_the_keywords_trust_rules_does_not_support_in_either_mode() {
        String csv = HEAD + """
                Sequential,true
                Unit,guarantees.Checkout
                NumericDisabled,true
                PRIORITY,10
                DATE-EFFECTIVE,01-Jan-2026
                Imports,dev.trustrules.facts.Order
                """ + TABLE;

        assertThat(problems(csv, false)).isEqualTo(problems(csv, true)).containsExactly(
                "3:1: Sequential is not supported: rules fire in the order of their priorities; give the table a PRIORITY column",
                "4:1: Unit is not allowed: rule units are not supported; write plain rules",
                "5:1: NumericDisabled has no effect in a CSV table (it is about a spreadsheet's number cells): remove the row",
                "6:1: PRIORITY for the whole file is not supported: give the table a PRIORITY column, which sets it for each rule",
                "7:1: DATE-EFFECTIVE sets date-effective, which is not allowed: it makes a rule depend on the clock, so a "
                        + "replayed decision could differ; compare with the evaluation time (EvaluationTime) in a .drl rule, or "
                        + "ship a new policy version with an effectiveFrom",
                "8:1: \"Imports\" is not a keyword of a decision table; did you mean Import? (outside a table a row starts with "
                        + "RuleSet, Import, Notes or RuleTable; a remark goes in a Notes row)");
    }

    @Test
    void should_refuse_the_package_row_when_it_is_missing_repeated_or_not_a_package() {
        assertThat(problems("Import,dev.trustrules.facts.Order\n" + TABLE)).containsExactly("1:1: a decision table names its "
                + "package in a RuleSet row: write RuleSet in the first cell and the folder's package (guarantees) in the next");
        assertThat(problems(HEAD + "RuleSet,guarantees\nRuleSet,\n" + TABLE)).containsExactly(
                "3:1: a second RuleSet row: the file's package is set once (row 1)",
                "4:1: a second RuleSet row: the file's package is set once (row 1)");
        assertThat(problems("RuleSet,my guarantees\nImport,\"dev.trustrules.facts.Order, dev.trustrules.rules.AddNote\"\n" + TABLE))
                .containsExactly("1:2: \"my guarantees\" is not a package name: write the folder's package, guarantees");
    }

    @Test
    void should_refuse_an_import_row_when_a_class_is_not_a_full_name_or_a_value_is_in_a_second_cell() {
        assertThat(problems("""
                RuleSet,guarantees
                Import,"dev.trustrules.facts.Order, AddNote"
                Import,dev.trustrules.facts.Category,dev.trustrules.rules.AddNote
                Import
                """ + TABLE)).containsExactly(
                "2:2: \"AddNote\" is not a class to import: write its full name, such as dev.trustrules.facts.Order",
                "3:3: the Import row holds one value, in the cell after Import; this cell would be ignored: move its text into that "
                        + "cell (separated by a comma) or into a Notes row",
                "4:1: Import needs the classes in the next cell, separated by commas (dev.trustrules.facts.Order, "
                        + "dev.trustrules.facts.Category)");
    }

    @Test
    void should_refuse_escape_quotes_when_it_is_neither_true_nor_false() {
        assertThat(problems(HEAD + "EscapeQuotes,no\n" + TABLE)).containsExactly("3:2: EscapeQuotes is true or false (either way, "
                + "trust-rules escapes the quotes of a cell whose value goes inside a text in quotes, and no other)");
    }

    @Test
    void should_refuse_the_file_when_it_holds_no_rule_table() {
        assertThat(problems(HEAD)).containsExactly("1:1: holds no RuleTable: a table's rules follow a row starting RuleTable "
                + "<name>, under which come the column kinds, the fact types, the code, the labels and one row per rule");
    }
}
