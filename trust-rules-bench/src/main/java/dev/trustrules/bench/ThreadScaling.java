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
 * in one JVM and one run (JMH's short mode warms each thread count too briefly to compare them), with
 * the garbage collector's share of each phase (collections and their total pause time, from the JVM's
 * collector beans) to tell whether collections limit the second thread.
 *
 * <pre>java -cp trust-rules-bench/target/benchmarks.jar dev.trustrules.bench.ThreadScaling [seconds] [rounds]</pre>
 */
public final class ThreadScaling {
    private ThreadScaling() {}

    public static void main(String[] args) throws Exception {
        long millis = args.length > 0 ? Long.parseLong(args[0]) * 1000 : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<TrustRequest> requests = Workload.requests(4096, 42);
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build()) {
            run(policy, 2, requests, 8000);
            for (int round = 1; round <= rounds; round++) {
                long[] gc = gc();
                long one = run(policy, 1, requests, millis);
                long[] gcOne = since(gc);
                long two = run(policy, 2, requests, millis);
                long[] gcTwo = since(gc);
                System.out.printf("round %d: 1 thread %,d decisions/s (%d collections, %d ms paused), 2 threads %,d decisions/s"
                        + " (%d collections, %d ms paused), ratio %.2f%n", round, one, gcOne[0], gcOne[1], two, gcTwo[0],
                        gcTwo[1], (double) two / one);
            }
        }
    }

    /** Collections so far and their accumulated time in ms, over every collector. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** The collections and pause time since {@code start}, which becomes now. */
    private static long[] since(long[] start) {
        long[] now = gc();
        long[] delta = {now[0] - start[0], now[1] - start[1]};
        start[0] = now[0];
        start[1] = now[1];
        return delta;
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
