package dev.trustrules.internal.compile;

import dev.trustrules.internal.compile.DecisionTableSheet.Cell;
import dev.trustrules.internal.compile.DecisionTableSheet.Column;
import dev.trustrules.internal.compile.DecisionTableSheet.Entry;
import dev.trustrules.internal.compile.DecisionTableSheet.RuleRow;
import dev.trustrules.internal.compile.DecisionTableSheet.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV decision table in the subset of Drools' format that trust-rules compiles itself, and checks
 * it: the rows outside its tables ({@link DecisionTableKeywords}), each {@code RuleTable}'s four header rows
 * and its columns ({@link ColumnKind}), and every rule's cells against what their column may hold (the
 * values of a CONDITION or ACTION column: {@link ColumnValues}). Each problem is at the row and column of its
 * cell, with a fix in plain words.
 */
final class DecisionTableReader {
    /** A problem at a cell (column 0: the row as a whole). */
    record CellProblem(int row, int column, String message) {}

    /** What was read, and what is wrong with it; the sheet is only whole when there are no problems. */
    record Result(DecisionTableSheet sheet, List<CellProblem> problems) {}

    private static final Pattern FACT_TYPE = Pattern.compile("(?:(\\$[\\w$]+)\\s*:\\s*)?([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)");
    private static final Pattern BOUND = Pattern.compile("\\$[\\w$]+");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Set<ColumnKind> ONE_PER_TABLE = EnumSet.complementOf(EnumSet.of(ColumnKind.CONDITION, ColumnKind.ACTION));

    private final CsvGrid grid;
    private final List<CellProblem> problems = new ArrayList<>();
    private final DecisionTableKeywords keywords;
    private final List<int[]> tableBlocks = new ArrayList<>(); // title row, start column, first rule row, end row (exclusive)
    private final Map<String, Integer> ruleNames = new HashMap<>();

    private DecisionTableReader(CsvGrid grid, boolean strict, String folderPackage) {
        this.grid = grid;
        this.keywords = new DecisionTableKeywords(grid, strict, folderPackage, problems);
    }

    /**
     * Reads {@code grid}.
     *
     * @param strict whether the keywords that bring code of their own ({@code Functions}, {@code Declare} ...) are refused
     * @param folderPackage the package the file's folder stands for, for the messages
     */
    static Result read(CsvGrid grid, boolean strict, String folderPackage) {
        DecisionTableReader reader = new DecisionTableReader(grid, strict, folderPackage);
        reader.readRows();
        List<Table> tables = new ArrayList<>();
        for (int[] block : reader.tableBlocks) {
            tables.add(reader.table(block[0], block[1], block[2], block[3]));
        }
        List<CellProblem> problems = new ArrayList<>(reader.problems);
        problems.sort(Comparator.comparingInt(CellProblem::row).thenComparingInt(CellProblem::column));
        DecisionTableKeywords keywords = reader.keywords;
        return new Result(new DecisionTableSheet(keywords.packageName(), keywords.dialect(), keywords.imports(), keywords.globals(),
                keywords.listings(), tables), problems);
    }

    private void readRows() {
        int row = 1;
        while (row <= grid.rowCount()) {
            int first = nextFilled(row, 0);
            if (first == 0) {
                row++;
            } else if (startsTable(row, first)) {
                row = block(row, first);
            } else {
                keywords.read(row, first);
                row++;
            }
        }
        keywords.finish();
        if (tableBlocks.isEmpty() && problems.isEmpty()) {
            problem(1, 1, "holds no RuleTable: a table's rules follow a row starting RuleTable <name>, under which come the "
                    + "column kinds, the fact types, the code, the labels and one row per rule");
        }
    }

    private boolean startsTable(int row, int column) {
        return grid.text(row, column).strip().toLowerCase(Locale.ROOT).startsWith("ruletable");
    }

    /** Finds where the table titled at {@code row} ends; returns the row after it. */
    private int block(int row, int start) {
        Cell title = cell(row, start);
        boolean kinds = false;
        List<String> headers = grid.row(row + 1);
        for (int column = start; column <= headers.size(); column++) {
            kinds |= !headers.get(column - 1).isBlank() && ColumnKind.read(headers.get(column - 1)).kind() != null;
        }
        if (!kinds) {
            problem(title, tableName(title) + " has no column kinds in row " + (row + 1) + ": under a RuleTable come four rows, the "
                    + "column kinds (NAME, CONDITION, ACTION ...), the fact types, the code and the labels, then one row per rule");
            int next = row + 1;
            while (next <= grid.rowCount() && !grid.isBlank(next, start) && !startsTable(next, nextFilled(next, start - 1))) {
                next++;
            }
            return next;
        }
        if (row + 4 > grid.rowCount()) {
            problem(title, tableName(title) + " ends before its four header rows (column kinds, fact types, code, labels): the file "
                    + "ends at row " + grid.rowCount());
            return grid.rowCount() + 1;
        }
        int first = row + 5;
        int end = first;
        while (end <= grid.rowCount() && !grid.isBlank(end, start) && !startsTable(end, nextFilled(end, start - 1))) {
            end++;
        }
        if (end == first) {
            problem(title, tableName(title) + " has no rules: write one row per rule under its labels (row " + (row + 4) + ")");
        }
        tableBlocks.add(new int[] {row, start, first, end});
        return end;
    }

