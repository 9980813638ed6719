package dev.trustrules;

import dev.trustrules.internal.Require;
import java.util.List;

/**
 * What a {@link TrustPolicy#reload()} did.
 *
 * @param outcome whether the rules were swapped, unchanged or refused
 * @param serving the newest version serving after the reload
 * @param problems why a reload was refused (empty otherwise)
 */
public record ReloadResult(Outcome outcome, PolicyId serving, List<Problem> problems) {

    /** What happened to the rules. */
    public enum Outcome {
        /** The rules changed, built and passed their checks; they now serve. */
        RELOADED,
        /** The files are the same as the ones serving (same SHA-256): nothing was rebuilt. */
        UNCHANGED,
        /** The rules changed but failed to build or pass their checks; the previous rules keep serving. */
        REFUSED
    }

    public ReloadResult {
        Require.present("reloadResult.outcome", outcome);
        Require.present("reloadResult.serving", serving);
        problems = Require.list("reloadResult.problems", problems);
    }
}
