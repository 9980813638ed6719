package dev.trustrules.flink;

import java.util.List;

/**
 * What one parallel task did with a policy release from the update stream, on the side output
 * {@link TrustDecisions#POLICY_CHANGES}: every task reports, so a refusal is seen even if one task alone
 * refuses.
 *
 * @param subtask the index of the parallel task that reports
 * @param outcome activated, refused, or unchanged (the same release again)
 * @param release the release from the update stream ({@code name@version})
 * @param serving the release serving after the change: the new one when activated, the last good otherwise
 * @param problems for a refusal, every problem as {@code file:line:column: message}; empty otherwise
 */
public record PolicyChange(int subtask, Outcome outcome, String release, String serving, List<String> problems) {
    public PolicyChange {
        problems = List.copyOf(problems);
    }

    /** What became of a release. */
    public enum Outcome {
        /** It built (and passed its scenarios) and now decides every later record of the task. */
        ACTIVATED,
        /** It did not build or failed a scenario: the last good release keeps serving. */
        REFUSED,
        /** It is the release already serving, byte for byte: nothing was built. */
        UNCHANGED
    }
}
