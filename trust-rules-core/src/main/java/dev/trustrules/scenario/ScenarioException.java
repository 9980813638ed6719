package dev.trustrules.scenario;

import dev.trustrules.json.TrustJsonException;
import dev.trustrules.internal.json.Locations;

/**
 * A scenario file could not be read: it is missing, malformed, or holds an unknown field or value. The
 * message is {@code file: path: problem (line L, column C)}, or {@code file: problem} when the file
 * itself is at fault. A scenario file is a document like a request, so this is a
 * {@link TrustJsonException} that also names its file.
 */
public class ScenarioException extends TrustJsonException {
    private static final long serialVersionUID = 1L;

    private final String file;

    /**
     * @param file the scenario file, as given
     * @param path the path of the offending value ({@code expect.entitlements[0].type}), or {@code ""}
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param problem what is wrong, without the file, path or location
     */
    public ScenarioException(String file, String path, int line, int column, String problem) {
        super(file + ": " + Locations.describe(path, line, column, problem), path, line, column, problem);
        this.file = file;
    }

    /** The scenario file, as given. */
    public String file() {
        return file;
    }
}