    private Table table(int titleRow, int start, int first, int end) {
        Cell title = cell(titleRow, start);
        int kindsRow = titleRow + 1;
        List<Column> columns = new ArrayList<>();
        Set<Integer> refused = new HashSet<>();
        Map<ColumnKind, Cell> single = new HashMap<>();
        Map<String, Cell> bound = bindings(kindsRow, start);
        List<String> importNames = keywords.imports().stream().map(Entry::text).toList();
        int width = Math.max(grid.row(kindsRow).size(), start);
        for (int column = start; column <= width; column++) {
            Cell header = cell(kindsRow, column);
            if (header.isBlank()) {
                continue;
            }
            ColumnKind.Header read = ColumnKind.read(header.text());
            if (read.kind() == null) {
                problem(header, read.refusal());
                refused.add(column);
                continue;
            }
            if (ONE_PER_TABLE.contains(read.kind()) && single.putIfAbsent(read.kind(), header) != null) {
                problem(header, "a second " + read.kind().header + " column: a table has one (column "
                        + CsvGrid.columnName(single.get(read.kind()).column()) + ")");
                refused.add(column);
                continue;
            }
            columns.add(column(read, header, bound, importNames));
        }
        Set<Integer> inTable = new HashSet<>(refused);
        columns.forEach(c -> inTable.add(c.header().column()));
        for (int row = kindsRow + 1; row <= kindsRow + 3; row++) {
            outside(row, start, inTable, kindsRow);
        }
        if (!single.containsKey(ColumnKind.NAME) && !columns.isEmpty()) {
            problem(title, tableName(title) + " has no NAME column: add one, so that each rule has the name that decisions and "
                    + "audit records show");
        }
        List<RuleRow> rows = new ArrayList<>();
        for (int row = first; row < end; row++) {
            outside(row, start, inTable, kindsRow);
            Map<Integer, Cell> cells = new LinkedHashMap<>();
            for (Column column : columns) {
                Cell cell = cell(row, column.header().column());
                cells.put(cell.column(), cell);
                check(column, cell);
            }
            rows.add(new RuleRow(row, cells));
        }
        return new Table(title, columns, rows);
    }

    /** The variables the CONDITION columns bind ({@code $o : Order}), by name, with their cells. */
    private Map<String, Cell> bindings(int kindsRow, int start) {
        Map<String, Cell> bound = new LinkedHashMap<>();
        for (int column = start; column <= grid.row(kindsRow).size(); column++) {
            if (ColumnKind.read(grid.text(kindsRow, column)).kind() == ColumnKind.CONDITION) {
                Matcher type = FACT_TYPE.matcher(grid.text(kindsRow + 1, column).strip());
                if (type.matches() && type.group(1) != null) {
                    Cell cell = cell(kindsRow + 1, column);
                    Cell earlier = bound.putIfAbsent(type.group(1), cell);
                    if (earlier != null) {
                        problem(cell, type.group(1) + " is already bound in column " + CsvGrid.columnName(earlier.column())
                                + ": bind a fact once, and use the variable in the other columns");
                    }
                }
            }
        }
        return bound;
    }

    private Column column(ColumnKind.Header read, Cell header, Map<String, Cell> bound, List<String> importNames) {
        ColumnKind kind = read.kind();
        Cell type = cell(header.row() + 1, header.column());
        Cell code = cell(header.row() + 2, header.column());
        ColumnValues values = null;
        if (kind == ColumnKind.CONDITION) {
            Matcher fact = FACT_TYPE.matcher(type.value());
            Class<?> factType = null;
            if (type.isBlank()) {
                problem(type, "a CONDITION column needs the fact type it matches in this row, such as Order (or $o : Order to "
                        + "name the fact for the actions)");
            } else if (!fact.matches()) {
                problem(type, "\"" + abbreviate(type.value()) + "\" is not a fact type: write a type such as Order, or $o : Order "
                        + "(conditions that need more go in a .drl file)");
            } else {
                factType = ColumnValues.resolve(fact.group(2), importNames);
            }
            values = code(true, factType, code, importNames, "a CONDITION column needs its code in this row, with $param where "
                    + "the cell's value goes, such as category == Category.$param");
        } else if (kind == ColumnKind.ACTION) {
            if (!type.isBlank() && !(BOUND.matcher(type.value()).matches() && bound.containsKey(type.value()))) {
                problem(type, BOUND.matcher(type.value()).matches() ? type.value() + " is not bound: bind it in a CONDITION "
                        + "column's fact type ($o : Order)" : "an ACTION's cell in this row is blank, or names a fact bound in a "
                        + "CONDITION column ($o) whose methods the code calls");
            }
            values = code(false, null, code, importNames, "an ACTION column needs its code in this row: what the rule does, with "
                    + "$param where the cell's value goes, or without for a column of X");
        } else {
            for (Cell cell : List.of(type, code)) {
                if (!cell.isBlank()) {
                    problem(cell, "leave this cell blank: a " + kind.header + " column's values are in the rows of the rules");
                }
            }
        }
        return new Column(kind, read.optional(), header, type, code, values);
    }

