package dev.trustrules.bench;

import dev.trustrules.Decision;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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

/**
 * One decision on the default policy over the seeded {@link Workload}, side by side in one run:
 *
 * <ul>
 *   <li>{@code library}: {@link TrustPolicy#evaluate}, the complete {@link Decision} a user gets;
 *   <li>{@code naiveDrools}: the same DRL files with plain Drools, a new session per call ({@link NaiveDrools});
 *   <li>{@code oracle}: a hand-written implementation of the same decisions (the physical floor), if
 *       one is on the classpath as {@value #ORACLE_CLASS} (a {@code Function<TrustRequest, ?>} with a
 *       public no-argument constructor), or the class named by {@code -Dtrustrules.oracle=...}.
 *       Without one its setup fails, and {@link BenchRunner} leaves it out.
 * </ul>
 *
 * Run all of them with {@code trust-rules-bench/run.sh short|full} ({@link BenchRunner}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {
    public static final String ORACLE_CLASS = "dev.trustrules.bench.HandWrittenOracle";
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final int WORKLOAD_SIZE = 4_096;
    static final long WORKLOAD_SEED = 42;

    /** The requests, shared by all benchmark threads. */
    @State(Scope.Benchmark)
    public static class Requests {
        List<TrustRequest> requests;

        @Setup(Level.Trial)
        public void load() {
            requests = Workload.requests(WORKLOAD_SIZE, WORKLOAD_SEED);
        }

        TrustRequest at(Cursor cursor) {
            return requests.get(cursor.next++ & (WORKLOAD_SIZE - 1));
        }
    }

    /** The library on the default policy, shared by all benchmark threads as a service shares it. */
    @State(Scope.Benchmark)
    public static class Library {
        TrustPolicy policy;

        @Setup(Level.Trial)
        public void build() {
            policy = TrustPolicy.builder().defaultPolicy().clock(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC)).build();
        }

        @TearDown(Level.Trial)
        public void close() {
            policy.close();
        }
    }

    /** Plain Drools on the same rule files. */
    @State(Scope.Benchmark)
    public static class Naive {
        NaiveDrools drools;

        @Setup(Level.Trial)
        public void build() {
            drools = NaiveDrools.defaultPolicy();
        }
    }

    /** The hand-written oracle, when there is one. */
    @State(Scope.Benchmark)
    public static class Oracle {
        Function<TrustRequest, ?> oracle;

        @Setup(Level.Trial)
        public void load() {
            oracle = DecisionBenchmark.loadOracle();
            if (oracle == null) {
                throw new IllegalStateException("no hand-written oracle: " + oracleClass() + " is not on the classpath");
            }
        }
    }

    /** Each thread walks the workload from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().getId() * 997);
        }
    }

    @Benchmark
    public Decision library(Requests requests, Library library, Cursor cursor) {
        return library.policy.evaluate(requests.at(cursor));
    }

    @Benchmark
    public Object naiveDrools(Requests requests, Naive naive, Cursor cursor) {
        return naive.drools.decide(requests.at(cursor), NOW);
    }

    @Benchmark
    public Object oracle(Requests requests, Oracle oracle, Cursor cursor) {
        return oracle.oracle.apply(requests.at(cursor));
    }

    static String oracleClass() {
        return System.getProperty("trustrules.oracle", ORACLE_CLASS);
    }

    /** The oracle named by {@link #oracleClass()}, or {@code null} when it is not on the classpath. */
    @SuppressWarnings("unchecked")
    static Function<TrustRequest, ?> loadOracle() {
        try {
            Class<?> type = Class.forName(oracleClass(), true, DecisionBenchmark.class.getClassLoader());
            return (Function<TrustRequest, ?>) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the oracle " + oracleClass() + ": " + e, e);
        }
    }
}
