package dev.trustrules.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.trustrules.Decision;
import dev.trustrules.EntitlementType;
import dev.trustrules.EvaluationException;
import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import dev.trustrules.ReloadResult;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustPolicyListener;
import dev.trustrules.TestPolicies;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults around a serving policy: rule files that try to leave strict mode, a rule loop, an unreadable or
 * half-written file, listeners that throw or are slow. The last good version keeps serving, every caller
 * gets its decision, and the fault is reported (ReloadResult, listener, exception message).
 */
class FaultToleranceTest {
    static final String HEADER = "package rules;\nimport dev.trustrules.*;\nimport dev.trustrules.facts.*;\nimport dev.trustrules.rules.*;\n";
    static final String GOOD = HEADER + """
            rule "G-01 refund"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "GOOD", 100, 0, Payer.SHOP, false));
            end
            """;

    @TempDir
    Path dir;

    static TrustRequest claim() {
        Instant paid = Instant.parse("2026-03-01T02:00:00Z");
        Instant delivered = Instant.parse("2026-03-03T02:00:00Z");
        return TrustRequest.builder().evaluatedAt(delivered.plusSeconds(3_600))
                .order(new Order("o-1", "b-1", "s-1", null, Category.APPAREL, 100, null, paid, delivered,
                        Set.of(EntitlementType.FAKE_ONE_PAY_TEN), false))
                .claim(new AfterSaleClaim("c-1", "o-1", ClaimType.COUNTERFEIT, delivered.plusSeconds(3_600),
                        AuthenticityVerdict.FAKE, 0, 0, null, true, true, 0, false, 0))
                .build();
    }

    void write(String rules) {
        TestPolicies.write(dir, java.util.Map.of("rules/test.drl", rules));
    }

