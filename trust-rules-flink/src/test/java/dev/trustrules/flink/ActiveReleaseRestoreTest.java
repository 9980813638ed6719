package dev.trustrules.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.DecisionRecord;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The release serving is operator state: a job restored from a savepoint decides on it, not on the initial one. */
class ActiveReleaseRestoreTest {
    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = FlinkJobs.miniCluster();

    static final PolicyRelease V1 = Facts.release("1", "V1");
    static final PolicyRelease V2 = Facts.release("2", "V2");

    @TempDir
    Path savepoints;

    private static SingleOutputStreamOperator<DecisionRecord> decide(DataStream<String> facts, DataStream<PolicyRelease> releases) {
        SingleOutputStreamOperator<DecisionRecord> decided = TrustDecisions.decideLive(facts, FactInput.jsonDocuments(), releases, V1)
                .uid("trust-rules-decide");
        decided.sinkTo(Collected.into("decisions"));
        decided.getSideOutput(TrustDecisions.POLICY_CHANGES).sinkTo(Collected.into("changes"));
        return decided;
    }

    @Test
    void should_decide_on_the_release_activated_before_the_savepoint_when_restored_from_it() throws Exception {
        Collected.clear();
        StreamExecutionEnvironment before = FlinkJobs.environment();
        DataStream<String> endless = before.fromSource(new DataGeneratorSource<>(i -> Facts.claim(i.intValue()), Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(20), Types.STRING), WatermarkStrategy.noWatermarks(), "claims").uid("endless-claims").setParallelism(1);
        decide(endless, before.fromData(TrustTypes.policyRelease(), V2).uid("release-2").setParallelism(1));
        JobClient running = before.executeAsync("before the savepoint");
        Collected.<PolicyChange>await("changes", 2, change -> change.outcome() == PolicyChange.Outcome.ACTIVATED);
        String savepoint = running.stopWithSavepoint(false, savepoints.toUri().toString(), SavepointFormatType.CANONICAL)
                .get(1, TimeUnit.MINUTES);

        Collected.clear();
        StreamExecutionEnvironment after = FlinkJobs.environment();
        decide(after.fromData(Facts.claims(1000, 1004)).uid("four-claims").setParallelism(1),
                after.fromData(TrustTypes.policyRelease(), V1).uid("no-release").setParallelism(1)
                        .filter(release -> false).uid("none-passes").setParallelism(1));
        StreamGraph graph = after.getStreamGraph();
        graph.setSavepointRestoreSettings(SavepointRestoreSettings.forPath(savepoint, true));
        after.execute(graph);

        assertThat(Collected.<DecisionRecord>in("decisions"))
                .extracting(r -> r.request().order().id() + " " + r.decision().policy().version() + " "
                        + r.decision().entitlements().get(0).reason())
                .containsExactlyInAnyOrder("o-1000 2 V2", "o-1001 2 V2", "o-1002 2 V2", "o-1003 2 V2");
        assertThat(Collected.<PolicyChange>in("changes")).isEmpty();
    }

    @Test
    void should_decide_on_the_initial_release_when_started_without_state() throws Exception {
        Collected.clear();
        StreamExecutionEnvironment env = FlinkJobs.environment();
        decide(env.fromData(Facts.claims(0, 2)).setParallelism(1),
                env.fromData(TrustTypes.policyRelease(), V2).setParallelism(1).filter(release -> false).setParallelism(1));
        env.execute("no state");

        assertThat(Collected.<DecisionRecord>in("decisions")).extracting(r -> r.decision().policy().version())
                .containsExactly("1", "1");
    }
}
