package dev.trustrules.bench;

import dev.trustrules.Decision;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** One decision on the default policy, over the seeded {@link Workload}, as a service calls it. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {

    /** The policy, shared by all benchmark threads as a service shares it. */
    @State(Scope.Benchmark)
    public static class Policy {
        TrustPolicy policy;
        List<TrustRequest> requests;

        @Setup(Level.Trial)
        public void build() {
            policy = TrustPolicy.builder().defaultPolicy().build();
            requests = Workload.requests(4_096, 42);
        }

        @TearDown(Level.Trial)
        public void close() {
            policy.close();
        }
    }

    /** Each thread walks the workload from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public Decision library(Policy state, Cursor cursor) {
        TrustRequest request = state.requests.get(cursor.next++ & 4_095);
        return state.policy.evaluate(request);
    }
}