    static String reason(TrustPolicy policy) {
        return policy.evaluate(claim()).entitlements().get(0).reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));",
        "new java.io.FileOutputStream(\"/tmp/x\").close();",
        "new java.net.Socket(\"example.com\", 80).close();",
        "java.net.URI.create(\"http://example.com\").toURL().openStream();",
        "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null);",
        "System.exit(1);",
        "Runtime.getRuntime().halt(1);",
        "new Thread(() -> {}).start();",
        "new ProcessBuilder(\"sh\").start();"})
    void should_refuse_the_reload_and_keep_serving_when_a_consequence_tries_to_escape_strict_mode(String escape) throws Exception {
        write(GOOD);
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).strict(true).build()) {
            PolicyId good = policy.id();
            write(GOOD.replace("GOOD", "EVIL").replace("then\n", "then\n    " + escape + "\n"));

            ReloadResult result = policy.reload();

            assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.REFUSED);
            assertThat(result.serving()).isEqualTo(good);
            assertThat(result.problems()).filteredOn(Problem::isError).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.toString()).startsWith("rules/test.drl:").contains("not allowed in strict mode"));
            assertThat(policy.id()).isEqualTo(good);
            assertThat(reason(policy)).isEqualTo("GOOD");
        }
    }

    @Test
    void should_stop_the_loop_with_a_clear_error_and_keep_deciding_when_a_reloaded_consequence_loops() throws Exception {
        write(GOOD);
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).strict(true).maxRuleFirings(1_000).build()) {
            write(GOOD + """
                    declare Spin
                        n : int
                    end
                    rule "L-01 start"
                    when
                        Order(paidFen == 7)
                    then
                        insert(new Spin(0));
                    end
                    rule "L-02 spin forever"
                    when
                        $s : Spin(n >= 0)
                    then
                        modify($s) { setN($s.getN() + 1) }
                    end
                    """);
            assertThat(policy.reload().outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
            TrustRequest looping = claimPaid(7);

            assertThatThrownBy(() -> policy.evaluate(looping)).isInstanceOfSatisfying(EvaluationException.class,
                    e -> assertThat(e.rule()).isEqualTo("L-02 spin forever"))
                    .hasMessageContaining("reached the cap of 1000 rule firings").hasMessageContaining("\"L-02 spin forever\" x");
            // the sessions are healthy afterwards: other requests are decided
            for (int i = 0; i < 20; i++) {
                assertThat(reason(policy)).isEqualTo("GOOD");
            }
        }
    }

    static TrustRequest claimPaid(long fen) {
        TrustRequest c = claim();
        Order o = c.order();
        return new TrustRequest(c.evaluatedAt(), new Order(o.id(), o.buyerId(), o.shopId(), null, o.category(), fen, null,
                o.paidAt(), o.deliveredAt(), o.guarantees(), false), null, null, c.claim(), null, null, null, null);
    }

    @Test
    void should_refuse_and_keep_serving_when_a_rule_file_is_unreadable() throws Exception {
        write(GOOD);
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).build()) {
            Path file = dir.resolve("rules/test.drl");
            Files.writeString(file, GOOD.replace("GOOD", "NEW"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
            try {
                assumeThat(Files.isReadable(file)).as("running as root: chmod 000 does not stop reading").isFalse();

                ReloadResult result = policy.reload();

                assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.REFUSED);
                assertThat(result.problems()).extracting(Problem::toString).singleElement().asString().contains("cannot be read");
                assertThat(reason(policy)).isEqualTo("GOOD");
            } finally {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
    }

    @Test
    void should_refuse_and_keep_serving_when_files_are_half_written() throws Exception {
        write(GOOD);
        List<String> refused = new CopyOnWriteArrayList<>();
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).listener(new TrustPolicyListener() {
            @Override
            public void onReloadRefused(PolicyId serving, List<Problem> problems) {
                refused.add(serving.version());
            }
        }).build()) {
            // cut inside a rule; a file cut exactly between two rules is valid DRL and cannot be told from an
            // edit (write next to the file and move it into place, or watch with a quiet period)
            String next = GOOD.replace("GOOD", "NEXT");
            for (int cut : new int[] {1, next.indexOf("when") + 2, next.indexOf("then") + 3, next.indexOf("insert(") + 10}) {
                Files.writeString(dir.resolve("rules/test.drl"), next.substring(0, cut));

                assertThat(policy.reload().outcome()).as("cut at %d", cut).isEqualTo(ReloadResult.Outcome.REFUSED);
                assertThat(reason(policy)).isEqualTo("GOOD");
            }
            Files.writeString(dir.resolve("policy.properties"), "name=te"); // a half-written manifest
            assertThat(policy.reload().outcome()).isEqualTo(ReloadResult.Outcome.REFUSED);
            assertThat(reason(policy)).isEqualTo("GOOD");
            assertThat(refused).hasSize(5);
        }
    }

    @Test
    void should_still_decide_when_a_listener_throws_an_error() throws Exception {
        write(GOOD);
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).listener(new TrustPolicyListener() {
            @Override
            public void onDecision(TrustRequest request, Decision decision, long nanos) {
                throw new AssertionError("a listener's own assertion");
            }

            @Override
            public void onReloaded(PolicyId previous, PolicyId current) {
                throw new NoClassDefFoundError("metrics/Registry");
            }
        }).build()) {
            assertThat(reason(policy)).isEqualTo("GOOD");
            write(GOOD.replace("GOOD", "NEW"));
            assertThat(policy.reload().outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
            assertThat(reason(policy)).isEqualTo("NEW");
        }
    }

    @Test
    void should_give_every_caller_its_decision_when_a_listener_is_slow() throws Exception {
        write(GOOD);
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).listener(new TrustPolicyListener() {
            @Override
            public void onDecision(TrustRequest request, Decision decision, long nanos) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> calls = new ArrayList<>();
                for (int i = 0; i < 80; i++) {
                    calls.add(pool.submit(() -> reason(policy)));
                }
                for (Future<String> call : calls) {
                    assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo("GOOD");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
