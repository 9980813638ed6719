package dev.trustrules.flink;

import dev.trustrules.DecisionRecord;
import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Decides each fact on the release serving in this task, and takes new releases from a broadcast stream
 * of {@link PolicyRelease}s (Flink's broadcast-state pattern): every parallel task receives every release,
 * builds it (checks, sandbox and scenarios included) and swaps it in atomically between two records, so a
 * record is decided wholly by one release and every record after the swap by the new one. A release that
 * does not build or fails a scenario is refused and the last good one keeps serving. Each task reports
 * what it did on {@link TrustDecisions#POLICY_CHANGES}; facts that cannot be decided go to
 * {@link TrustDecisions#FAILURES}.
 *
 * <p>The serving release is kept in broadcast state ({@link TrustDecisions#ACTIVE_RELEASE}), so it survives
 * a checkpoint or savepoint: on restore each task rebuilds it in {@link #open(OpenContext)} instead of the
 * initial release the job was written with. A release builds on the task's own thread, so that task's
 * records wait meanwhile (about a second for the default policy, precompiled; seconds for rules compiled
 * from DRL).
 *
 * @param <IN> the fact stream's record type (see {@link FactInput})
 */
public final class LiveDecideFunction<IN> extends BroadcastProcessFunction<IN, PolicyRelease, DecisionRecord>
        implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    static final String ACTIVE = "active";

    private final PolicyRelease initial;
    private final FactInput<IN> input;
    private transient PolicyRelease restored;
    private transient ServingPolicy serving;

    /** Decides on {@code initial} until a release arrives, unless restored state names another. */
    public LiveDecideFunction(PolicyRelease initial, FactInput<IN> input) {
        this.initial = Objects.requireNonNull(initial, "initial");
        this.input = Objects.requireNonNull(input, "input");
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        restored = context.isRestored()
                ? context.getOperatorStateStore().getBroadcastState(TrustDecisions.ACTIVE_RELEASE).get(ACTIVE)
                : null;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) {
        // the serving release is already in broadcast state, which the operator snapshots
    }

    @Override
    public void open(OpenContext context) {
        PolicyRelease start = restored != null ? restored : initial;
        try {
            serving = ServingPolicy.build(start);
        } catch (PolicyBuildException e) {
            throw new IllegalStateException("the " + (restored != null ? "restored" : "initial") + " release "
                    + start.label() + " does not build: " + problems(e), e);
        }
        restored = null;
    }

    /** The release serving in this task. */
    PolicyRelease serving() {
        return serving.release();
    }

    @Override
    public void processElement(IN record, ReadOnlyContext context, Collector<DecisionRecord> out) {
        DecisionRecord decided = serving.decide(record, input, failure -> context.output(TrustDecisions.FAILURES, failure));
        if (decided != null) {
            out.collect(decided);
        }
    }

    @Override
    public void processBroadcastElement(PolicyRelease release, Context context, Collector<DecisionRecord> out)
            throws Exception {
        int subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
        if (release.equals(serving.release())) {
            context.getBroadcastState(TrustDecisions.ACTIVE_RELEASE).put(ACTIVE, release);
            context.output(TrustDecisions.POLICY_CHANGES, new PolicyChange(subtask, PolicyChange.Outcome.UNCHANGED,
                    release.label(), release.label(), List.of()));
            return;
        }
        ServingPolicy next;
        try {
            next = ServingPolicy.build(release);
        } catch (PolicyBuildException e) {
            context.output(TrustDecisions.POLICY_CHANGES, new PolicyChange(subtask, PolicyChange.Outcome.REFUSED,
                    release.label(), serving.release().label(), problems(e)));
            return;
        }
        ServingPolicy previous = serving;
        serving = next;
        context.getBroadcastState(TrustDecisions.ACTIVE_RELEASE).put(ACTIVE, release);
        previous.close();
        context.output(TrustDecisions.POLICY_CHANGES, new PolicyChange(subtask, PolicyChange.Outcome.ACTIVATED,
                release.label(), release.label(), List.of()));
    }

    private static List<String> problems(PolicyBuildException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Override
    public void close() {
        if (serving != null) {
            serving.close();
            serving = null;
        }
    }
}
