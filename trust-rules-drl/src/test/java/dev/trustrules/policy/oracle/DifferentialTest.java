package dev.trustrules.policy.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The engine against the reference oracle on random requests around every threshold
 * ({@link ThresholdRequests}). 85,000 cases in the normal run, on 2 threads (with the 22,000 of
 * {@link DecisionPropertiesTest}, 107,000 compared with the oracle); thread {@code t} draws its
 * requests from {@code new Random(seed + t)}.
 *
 * <pre>
 * mvn -B -q install -pl trust-rules-drl -am -Dtest=DifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtrustrules.differential.tries=2000000 [-Dtrustrules.differential.seed=20261201] [-Dtrustrules.differential.threads=2]
 * </pre>
 *
 * A failure names the seed, the thread and the case index: rerun with that seed and 1 thread to get it again.
 */
class DifferentialTest {
    static final long DEFAULT_SEED = 20261201L;
    static final int DEFAULT_TRIES = 85_000;

    private static final TrustPolicy POLICY = TrustPolicy.builder().defaultPolicy().build();

    @AfterAll
    static void close() {
        POLICY.close();
    }

    @Test
    void should_decide_as_the_reference_oracle_when_facts_sit_around_every_threshold() throws Exception {
        long seed = Long.getLong("trustrules.differential.seed", DEFAULT_SEED);
        int tries = Integer.getInteger("trustrules.differential.tries", DEFAULT_TRIES);
        int threads = Integer.getInteger("trustrules.differential.threads", 2);
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failed = new AtomicLong();
        AtomicLong run = new AtomicLong();
        java.util.Set<String> fired = java.util.concurrent.ConcurrentHashMap.newKeySet();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                int count = tries / threads + (t < tries % threads ? 1 : 0);
                work.add(pool.submit(() -> {
                    Random random = new Random(seed + thread);
                    for (int i = 0; i < count; i++) {
                        TrustRequest request = ThresholdRequests.next(random);
                        String difference = DifferentialCheck.compare(POLICY, request, fired);
                        run.incrementAndGet();
                        if (difference != null) {
                            failed.incrementAndGet();
                            if (mismatches.size() < 10) {
                                mismatches.add("seed " + (seed + thread) + " (thread " + thread + ") case " + i + ": "
                                        + difference + "\n    request " + request);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("DifferentialTest: %,d cases, seed %d, %d threads, %.1f s (%.0f cases/s), %,d mismatches%n",
                run.get(), seed, threads, seconds, run.get() / seconds, failed.get());

        java.util.List<String> neverFired = POLICY.ruleNames().stream().filter(r -> !fired.contains(r)).toList();
        System.out.printf("DifferentialTest: %d of %d rules fired at least once; never: %s%n",
                POLICY.ruleNames().size() - neverFired.size(), POLICY.ruleNames().size(), neverFired);

        assertThat(mismatches).as("%d of %d decisions differ from the oracle", failed.get(), run.get()).isEmpty();
        assertThat(run.get()).isEqualTo(tries);
        if (tries >= 10_000) { // the generator reaches every rule of both versions
            assertThat(neverFired).isEmpty();
        }
    }
}
