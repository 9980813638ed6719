package dev.trustrules.flink;

import dev.trustrules.DecisionRecord;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Decides each fact on one policy release, taken in {@link #open(OpenContext)} (built once per TaskManager and
 * shared by its tasks: a policy is thread-safe) and reused for every record. Facts that cannot be decided go to {@link TrustDecisions#FAILURES}.
 *
 * @param <IN> the fact stream's record type (see {@link FactInput})
 */
public final class DecideFunction<IN> extends ProcessFunction<IN, DecisionRecord> {
    private static final long serialVersionUID = 1L;

    private final PolicyRelease release;
    private final FactInput<IN> input;
    private transient ServingPolicy serving;

    public DecideFunction(PolicyRelease release, FactInput<IN> input) {
        this.release = Objects.requireNonNull(release, "release");
        this.input = Objects.requireNonNull(input, "input");
    }

    @Override
    public void open(OpenContext context) {
        serving = ServingPolicy.build(release);
    }

    @Override
    public void processElement(IN record, Context context, Collector<DecisionRecord> out) {
        DecisionRecord decided = serving.decide(record, input, failure -> context.output(TrustDecisions.FAILURES, failure));
        if (decided != null) {
            out.collect(decided);
        }
    }

    @Override
    public void close() {
        if (serving != null) {
            serving.close();
            serving = null;
        }
    }
}
