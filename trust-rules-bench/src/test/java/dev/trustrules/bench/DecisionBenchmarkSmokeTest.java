package dev.trustrules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.rules.GrantEntitlement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark code runs and its variants decide the same way; nothing here is timed. */
class DecisionBenchmarkSmokeTest {
    private static final String BASE_VERSION = "2026.11.0";

    @Test
    void should_run_every_benchmark_method_once_when_called_outside_jmh() {
        var requests = new DecisionBenchmark.Requests();
        requests.load();
        var library = new DecisionBenchmark.Library();
        library.build();
        var naive = new DecisionBenchmark.Naive();
        naive.build();
        var benchmark = new DecisionBenchmark();
        var cursor = new DecisionBenchmark.Cursor();
        assertThat(DecisionBenchmark.loadOracle()).as("the reference oracle from trust-rules-drl's test jar").isNotNull();
        var oracle = new DecisionBenchmark.Oracle();
        oracle.load();
        int compared = 0;
        try {
            for (int i = 0; i < 64; i++) {
                int at = cursor.next;
                Decision decision = benchmark.library(requests, library, cursor);
                cursor.next = at;
                @SuppressWarnings("unchecked")
                List<Object> outcomes = (List<Object>) benchmark.naiveDrools(requests, naive, cursor);
                cursor.next = at;
                Decision floor = (Decision) benchmark.oracle(requests, oracle, cursor);
                long grants = outcomes.stream().filter(GrantEntitlement.class::isInstance).count();
                if (decision.policy().version().equals(BASE_VERSION)) { // plain Drools compiles the base version's files only
                    assertThat(decision.entitlements()).as("grants of request %d", at).hasSize((int) grants);
                    compared++;
                }
                assertThat(floor.entitlements()).as("oracle's grants of request %d", at)
                        .extracting(e -> e.type() + " " + e.refundFen() + "+" + e.payoutFen())
                        .containsExactlyElementsOf(decision.entitlements().stream()
                                .map(e -> e.type() + " " + e.refundFen() + "+" + e.payoutFen()).toList());
            }
        } finally {
            library.close();
        }
        assertThat(compared).as("requests decided under the base version").isGreaterThan(16);
    }

    @Test
    void should_give_the_same_workload_when_seeded_alike() {
        assertThat(Workload.requests(16, 7)).isEqualTo(Workload.requests(16, 7));
    }
}
