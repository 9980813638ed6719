package dev.trustrules.internal.json;

/** The one wording of "where in a document" for JSON and scenario errors. */
public final class Locations {
    private Locations() {}

    /** {@code path: problem (line L, column C)}, leaving out the path when empty and the place when unknown. */
    public static String describe(String path, int line, int column, String problem) {
        StringBuilder message = new StringBuilder();
        if (path != null && !path.isEmpty()) {
            message.append(path).append(": ");
        }
        message.append(problem);
        if (line > 0) {
            message.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        return message.toString();
    }
}
