package dev.trustrules.internal.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** Spreadsheets ({@code .drl.xls}, {@code .drl.xlsx}) are converted by Drools, an optional dependency. */
class SpreadsheetTablesTest {

    @Test
    void should_name_the_dependency_to_add_when_drools_decisiontables_is_not_on_the_class_path() throws Exception {
        try (URLClassLoader withoutDrools = new URLClassLoader(new URL[0], null)) {
            DecisionTables.UnreadableTable e = catchThrowableOfType(DecisionTables.UnreadableTable.class,
                    () -> DecisionTables.spreadsheet(new byte[] {1, 2, 3}, withoutDrools));

            assertThat(e.problems()).map(p -> p.row() + ":" + p.column() + ": " + p.message()).containsExactly(
                    "0:0: is a spreadsheet, and trust-rules reads spreadsheets with org.drools:drools-decisiontables: add that "
                            + "dependency (it brings Apache POI, about 18 MB), or save the table as CSV (.drl.csv), which "
                            + "trust-rules reads itself");
        }
    }

    @Test
    void should_say_the_spreadsheet_cannot_be_read_when_drools_is_there_and_the_file_is_no_spreadsheet() {
        DecisionTables.UnreadableTable e = catchThrowableOfType(DecisionTables.UnreadableTable.class,
                () -> DecisionTables.spreadsheet(new byte[] {1, 2, 3}, SpreadsheetTablesTest.class.getClassLoader()));

        assertThat(e.getMessage()).startsWith("is not a decision table that can be read: ");
    }
}
