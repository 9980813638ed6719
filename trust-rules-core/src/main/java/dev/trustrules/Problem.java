package dev.trustrules;

import dev.trustrules.internal.Require;
/**
 * One problem found in a rule file, printed as {@code file:line:column: message}.
 *
 * @param file the file's path relative to the policy root, with forward slashes; {@code null} or blank
 *     (a problem of the policy as a whole) is held as {@code "(policy)"}
 * @param line 1-based line, or 0 when unknown (a negative line, Drools' "unknown", is held as 0)
 * @param column 1-based column, or 0 when unknown (a negative column is held as 0)
 * @param severity whether the problem stops the policy from building
 * @param message what is wrong
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public Problem {
        file = file == null || file.isBlank() ? "(policy)" : file;
        line = Math.max(0, line);
        column = Math.max(0, column);
        Require.present("problem.severity", severity);
        Require.text("problem.message", message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
