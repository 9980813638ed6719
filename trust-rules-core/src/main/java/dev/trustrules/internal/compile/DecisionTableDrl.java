package dev.trustrules.internal.compile;

import dev.trustrules.internal.compile.DecisionTableSheet.Cell;
import dev.trustrules.internal.compile.DecisionTableSheet.Column;
import dev.trustrules.internal.compile.DecisionTableSheet.Entry;
import dev.trustrules.internal.compile.DecisionTableSheet.RuleRow;
import dev.trustrules.internal.compile.DecisionTableSheet.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the DRL of a checked {@link DecisionTableSheet}, as Drools' spreadsheet compiler writes it (the
 * same rules, conditions, actions and attributes, in the same order), with a {@link TableSourceMap} that
 * says which cell each part of it came from.
 *
 * <p>A rule per row: named by its NAME cell, with the salience of its PRIORITY cell and the attributes of
 * its other cells; one pattern per CONDITION cell that is not blank ({@code FactType(code)}, the cell's
 * values in the code's placeholders), one statement per ACTION cell that is not blank (an X turns on the
 * column's code as it is).
 */
final class DecisionTableDrl {
    /** The DRL generated and where each part of it came from. */
    record Generated(String drl, TableSourceMap map) {}

    private final StringBuilder drl = new StringBuilder();
    private final TableSourceMap map = new TableSourceMap();
    private int column = 1; // of the line being written, 1-based
    private Cell owner; // the cell the line being written belongs to

    private DecisionTableDrl() {}

    static Generated write(DecisionTableSheet sheet) {
        DecisionTableDrl out = new DecisionTableDrl();
        out.head(sheet);
        for (Table table : sheet.tables()) {
            for (RuleRow row : table.rows()) {
                out.rule(table, row);
            }
        }
        return new Generated(out.drl.toString(), out.map);
    }

    private void head(DecisionTableSheet sheet) {
        Cell packageCell = sheet.packageName().cell();
        line(packageCell, "package ", null, sheet.packageName().text(), packageCell, ";", null);
        if (sheet.dialect() != null) {
            line(sheet.dialect().cell(), sheet.dialect().text(), sheet.dialect().cell());
        }
        line(packageCell, "//generated from Decision Table", null);
        for (Entry imported : sheet.imports()) {
            line(imported.cell(), "import ", null, imported.text(), imported.cell(), ";", null);
        }
        for (Entry global : sheet.globals()) {
            line(global.cell(), global.text(), global.cell());
        }
        for (Entry listing : sheet.listings()) {
            line(listing.cell(), listing.text(), listing.cell());
        }
    }

    private void rule(Table table, RuleRow row) {
        Column nameColumn = column(table, ColumnKind.NAME);
        Cell name = row.cell(nameColumn);
        line(name, "// rule values at " + CsvGrid.name(row.row(), table.title().column()) + ", header at " + table.title().name(),
                null);
        line(name, "rule ", null, "\"" + name.value() + "\"", name);
        for (ColumnKind kind : List.of(ColumnKind.PRIORITY, ColumnKind.NO_LOOP, ColumnKind.LOCK_ON_ACTIVE, ColumnKind.AUTO_FOCUS,
                ColumnKind.ACTIVATION_GROUP, ColumnKind.AGENDA_GROUP, ColumnKind.RULEFLOW_GROUP)) {
            Column column = column(table, kind);
            Cell cell = column == null ? null : row.cell(column);
            if (cell != null && !cell.isBlank()) {
                String value = kind == ColumnKind.PRIORITY ? cell.value() : kind.isFlag() ? "true" : "\"" + cell.value() + "\"";
                line(cell, "\t" + kind.attribute + " ", null, value, cell);
            }
        }
        line(name, "\twhen", null);
        for (Column column : ordered(table, ColumnKind.CONDITION)) {
            Cell cell = row.cell(column);
            if (!cell.isBlank()) {
                start(cell);
                text("\t\t", null);
                text(column.objectType().value(), column.objectType());
                text("(", null);
                pieces(column, cell);
                text(")", null);
                end();
            }
        }
        line(name, "\tthen", null);
        for (Column column : ordered(table, ColumnKind.ACTION)) {
            Cell cell = row.cell(column);
            if (!cell.isBlank()) {
                start(cell);
                text("\t\t", null);
                if (!column.objectType().isBlank()) {
                    text(column.objectType().value() + ".", column.objectType());
                }
                pieces(column, cell);
                if (!column.objectType().isBlank()) {
                    text(";", null);
                }
                end();
            }
        }
        line(name, "end", null);
        line(name, "", null);
    }

    private void pieces(Column column, Cell cell) {
        for (ColumnValues.Piece piece : column.values().render(cell.text())) {
            text(piece.text(), piece.fromCell() ? cell : column.code());
        }
    }

    /**
     * The columns of {@code kind} in the order Drools gives their code: those with a fact type (or bound
     * variable) first, then the others, each from left to right.
     */
    private static List<Column> ordered(Table table, ColumnKind kind) {
        List<Column> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.kind() == kind) {
                columns.add(column);
            }
        }
        columns.sort(Comparator.comparing((Column c) -> c.objectType().isBlank()));
        return columns;
    }

    private static Column column(Table table, ColumnKind kind) {
        for (Column column : table.columns()) {
            if (column.kind() == kind) {
                return column;
            }
        }
        return null;
    }

    // --- writing, with the map ---

    /** A whole line belonging to {@code owner}: texts, each followed by the cell it comes from (or {@code null}). */
    private void line(Cell owner, Object... textsAndCells) {
        start(owner);
        for (int i = 0; i < textsAndCells.length; i += 2) {
            text((String) textsAndCells[i], (Cell) textsAndCells[i + 1]);
        }
        end();
    }

    private void start(Cell cell) {
        owner = cell;
        map.startLine(mapped(cell));
        column = 1;
    }

    private void text(String text, Cell from) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                drl.append('\n');
                map.startLine(mapped(owner));
                column = 1;
            }
            map.mark(column, column + lines[i].length(), mapped(from));
            drl.append(lines[i]);
            column += lines[i].length();
        }
    }

    private void end() {
        drl.append('\n');
    }

    private static TableSourceMap.Cell mapped(Cell cell) {
        return cell == null ? null : new TableSourceMap.Cell(cell.row(), cell.column());
    }
}
