package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision tables in a policy: what the later stages find in a table's rules is reported at the table's
 * cells (the code row for a column's code, the rule's row for its values), and spreadsheets are converted by
 * Drools when it is on the class path.
 */
class DecisionTablePolicyTest {
    private static final String HEAD = """
            RuleSet,guarantees
            Import,"dev.trustrules.facts.Order, dev.trustrules.facts.Category, dev.trustrules.rules.AddNote"
            RuleTable T
            NAME,CONDITION,ACTION
            ,Order,
            """;

    @TempDir
    Path dir;

    private PolicyBuildException refused(String table) {
        TestPolicies.write(dir, Map.of("guarantees/matrix.drl.csv", table));
        return catchThrowableOfType(PolicyBuildException.class, () -> TrustPolicy.builder().fromDirectory(dir).strict(true).build());
    }

    @Test
    void should_report_a_call_at_the_code_row_when_the_column_code_makes_it() {
        PolicyBuildException e = refused(HEAD + """
                ,paidFen >= $param,"insert(new AddNote(""HOME"", System.getProperty(""user.home"")));"
                rule,min paid,home
                T-01 any,0,X
                """);

        assertThat(e.problems()).filteredOn(Problem::isError).map(Problem::toString).containsExactly(
                "guarantees/matrix.drl.csv:6:3: rule \"T-01 any\" calls java.lang.System.getProperty(), which is not allowed in "
                        + "strict mode: it reaches files, the network, the environment or the logs, and rules may only decide "
                        + "(see \"What rules may call\" in docs/policy-authoring.md)");
    }

    @Test
    void should_report_a_call_at_the_rule_row_when_a_code_cell_makes_it() {
        PolicyBuildException e = refused(HEAD + """
                ,paidFen >= $param,$param
                rule,min paid,action
                T-01 fine,0,"insert(new AddNote(""FINE"", ""nothing to see""));"
                T-02 home,0,"insert(new AddNote(""HOME"", System.getProperty(""user.home"")));"
                """);

        assertThat(e.problems()).filteredOn(Problem::isError).map(Problem::toString).containsExactly(
                "guarantees/matrix.drl.csv:9:3: rule \"T-02 home\" calls java.lang.System.getProperty(), which is not allowed in "
                        + "strict mode: it reaches files, the network, the environment or the logs, and rules may only decide "
                        + "(see \"What rules may call\" in docs/policy-authoring.md)");
    }

    @Test
    void should_report_an_unknown_field_at_the_code_row_when_the_column_code_misspells_it() {
        PolicyBuildException e = refused(HEAD + """
                ,categroy == Category.$param,"insert(new AddNote(""FOOD"", ""eaten""));"
                rule,category,note
                T-01 food,FOOD,X
                """);

        assertThat(e.problems()).filteredOn(Problem::isError).map(Problem::toString).containsExactly(
                "guarantees/matrix.drl.csv:6:2: rule \"T-01 food\": Order has no field categroy; did you mean category?");
    }

    @Test
    void should_report_a_cell_at_its_row_and_column_when_the_table_is_read() {
        PolicyBuildException e = refused(HEAD + """
                ,category == Category.$param,"insert(new AddNote(""FOOD"", ""eaten""));"
                rule,category,note
                T-01 food,FOOD,X
                T-02 fruit,FRUIT,no
                """);

        assertThat(e.problems()).map(Problem::toString).containsExactly(
                "guarantees/matrix.drl.csv:9:2: \"FRUIT\" is not a Category (it is one of APPAREL, SHOES_BAGS, "
                        + "COSMETICS, SKINCARE, FOOD, FRESH_FRUIT, FRESH_FOOD, JEWELLERY, LUXURY, USED_PHONE, ELECTRONICS, HOME, "
                        + "CUSTOM_MADE, INTIMATE_WEAR, DIGITAL_DOWNLOAD, OTHER)",
                "guarantees/matrix.drl.csv:9:3: \"no\" is not a flag: write X to turn it on, leave it blank to turn it off");
    }

    @Test
    void should_report_a_syntax_error_at_the_cell_when_a_code_cell_breaks_the_rule() {
        PolicyBuildException e = refused(HEAD + """
                ,paidFen >= $param,$param
                rule,min paid,action
                T-01 fine,0,"insert(new AddNote(""FINE"", ""ok""));"
                T-02 broken,0,"insert(new AddNote(""A"", ""b"")));"
                """);

        assertThat(e.problems()).filteredOn(Problem::isError).map(Problem::toString).containsExactly(
                "guarantees/matrix.drl.csv:9:3: the action cannot be read as Java: \")\" is not expected there; check its "
                        + "brackets, quotes and the ; after each statement");
    }

    @Test
    void should_decide_with_the_table_when_it_is_a_spreadsheet_and_drools_decisiontables_is_on_the_class_path() throws IOException {
        TestPolicies.write(dir, Map.of());
        Files.createDirectories(dir.resolve("guarantees"));
        String[][] rows = {
                {"RuleSet", "guarantees"},
                {"Import", "dev.trustrules.facts.Order, dev.trustrules.rules.AddNote"},
                {},
                {"RuleTable X"},
                {"NAME", "CONDITION", "ACTION"},
                {"", "Order", ""},
                {"", "paidFen >= $param", "insert(new AddNote(\"PAID\", \"enough\"));"},
                {"rule", "min", "note"},
                {"X-01 paid", "0", "X"}};
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("guarantees/paid.drl.xlsx"))) {
            var sheet = book.createSheet("table");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }

        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).strict(true).build()) {
            assertThat(policy.evaluate(Requests.counterfeitClaim(10000)).notes("PAID")).hasSize(1);
        }
    }
}
