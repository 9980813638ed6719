package dev.trustrules;

import java.util.List;

/**
 * Hears what a {@link TrustPolicy} does: every decision (to record it, or count it), every failed
 * evaluation, and every reload taken or refused. All methods default to doing nothing.
 *
 * <p>Methods are called on the thread that did the work (the caller of {@code evaluate}, or the thread
 * that reloads), after the work is done. A listener that throws never costs a caller its decision or
 * stops a reload: the exception is logged (SLF4J, logger {@code dev.trustrules.TrustPolicy}) and the
 * other listeners still run. Keep listeners fast; hand slow work (writing to a database) to a queue.
 */
public interface TrustPolicyListener {

    /** A decision was made in {@code nanos} nanoseconds. */
    default void onDecision(TrustRequest request, Decision decision, long nanos) {}

    /** An evaluation failed after {@code nanos} nanoseconds; the caller got {@code error}. */
    default void onEvaluationFailed(TrustRequest request, EvaluationException error, long nanos) {}

    /** A new version of the rules was built and now serves; calls in flight finish on the previous one. */
    default void onReloaded(PolicyId previous, PolicyId current) {}

    /** A changed version of the rules was refused; {@code serving} keeps serving. */
    default void onReloadRefused(PolicyId serving, List<Problem> problems) {}
}
