package dev.trustrules.flink;

import dev.trustrules.DecisionRecord;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;

/**
 * Decides fact streams on Flink. Every decision is a {@link DecisionRecord} (the facts and the decision,
 * which names the policy version that made it); facts that cannot be decided are on the side output
 * {@link #FAILURES}, never dropped.
 *
 * <pre>{@code
 * SingleOutputStreamOperator<DecisionRecord> decided =
 *         TrustDecisions.decideLive(documents, FactInput.jsonDocuments(), releases, PolicyRelease.defaultPolicy())
 *                 .uid("trust-rules-decide");
 * decided.getSideOutput(TrustDecisions.FAILURES).sinkTo(failureSink);
 * decided.getSideOutput(TrustDecisions.POLICY_CHANGES).sinkTo(alerts);
 * }</pre>
 *
 * Give the returned operator a {@code uid} of your own so that a savepoint finds its state again.
 */
public final class TrustDecisions {
    /** Facts that were not decided, with the reason. */
    public static final OutputTag<DecisionFailure> FAILURES =
            new OutputTag<>("trust-rules-failures", TypeInformation.of(DecisionFailure.class));

    /** What each parallel task did with each release of the update stream: activated, refused or unchanged. */
    public static final OutputTag<PolicyChange> POLICY_CHANGES =
            new OutputTag<>("trust-rules-policy-changes", TypeInformation.of(PolicyChange.class));

    /** The broadcast state holding the release serving ({@link LiveDecideFunction}). */
    public static final MapStateDescriptor<String, PolicyRelease> ACTIVE_RELEASE =
            new MapStateDescriptor<>("trust-rules-active-release", Types.STRING, TrustTypes.policyRelease());

    private TrustDecisions() {}

    /** Decides every fact on one release, built once per parallel task. */
    public static <IN> SingleOutputStreamOperator<DecisionRecord> decide(DataStream<IN> facts, FactInput<IN> input,
            PolicyRelease release) {
        return facts.process(new DecideFunction<>(release, input), TrustTypes.decisionRecord())
                .name("trust-rules decide (" + release.label() + ")");
    }

    /**
     * Decides every fact on the release serving, starting with {@code initial}, and takes each release of
     * {@code releases} (broadcast to every parallel task) as it comes; see {@link LiveDecideFunction}.
     */
    public static <IN> SingleOutputStreamOperator<DecisionRecord> decideLive(DataStream<IN> facts, FactInput<IN> input,
            DataStream<PolicyRelease> releases, PolicyRelease initial) {
        return facts.connect(releases.broadcast(ACTIVE_RELEASE))
                .process(new LiveDecideFunction<>(initial, input), TrustTypes.decisionRecord())
                .name("trust-rules decide (live rules)");
    }
}
