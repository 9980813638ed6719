package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads decide without pause while a small policy is reloaded back and forth hundreds of times: no
 * call fails, and every decision is wholly one version's (its reason, payout and SHA-256 agree).
 * {@code -Dtrustrules.churn.reloads=1000} for a longer run.
 */
class ReloadChurnTest {
    private static final String RULE = """
            rule "C-01 refund"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                Order($paid : paidFen)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "%s", $paid, Amounts.timesCapped($paid, %d, 100000000), Payer.SHOP, false));
            end
            """;

    @TempDir
    Path dir;

    @Test
    void should_give_every_caller_a_whole_decision_of_one_version_when_reloaded_hundreds_of_times() throws Exception {
        int reloads = Integer.getInteger("trustrules.churn.reloads", 200);
        // the SHA-256 of each variant, so that callers can tell which version decided
        Map<String, String> variantBySha = new ConcurrentHashMap<>();
        for (String variant : List.of("TIMES_TEN", "TIMES_THREE")) {
            Path copy = dir.resolve(variant);
            TestPolicies.withRules(copy, RULE.formatted(variant, variant.equals("TIMES_TEN") ? 10 : 3));
            try (TrustPolicy built = TestPolicies.build(copy)) {
                variantBySha.put(built.id().sha256(), variant);
            }
        }
        Path live = dir.resolve("live");
        TestPolicies.withRules(live, RULE.formatted("TIMES_TEN", 10));
        try (TrustPolicy policy = TestPolicies.build(live)) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong decisions = new AtomicLong();
            ExecutorService callers = Executors.newFixedThreadPool(4);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(callers.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    while (running.get()) {
                        Decision decision = policy.evaluate(Requests.counterfeitClaim(1_000));
                        Entitlement granted = decision.entitlements().get(0);
                        String variant = variantBySha.get(decision.policy().sha256());
                        long expectedPayout = "TIMES_TEN".equals(variant) ? 10_000 : 3_000;
                        if (!granted.reason().equals(variant) || granted.payoutFen() != expectedPayout) {
                            wrong.add(decision.policy().sha256() + " -> " + granted);
                        }
                        decisions.incrementAndGet();
                    }
                    return wrong;
                }));
            }
            for (int i = 1; i <= reloads; i++) {
                boolean three = i % 2 == 1;
                TestPolicies.withRules(live, RULE.formatted(three ? "TIMES_THREE" : "TIMES_TEN", three ? 3 : 10));
                assertThat(policy.reload().outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
            }
            running.set(false);
            callers.shutdown();
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> result : results) {
                wrong.addAll(result.get());
            }
            System.out.printf("ReloadChurnTest: %d reloads, %d decisions, %d wrong%n", reloads, decisions.get(), wrong.size());
            assertThat(wrong).isEmpty();
            assertThat(decisions.get()).isPositive();
        }
    }
}
