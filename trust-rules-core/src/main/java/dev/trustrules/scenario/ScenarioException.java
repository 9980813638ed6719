package dev.trustrules.scenario;

import dev.trustrules.TrustRulesException;
import dev.trustrules.internal.json.Locations;

/**
 * A scenario file could not be read: it is missing, malformed, or holds an unknown field or value. The
 * message is {@code file: path: problem (line L, column C)}, or {@code file: problem} when the file
 * itself is at fault.
 */
public class ScenarioException extends TrustRulesException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String path;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file the scenario file, as given
     * @param path the path of the offending value ({@code expect.entitlements[0].type}), or {@code ""}
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param problem what is wrong, without the file, path or location
     */
    public ScenarioException(String file, String path, int line, int column, String problem) {
        super(format(file, path, line, column, problem));
        this.file = file;
        this.path = path == null ? "" : path;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.problem = problem;
    }

    /** The scenario file, as given. */
    public String file() {
        return file;
    }

    /** The path of the offending value; empty for the document or the file. */
    public String path() {
        return path;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the file, path or location. */
    public String problem() {
        return problem;
    }

    private static String format(String file, String path, int line, int column, String problem) {
        return file + ": " + Locations.describe(path, line, column, problem);
    }
}
