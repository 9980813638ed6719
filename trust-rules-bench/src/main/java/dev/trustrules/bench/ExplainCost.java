package dev.trustrules.bench;

import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.explain.Explanation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an explanation costs next to the decision it explains, on the default policy, in one JVM: for each
 * kind of request of the {@link Workload} (a checkout, claims of each type, violations), the first
 * {@code explain} (which builds that kind's probe policy), then the median of later ones, beside the median
 * {@code evaluate} of the same requests. Run with
 * {@code java -cp trust-rules-bench/target/benchmarks.jar dev.trustrules.bench.ExplainCost}.
 */
public final class ExplainCost {
    private ExplainCost() {}

    public static void main(String[] args) {
        List<TrustRequest> workload = Workload.requests(4_096, 42);
        Map<String, List<TrustRequest>> byKind = new LinkedHashMap<>();
        for (TrustRequest request : workload) {
            String kind = request.claim() != null ? "claim " + request.claim().type()
                    : request.violation() != null ? "violation" : "checkout";
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(request);
        }
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build()) {
            for (int i = 0; i < 20_000; i++) {
                policy.evaluate(workload.get(i % workload.size()));
            }
            System.out.printf("%-32s %14s %18s %18s%n", "kind of request", "evaluate (us)", "first explain (ms)",
                    "later explain (ms)");
            long sink = 0;
            for (Map.Entry<String, List<TrustRequest>> kind : byKind.entrySet()) {
                List<TrustRequest> requests = kind.getValue();
                long[] evaluate = new long[Math.min(2_000, requests.size() * 20)];
                for (int i = 0; i < evaluate.length; i++) {
                    long start = System.nanoTime();
                    sink += policy.evaluate(requests.get(i % requests.size())).firedRules().size();
                    evaluate[i] = System.nanoTime() - start;
                }
                long start = System.nanoTime();
                Explanation first = policy.explain(requests.get(0));
                long firstNanos = System.nanoTime() - start;
                sink += first.nearMisses().size();
                long[] later = new long[Math.min(50, requests.size())];
                for (int i = 0; i < later.length; i++) {
                    start = System.nanoTime();
                    sink += policy.explain(requests.get(i % requests.size())).rulesFired().size();
                    later[i] = System.nanoTime() - start;
                }
                System.out.printf("%-32s %14.1f %18.1f %18.2f%n", kind.getKey(), median(evaluate) / 1e3, firstNanos / 1e6,
                        median(later) / 1e6);
            }
            System.out.println("(checksum " + sink + ")");
        }
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
