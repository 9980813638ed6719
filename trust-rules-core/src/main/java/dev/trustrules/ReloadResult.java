package dev.trustrules;

import dev.trustrules.internal.Require;
import java.util.List;

/**
 * What a {@link TrustPolicy#reload()} did.
 *
 * @param outcome whether the rules were swapped, unchanged or refused
 * @param serving the newest version serving after the reload
 * @param problems why a reload was refused (empty otherwise)
 * @param added the rules of the newest version that the version it replaced did not have, sorted
 * @param removed the rules the replaced version had and the new one has not, sorted
 * @param changed the rules both have whose text (from {@code rule} to {@code end}) was edited, sorted;
 *     a change to a limit or an import changes the decisions of rules whose text stayed the same
 */
public record ReloadResult(Outcome outcome, PolicyId serving, List<Problem> problems, List<String> added,
        List<String> removed, List<String> changed) {

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
        added = Require.list("reloadResult.added", added);
        removed = Require.list("reloadResult.removed", removed);
        changed = Require.list("reloadResult.changed", changed);
    }

    /** A result that changed no rule: {@code UNCHANGED}, or {@code REFUSED} with its problems. */
    public ReloadResult(Outcome outcome, PolicyId serving, List<Problem> problems) {
        this(outcome, serving, problems, List.of(), List.of(), List.of());
    }
}