    private ColumnValues code(boolean condition, Class<?> factType, Cell code, List<String> importNames, String missing) {
        if (code.isBlank()) {
            problem(code, missing);
            return null;
        }
        ColumnValues values = ColumnValues.of(condition, factType, code.value(), importNames);
        if (values.problem() != null) {
            problem(code, values.problem());
            return null;
        }
        return values;
    }

    /** Reports the cells of {@code row} in columns that are not in the table. */
    private void outside(int row, int start, Set<Integer> inTable, int kindsRow) {
        List<String> cells = grid.row(row);
        for (int column = start; column <= cells.size(); column++) {
            if (!cells.get(column - 1).isBlank() && !inTable.contains(column)) {
                problem(row, column, "this cell is outside the table: its column has no kind in row " + kindsRow + " (NAME, "
                        + "CONDITION, ACTION ...); give the column a kind, or leave the cell blank");
            }
        }
    }

    private void check(Column column, Cell cell) {
        String value = cell.value();
        int row = cell.row();
        switch (column.kind()) {
            case NAME -> {
                if (cell.isBlank()) {
                    problem(cell, "the rule of row " + row + " has no name: write one in its NAME cell (decisions and audit records "
                            + "show it)");
                } else if (value.contains("\"") || value.contains("\\") || value.contains("\n")) {
                    problem(cell, "a rule name may not hold quotes, backslashes or line breaks: write it as words, such as "
                            + "CAT-03 COSMETICS");
                } else {
                    Integer earlier = ruleNames.putIfAbsent(value, row);
                    if (earlier != null) {
                        problem(cell, "the rule name \"" + value + "\" is already used in row " + earlier + ": each rule's NAME "
                                + "differs, since decisions name the rule that decided");
                    }
                }
            }
            case PRIORITY -> {
                if (!WHOLE.matcher(value).matches()) {
                    problem(cell, (cell.isBlank() ? "the PRIORITY cell is blank" : "\"" + abbreviate(value) + "\" is not a priority")
                            + ": a PRIORITY cell holds a whole number (a rule with a higher number fires first), such as 110");
                }
            }
            case CONDITION -> {
                if (cell.isBlank() && !column.optional()) {
                    problem(cell, "the CONDITION cell is blank, which would make the rule of row " + row + " match every "
                            + factName(column) + ": write the value, or head the column CONDITION (optional) (row "
                            + column.header().row() + ") if a blank cell should match any");
                } else if (!cell.isBlank()) {
                    checkValue(column, cell);
                }
            }
            case ACTION -> {
                if (!cell.isBlank()) {
                    checkValue(column, cell);
                }
            }
            case NO_LOOP, LOCK_ON_ACTIVE, AUTO_FOCUS -> {
                if (!cell.isBlank() && !value.equals("X") && !value.equals("x")) {
                    problem(cell, "\"" + abbreviate(value) + "\" is not a flag: write X to turn " + column.kind().attribute
                            + " on, leave it blank to turn it off");
                }
            }
            case ACTIVATION_GROUP, AGENDA_GROUP, RULEFLOW_GROUP -> {
                if (value.contains("\"") || value.contains("\\") || value.contains("\n")) {
                    problem(cell, "a group's name may not hold quotes, backslashes or line breaks: write it as words");
                }
            }
            case DESCRIPTION -> {
                // free text for the reader
            }
        }
    }

    private void checkValue(Column column, Cell cell) {
        if (column.values() == null) {
            return; // its code is reported
        }
        String problem = column.values().check(cell.text());
        if (problem != null) {
            problem(cell, problem);
        }
    }

    private static String factName(Column column) {
        Matcher fact = FACT_TYPE.matcher(column.objectType().value());
        return fact.matches() ? fact.group(2).substring(fact.group(2).lastIndexOf('.') + 1) : "fact";
    }

    private static String tableName(Cell title) {
        return title.value();
    }

    private Cell cell(int row, int column) {
        return new Cell(row, column, grid.text(row, column));
    }

    /** The first column after {@code after} in {@code row} whose cell is not blank, or 0. */
    private int nextFilled(int row, int after) {
        List<String> cells = grid.row(row);
        for (int column = after + 1; column <= cells.size(); column++) {
            if (!cells.get(column - 1).isBlank()) {
                return column;
            }
        }
        return 0;
    }

    private void problem(Cell cell, String message) {
        problem(cell.row(), cell.column(), message);
    }

    private void problem(int row, int column, String message) {
        problems.add(new CellProblem(row, column, message));
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\R", " ");
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }
}
