package dev.trustrules.internal.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each part of the DRL generated from a CSV decision table comes from: for each DRL line, the cell
 * of the rule's row it belongs to, and for each stretch of the line, the cell its text was taken from (the
 * fact type, the column's code or the rule's own cell). Lines and columns count from 1.
 */
public final class TableSourceMap {
    /** A cell of the table. */
    public record Cell(int row, int column) {}

    private record Span(int from, int to, Cell cell) {}

    private final List<Cell> lines = new ArrayList<>();
    private final List<List<Span>> spans = new ArrayList<>();

    TableSourceMap() {}

    /** Starts the next DRL line, which belongs to {@code cell}. */
    void startLine(Cell cell) {
        lines.add(cell);
        spans.add(new ArrayList<>());
    }

    /** Marks columns {@code from} (inclusive) to {@code to} (exclusive) of the current line as taken from {@code cell}. */
    void mark(int from, int to, Cell cell) {
        if (cell != null && to > from) {
            spans.get(spans.size() - 1).add(new Span(from, to, cell));
        }
    }

    /** The cell DRL line {@code line} belongs to, or {@code null}. */
    public Cell cellOf(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }

    /** The cell the text at DRL line {@code line}, column {@code column} was taken from, else the line's cell, or {@code null}. */
    public Cell cellAt(int line, int column) {
        if (line < 1 || line > lines.size()) {
            return null;
        }
        for (Span span : spans.get(line - 1)) {
            if (span.from() <= column && column < span.to()) {
                return span.cell();
            }
        }
        return lines.get(line - 1);
    }
}
