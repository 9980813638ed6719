package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void should_give_every_thread_the_decision_for_its_own_facts_when_called_concurrently() throws Exception {
        TestPolicies.withRules(dir, """
                rule "P-01 refund the price"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                    Order($paid : paidFen)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "OK", $paid, Amounts.timesCapped($paid, 10, 10000000), Payer.SHOP, false));
                end
                """);
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).maxIdleSessions(2).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        List<String> wrong = new ArrayList<>();
                        for (int i = 0; i < 500; i++) {
                            long paid = thread * 10_000L + i;
                            Entitlement granted = policy.evaluate(Requests.counterfeitClaim(paid)).entitlements().get(0);
                            if (granted.refundFen() != paid || granted.payoutFen() != Math.min(paid * 10, 10_000_000)) {
                                wrong.add(paid + " -> " + granted);
                            }
                        }
                        return wrong;
                    }));
                }
                for (Future<List<String>> result : results) {
                    assertThat(result.get()).isEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
