package dev.trustrules.internal.compile;

import dev.trustrules.internal.compile.DecisionTableReader.CellProblem;
import dev.trustrules.internal.compile.DecisionTableSheet.Cell;
import dev.trustrules.internal.compile.DecisionTableSheet.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rows of a decision table file outside its tables: a keyword in the first cell, its value in the next.
 * {@code RuleSet} (the package, required), {@code Import}, {@code Notes} and {@code EscapeQuotes} are read;
 * {@code Functions}, {@code Queries}, {@code Declare}, {@code Variables} and a {@code Dialect} other than java
 * only in lenient policies (their text goes into the DRL as Drools writes it); every other word is refused at
 * its row, saying what to write instead.
 */
final class DecisionTableKeywords {
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");
    private static final Pattern IMPORT = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+(\\.\\*)?");
    private static final Pattern GLOBAL = Pattern.compile("[A-Za-z_$][\\w$.]*\\s+[A-Za-z_$][\\w$]*");
    private static final List<String> KEYWORDS = List.of("RuleSet", "Import", "Notes", "RuleTable", "EscapeQuotes", "Functions",
            "Queries", "Declare", "Variables", "Dialect");

    private final CsvGrid grid;
    private final boolean strict;
    private final String folderPackage;
    private final List<CellProblem> problems;
    private Entry packageName;
    private Cell ruleSetRow;
    private Entry dialect;
    private final List<Entry> imports = new ArrayList<>();
    private final List<Entry> globals = new ArrayList<>();
    private final List<Entry> listings = new ArrayList<>();

    DecisionTableKeywords(CsvGrid grid, boolean strict, String folderPackage, List<CellProblem> problems) {
        this.grid = grid;
        this.strict = strict;
        this.folderPackage = folderPackage;
        this.problems = problems;
    }

    Entry packageName() {
        return packageName;
    }

    Entry dialect() {
        return dialect;
    }

    List<Entry> imports() {
        return imports;
    }

    List<Entry> globals() {
        return globals;
    }

    List<Entry> listings() {
        return listings;
    }

    /** Reports what is missing once every row is read. */
    void finish() {
        if (ruleSetRow == null) {
            problem(1, 1, "a decision table names its package in a RuleSet row: write RuleSet in the first cell and the folder's "
                    + "package (" + folderPackage + ") in the next");
        }
    }

