package dev.trustrules.internal.compile;

import java.util.List;
import java.util.Map;

/**
 * A decision table file as read by {@link DecisionTableReader}: its package, what goes into the DRL
 * before the rules, and its tables, every part with the cell it was read from.
 *
 * @param packageName the package (the {@code RuleSet} row's value)
 * @param dialect a lenient policy's {@code Dialect} row, or {@code null}
 * @param imports one entry per class imported
 * @param globals a lenient policy's {@code Variables}, one entry per global ({@code Type name})
 * @param listings a lenient policy's {@code Functions}, {@code Queries} and {@code Declare} cells, as written
 * @param tables the tables, in the order of the file
 */
record DecisionTableSheet(Entry packageName, Entry dialect, List<Entry> imports, List<Entry> globals, List<Entry> listings,
        List<Table> tables) {

    /** A cell; rows and columns count from 1. */
    record Cell(int row, int column, String text) {
        String value() {
            return text.strip();
        }

        boolean isBlank() {
            return text.isBlank();
        }

        String name() {
            return CsvGrid.name(row, column);
        }
    }

    /** A piece of DRL and the cell it comes from. */
    record Entry(String text, Cell cell) {}

    /**
     * A column of a table.
     *
     * @param kind its kind, from its header
     * @param optional whether a blank cell is allowed (a CONDITION headed {@code CONDITION (optional)})
     * @param header its header cell
     * @param objectType the cell under the header: a CONDITION's fact type, an ACTION's bound variable
     * @param code the cell of its code (snippet)
     * @param values what its cells may hold (CONDITION and ACTION columns), else {@code null}
     */
    record Column(ColumnKind kind, boolean optional, Cell header, Cell objectType, Cell code, ColumnValues values) {}

    /** A rule's row: its cells by column number. */
    record RuleRow(int row, Map<Integer, Cell> cells) {
        Cell cell(Column column) {
            Cell cell = cells.get(column.header().column());
            return cell != null ? cell : new Cell(row, column.header().column(), "");
        }
    }

    /** A {@code RuleTable}: its title cell, its columns, and one row per rule. */
    record Table(Cell title, List<Column> columns, List<RuleRow> rows) {}
}
