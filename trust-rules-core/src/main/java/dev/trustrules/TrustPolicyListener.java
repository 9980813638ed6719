package dev.trustrules;

import java.util.List;

/**
 * Hears what a {@link TrustPolicy} does: every decision (to record it, or count it), every failed
 * evaluation, and every reload taken or refused. All methods default to doing nothing.
 *
 * <p>Methods are called on the thread that did the work (the caller of {@code evaluate}, or the thread
 * that reloads), after the work is done. A listener that throws never costs a caller its decision or
 * stops a reload: the exception is logged (SLF4J, logger {@code dev.trustrules.TrustPolicy}) and the
 * other listeners still run. Each distinct failure (listener class, exception type, message, throwing
 * frame) is logged once with its stack trace, then counted: the count is logged at the 10th, 100th,
 * 1,000th, ... time. Keep listeners fast; hand slow work (writing to a database) to a queue.
 *
 * <p>Replays ({@link DecisionRecord#replayOn(TrustPolicy)}) are not reported unless asked for.
 */
public interface TrustPolicyListener {

    /** A decision was made in {@code nanos} nanoseconds. */
    default void onDecision(TrustRequest request, Decision decision, long nanos) {}

    /** An evaluation failed after {@code nanos} nanoseconds; the caller got {@code error}. */
    default void onEvaluationFailed(TrustRequest request, EvaluationException error, long nanos) {}

    /**
     * The policy was built and serves {@code serving}; called once, by {@code build()}, before it returns.
     *
     * @param nanos how long the build took (reading, compiling or loading precompiled models, scenarios)
     */
    default void onBuilt(PolicyId serving, long nanos) {}

    /**
     * A {@link TrustPolicy#reload()} (on demand or by the watcher) finished, whatever its outcome. The default
     * calls {@link #onReloaded} for {@code RELOADED} and {@link #onReloadRefused} for {@code REFUSED}, so
     * override either this or those.
     *
     * @param previous the newest version serving before the reload
     * @param result what the reload did
     * @param nanos how long the reload took
     */
    default void onReload(PolicyId previous, ReloadResult result, long nanos) {
        switch (result.outcome()) {
            case RELOADED -> onReloaded(previous, result.serving());
            case REFUSED -> onReloadRefused(result.serving(), result.problems());
            case UNCHANGED -> { }
        }
    }

    /** A new version of the rules was built and now serves; calls in flight finish on the previous one. */
    default void onReloaded(PolicyId previous, PolicyId current) {}

    /** A changed version of the rules was refused; {@code serving} keeps serving. */
    default void onReloadRefused(PolicyId serving, List<Problem> problems) {}
}