    /** Reads the keyword row {@code row}, whose first cell written is in {@code column}. */
    void read(int row, int column) {
        Cell key = cell(row, column);
        String word = key.value();
        int valueColumn = nextFilled(row, column);
        Cell value = valueColumn == 0 ? null : cell(row, valueColumn);
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("notes")) {
            return; // remarks: any cells
        }
        switch (lower) {
            case "ruleset" -> ruleSet(key, value);
            case "import" -> imports(key, value);
            case "escapequotes" -> {
                if (value == null || !value.value().matches("(?i)true|false")) {
                    problem(value == null ? key : value, "EscapeQuotes is true or false (either way, trust-rules escapes the "
                            + "quotes of a cell whose value goes inside a text in quotes, and no other)");
                }
            }
            case "functions", "queries", "declare", "variables", "dialect" -> lenientOnly(word, key, value);
            case "sequential", "sequentialminpriority", "sequentialmaxpriority" -> problem(key, word + " is not supported: "
                    + "rules fire in the order of their priorities; give the table a PRIORITY column");
            case "unit" -> problem(key, "Unit is not allowed: rule units are not supported; write plain rules");
            case "numericdisabled", "ignorenumericformat" -> problem(key, word + " has no effect in a CSV table (it is about a "
                    + "spreadsheet's number cells): remove the row");
            default -> unknownKeyword(key, word);
        }
        int extra = value == null ? 0 : nextFilled(row, valueColumn);
        if (extra != 0) {
            problem(cell(row, extra), "the " + word + " row holds one value, in the cell after " + word + "; this cell would be "
                    + "ignored: move its text into that cell (separated by a comma) or into a Notes row");
        }
    }

    private void ruleSet(Cell key, Cell value) {
        if (ruleSetRow != null) {
            problem(key, "a second RuleSet row: the file's package is set once (row " + ruleSetRow.row() + ")");
            return;
        }
        ruleSetRow = key;
        if (value == null) {
            problem(key, "RuleSet needs the package in the next cell: the folder's package, " + folderPackage);
        } else if (!PACKAGE.matcher(value.value()).matches()) {
            problem(value, "\"" + value.value() + "\" is not a package name: write the folder's package, " + folderPackage);
        } else {
            packageName = new Entry(value.value(), value);
        }
    }

    private void imports(Cell key, Cell value) {
        if (value == null) {
            problem(key, "Import needs the classes in the next cell, separated by commas (dev.trustrules.facts.Order, "
                    + "dev.trustrules.facts.Category)");
            return;
        }
        for (String part : value.value().split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (IMPORT.matcher(name).matches()) {
                imports.add(new Entry(name, value));
            } else {
                problem(value, "\"" + name + "\" is not a class to import: write its full name, such as dev.trustrules.facts.Order");
            }
        }
    }

    private void lenientOnly(String word, Cell key, Cell value) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("dialect") && value != null && value.value().equals("java")) {
            return; // the default
        }
        if (strict) {
            problem(key, switch (lower) {
                case "functions" -> "Functions is not allowed in a decision table in strict mode: write the functions in a .drl "
                        + "file in this folder (package " + folderPackage + "), where they are checked like every rule (no loops, "
                        + "no recursion), and call them from the table";
                case "declare" -> "Declare is not allowed in a decision table in strict mode: declare the type in a .drl file in "
                        + "this folder (package " + folderPackage + "), where its field defaults are checked, and use it from "
                        + "the table";
                case "queries" -> "Queries is not allowed in a decision table in strict mode: a query decides nothing; write a "
                        + "rule in a .drl file";
                case "variables" -> "Variables is not allowed in a decision table in strict mode: declare the globals in a .drl "
                        + "file in this folder (package " + folderPackage + "); the table's rules can read them";
                default -> "the Dialect row sets dialect \"" + (value == null ? "" : value.value()) + "\", which is not allowed in "
                        + "strict mode: conditions and actions are written in the default dialect (java), which the sandbox "
                        + "verifies; remove the row";
            });
            return;
        }
        if (value == null) {
            problem(key, word + " needs its text in the next cell");
        } else if (lower.equals("dialect")) {
            if (PACKAGE.matcher(value.value()).matches()) {
                dialect = new Entry("dialect \"" + value.value() + "\"", value);
            } else {
                problem(value, "\"" + value.value() + "\" is not a dialect: write java or mvel");
            }
        } else if (lower.equals("variables")) {
            for (String part : value.value().split(",")) {
                if (GLOBAL.matcher(part.strip()).matches()) {
                    globals.add(new Entry("global " + part.strip() + ";", value));
                } else if (!part.isBlank()) {
                    problem(value, "\"" + part.strip() + "\" is not a global: write its type and name, such as java.util.List list");
                }
            }
        } else {
            listings.add(new Entry(value.value(), value));
        }
    }

    private void unknownKeyword(Cell key, String word) {
        ColumnKind kind = ColumnKind.read(word).kind();
        if (kind != null) {
            problem(key, word + " for the whole file is not supported: give the table a " + kind.header + " column, which sets it "
                    + "for each rule");
        } else if (ColumnKind.refusal(word) != null) {
            problem(key, ColumnKind.refusal(word));
        } else {
            problem(key, "\"" + abbreviate(word) + "\" is not a keyword of a decision table" + Suggestions.didYouMean(word, KEYWORDS)
                    + " (outside a table a row starts with RuleSet, Import, Notes or RuleTable; a remark goes in a Notes row)");
        }
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
