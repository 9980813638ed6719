package dev.trustrules.scenario;

import dev.trustrules.TrustRequest;
import dev.trustrules.internal.Require;
import java.util.Objects;

/**
 * One scenario: a fact document and the outcomes expected of it.
 *
 * @param name what the scenario is about, unique enough to find it
 * @param file the file it was read from, as given to {@link Scenarios#read(java.nio.file.Path)}, with
 *     forward slashes
 * @param line the 1-based line where the scenario starts in its file
 * @param request the facts ({@code given})
 * @param expectations the outcomes expected ({@code expect})
 */
public record Scenario(String name, String file, int line, TrustRequest request, Expectations expectations) {

    public Scenario {
        Require.text("scenario.name", name);
        Objects.requireNonNull(file, "scenario.file");
        Objects.requireNonNull(request, "scenario.request");
        Objects.requireNonNull(expectations, "scenario.expectations");
        line = Math.max(0, line);
    }

    /** {@code file:line}, where the scenario starts. */
    public String location() {
        return file + ":" + line;
    }
}
