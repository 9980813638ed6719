package dev.trustrules.bench;

import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decisions per second of one shared default policy on 1 and on 2 threads, after an 8-second warm-up,
 * in one JVM and one run (JMH's short mode warms each thread count too briefly to compare them).
 *
 * <pre>java -cp trust-rules-bench/target/benchmarks.jar dev.trustrules.bench.ThreadScaling [seconds]</pre>
 */
public final class ThreadScaling {
    private ThreadScaling() {}

    public static void main(String[] args) throws Exception {
        long millis = args.length > 0 ? Long.parseLong(args[0]) * 1000 : 5000;
        List<TrustRequest> requests = Workload.requests(4096, 42);
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build()) {
            run(policy, 2, requests, 8000);
            for (int round = 1; round <= 2; round++) {
                long one = run(policy, 1, requests, millis);
                long two = run(policy, 2, requests, millis);
                System.out.printf("round %d: 1 thread %,d decisions/s, 2 threads %,d decisions/s, ratio %.2f%n",
                        round, one, two, (double) two / one);
            }
        }
    }

    private static long run(TrustPolicy policy, int threads, List<TrustRequest> requests, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.currentTimeMillis() + millis;
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 1024;
                counts.add(pool.submit(() -> {
                    long n = 0;
                    while (System.currentTimeMillis() < end) {
                        policy.evaluate(requests.get((int) (offset + n++) & 4095));
                    }
                    return n;
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total * 1000 / millis;
        } finally {
            pool.shutdown();
        }
    }
}
