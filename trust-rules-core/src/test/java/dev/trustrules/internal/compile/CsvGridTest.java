package dev.trustrules.internal.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvGridTest {

    @Test
    void should_keep_commas_and_doubled_quotes_inside_a_cell_when_it_is_quoted() throws Exception {
        CsvGrid grid = CsvGrid.read("Import,\"dev.trustrules.facts.Category, dev.trustrules.facts.Order\",x\n"
                + ",\"insert(new AddNote(\"\"A, B\"\", \"\"\"\"));\",\"\"\n");

        assertThat(grid.row(1)).containsExactly("Import", "dev.trustrules.facts.Category, dev.trustrules.facts.Order", "x");
        assertThat(grid.row(2)).containsExactly("", "insert(new AddNote(\"A, B\", \"\"));", "");
    }

    @Test
    void should_keep_a_line_break_in_its_cell_and_row_when_the_cell_is_quoted() throws Exception {
        CsvGrid grid = CsvGrid.read("Notes,\"first line\r\nsecond line\"\nRuleSet,guarantees\n");

        assertThat(grid.rowCount()).isEqualTo(2);
        assertThat(grid.text(1, 2)).isEqualTo("first line\nsecond line");
        assertThat(grid.text(2, 1)).isEqualTo("RuleSet");
    }

    @Test
    void should_read_every_line_ending_and_the_last_line_when_it_has_no_line_break() throws Exception {
        CsvGrid grid = CsvGrid.read("a,b\r\nc\rd,,\ne");

        assertThat(List.of(grid.row(1), grid.row(2), grid.row(3), grid.row(4)))
                .containsExactly(List.of("a", "b"), List.of("c"), List.of("d", "", ""), List.of("e"));
        assertThat(grid.text(3, 9)).isEmpty();
        assertThat(grid.isBlank(3, 2)).isTrue();
        assertThat(grid.isBlank(3, 1)).isFalse();
    }

    @Test
    void should_keep_a_quote_as_text_when_it_is_inside_an_unquoted_cell() throws Exception {
        assertThat(CsvGrid.read("19\" screen,x").row(1)).containsExactly("19\" screen", "x");
    }

    @Test
    void should_refuse_the_file_at_the_cell_when_a_quote_is_never_closed() {
        CsvGrid.Unreadable e = catchThrowableOfType(CsvGrid.Unreadable.class,
                () -> CsvGrid.read("RuleSet,guarantees\nImport,\"dev.trustrules.facts.Order\n,,\n"));

        assertThat(List.of(e.row(), e.column())).containsExactly(2, 2);
        assertThat(e.getMessage()).isEqualTo("cell B2 opens a quote that is never closed: end the cell's text with \" (a quote "
                + "inside it is written twice: \"\")");
    }

    @Test
    void should_refuse_the_file_at_the_cell_when_text_follows_a_closing_quote() {
        CsvGrid.Unreadable e = catchThrowableOfType(CsvGrid.Unreadable.class, () -> CsvGrid.read("a,\"b\"c,d\n"));

        assertThat(List.of(e.row(), e.column())).containsExactly(1, 2);
        assertThat(e.getMessage()).isEqualTo("cell B1 goes on after its closing quote: a cell in quotes ends at its quote; write "
                + "a quote inside it twice (\"\")");
    }

    @Test
    void should_name_columns_as_a_spreadsheet_does_when_past_z() {
        assertThat(List.of(CsvGrid.name(12, 1), CsvGrid.name(1, 26), CsvGrid.name(3, 27), CsvGrid.name(3, 53)))
                .containsExactly("A12", "Z1", "AA3", "BA3");
    }
}
