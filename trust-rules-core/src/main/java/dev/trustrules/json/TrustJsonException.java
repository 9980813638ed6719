package dev.trustrules.json;

import dev.trustrules.TrustRulesException;
import dev.trustrules.internal.json.Locations;

/**
 * A JSON (or YAML) document could not be read as a request: it is malformed, names an unknown field
 * or enum value, holds a value of the wrong kind, or describes facts that are not valid. The message
 * names the JSON path, the value, what was expected, and the line and column.
 */
public class TrustJsonException extends TrustRulesException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param path the JSON path of the offending value ({@code order.paidFen}), or {@code ""} for the document
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param problem what is wrong, without the path or location
     */
    public TrustJsonException(String path, int line, int column, String problem) {
        this(format(path, line, column, problem), path, line, column, problem);
    }

    /** For documents of other kinds (a scenario file) that say where they are in their own message. */
    protected TrustJsonException(String message, String path, int line, int column, String problem) {
        super(message);
        this.path = path == null ? "" : path;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.problem = problem;
    }

    /** What is wrong, without the path and the location. */
    public String problem() {
        return problem;
    }

    /** The JSON path of the offending value, such as {@code order.paidFen}; empty for the whole document. */
    public String path() {
        return path;
    }

    /** The 1-based line of the offending value, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the offending value, or 0 when unknown. */
    public int column() {
        return column;
    }

    private static String format(String path, int line, int column, String problem) {
        return Locations.describe(path, line, column, problem);
    }
}
