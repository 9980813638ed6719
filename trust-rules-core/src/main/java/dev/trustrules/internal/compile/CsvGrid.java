package dev.trustrules.internal.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a CSV file as a spreadsheet shows them (RFC 4180): cells are separated by commas, and a
 * cell in double quotes may hold commas, line breaks and quotes written twice ({@code ""}). Rows and
 * columns count from 1; a row is a record, so a cell holding a line break does not start a new row.
 */
final class CsvGrid {
    private final List<List<String>> rows;

    private CsvGrid(List<List<String>> rows) {
        this.rows = rows;
    }

    /** A file that is not CSV, and the cell where reading stopped. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final int row;
        private final int column;

        Unreadable(String message, int row, int column) {
            super(message);
            this.row = row;
            this.column = column;
        }

        int row() {
            return row;
        }

        int column() {
            return column;
        }
    }

    static CsvGrid read(String text) throws Unreadable {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int rowNumber = rows.size() + 1;
            int columnNumber = row.size() + 1;
            if (cell.isEmpty() && text.charAt(i) == '"') {
                i = quoted(text, i + 1, cell, rowNumber, columnNumber);
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new Unreadable("cell " + name(rowNumber, columnNumber) + " goes on after its closing quote: a cell in "
                            + "quotes ends at its quote; write a quote inside it twice (\"\")", rowNumber, columnNumber);
                }
                if (i >= n) {
                    break;
                }
            }
            char c = text.charAt(i);
            if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\n' || c == '\r') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                cell.append(c);
                i++;
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return new CsvGrid(rows);
    }

    /** Reads a quoted cell's text from {@code from} (after its opening quote); the index after its closing quote. */
    private static int quoted(String text, int from, StringBuilder cell, int row, int column) throws Unreadable {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (c == '\r') {
                cell.append('\n');
                i += i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                continue;
            }
            cell.append(c);
            i++;
        }
        throw new Unreadable("cell " + name(row, column) + " opens a quote that is never closed: end the cell's text with \" "
                + "(a quote inside it is written twice: \"\")", row, column);
    }

    int rowCount() {
        return rows.size();
    }

    /** The cells of row {@code row} (1-based), up to its last cell written. */
    List<String> row(int row) {
        return row >= 1 && row <= rows.size() ? rows.get(row - 1) : List.of();
    }

    /** The text of a cell, {@code ""} beyond the cells written. */
    String text(int row, int column) {
        List<String> cells = row(row);
        return column >= 1 && column <= cells.size() ? cells.get(column - 1) : "";
    }

    /** Whether row {@code row} holds nothing but blanks from column {@code from} on. */
    boolean isBlank(int row, int from) {
        List<String> cells = row(row);
        for (int column = Math.max(1, from); column <= cells.size(); column++) {
            if (!cells.get(column - 1).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A cell's name as a spreadsheet shows it: {@code C12}. */
    static String name(int row, int column) {
        return columnName(column) + row;
    }

    /** A column's letters: 1 is A, 27 is AA. */
    static String columnName(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
