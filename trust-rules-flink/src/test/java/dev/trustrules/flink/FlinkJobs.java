package dev.trustrules.flink;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** The MiniCluster the tests run on (one task manager, two slots) and environments at parallelism 2. */
final class FlinkJobs {
    static final int PARALLELISM = 2;

    private FlinkJobs() {}

    static MiniClusterExtension miniCluster() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(PARALLELISM)
                .build());
    }

    /**
     * An environment at parallelism 2 that refuses Kryo: every type on the wire and in state has a
     * serializer of its own ({@link TrustTypes}) or is a POJO.
     */
    static StreamExecutionEnvironment environment() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        env.configure(config);
        env.setParallelism(PARALLELISM);
        return env;
    }
}
