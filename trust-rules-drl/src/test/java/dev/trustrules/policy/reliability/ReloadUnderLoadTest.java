package dev.trustrules.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.PolicyVersion;
import dev.trustrules.ReloadResult;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ReturnReason;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads evaluate while a temp-dir copy of the default policy is reloaded back and forth between two
 * variants that differ in the freight-insurance cap (2,500 fen and 2,000 fen), which a 30.00 CNY freight
 * claim for a quality problem shows in every decision: the insurer pays the cap, the shop the rest of the
 * freight. Every decision must come entirely from one variant: both payouts agree with the variant its
 * {@code policy().sha256()} names, and the version agrees with the payment date.
 *
 * <p>Normal run: 4 reloads, 3 evaluating threads (each pausing 1 ms every 20 decisions, so that the
 * compiler gets a share of 2 cores). Long run:
 * {@code -Dtrustrules.load.reloads=300 -Dtrustrules.load.threads=8}.
 */
class ReloadUnderLoadTest {
    private static final Instant SWITCH = OffsetDateTime.parse("2026-12-01T00:00:00+08:00").toInstant();

    @TempDir
    Path dir;

    @Test
    void should_give_only_whole_decisions_of_one_version_when_reloaded_under_load() throws Exception {
        int reloads = Integer.getInteger("trustrules.load.reloads", 4);
        int threads = Integer.getInteger("trustrules.load.threads", 3);
        copyDefaultPolicy(dir);
        Path limits = dir.resolve("guarantees/limits.drl");
        String capA = Files.readString(limits);
        assertThat(capA).contains("freightPayoutCapFen : long = 2500");
        String capB = capA.replace("freightPayoutCapFen : long = 2500", "freightPayoutCapFen : long = 2000");

        Map<String, Long> capBySha = new HashMap<>();
        Map<String, String> versionBySha = new HashMap<>();
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).build()) {
            record(policy, 2_500L, capBySha, versionBySha);
            write(limits, capB);
            assertThat(policy.reload().outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
            record(policy, 2_000L, capBySha, versionBySha);
            assertThat(capBySha).hasSize(4); // 2 variants x 2 versions

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong decisions = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            AtomicLong mixed = new AtomicLong();
            List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
            Set<String> shasSeen = ConcurrentHashMap.newKeySet();
            CountDownLatch started = new CountDownLatch(threads);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    started.countDown();
                    long i = 0;
                    while (running.get()) {
                        if (i % 20 == 19) {
                            try {
                                Thread.sleep(1);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        boolean afterSwitch = (i++ + thread) % 2 == 0;
                        TrustRequest request = freightClaim(afterSwitch);
                        try {
                            Decision d = policy.evaluate(request);
                            decisions.incrementAndGet();
                            String sha = d.policy().sha256();
                            shasSeen.add(sha);
                            Long cap = capBySha.get(sha);
                            // the insurer pays the cap and the shop the rest of the 30.00 CNY, both from one variant
                            long payout = d.entitlement(EntitlementType.FREIGHT_INSURANCE).map(Entitlement::payoutFen).orElse(-1L);
                            long shopShare = d.entitlement(EntitlementType.SELLER_FAULT_RETURN).map(Entitlement::payoutFen).orElse(-1L);
                            String expectedVersion = afterSwitch ? "2026.12.0" : "2026.11.0";
                            if (cap == null || payout != cap || shopShare != 3_000 - cap || d.entitlements().size() != 2
                                    || !d.policy().version().equals(expectedVersion)
                                    || !versionBySha.get(sha).equals(expectedVersion)) {
                                mixed.incrementAndGet();
                                problems.add("mixed: " + d);
                            }
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            problems.add("failed: " + e);
                        }
                    }
                }, "evaluator-" + t);
                worker.start();
                workers.add(worker);
            }
            started.await();
            long heapAfterWarmUp = 0;
            long start = System.nanoTime();
            for (int i = 1; i <= reloads; i++) {
                write(limits, i % 2 == 0 ? capB : capA);
                ReloadResult result = policy.reload();
                assertThat(result.outcome()).as("reload %d", i).isEqualTo(ReloadResult.Outcome.RELOADED);
                if (i == Math.min(2, reloads)) {
                    heapAfterWarmUp = usedHeapAfterGc();
                }
            }
            running.set(false);
            for (Thread worker : workers) {
                worker.join(30_000);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long heapAtEnd = usedHeapAfterGc();
            System.out.printf("ReloadUnderLoadTest: %d reloads, %d threads, %,d decisions in %.1f s, %d failed, %d mixed;"
                    + " %d policy hashes seen; heap after GC %d MB after %d reloads, %d MB at the end%n",
                    reloads, threads, decisions.get(), seconds, failures.get(), mixed.get(), shasSeen.size(),
                    heapAfterWarmUp >> 20, Math.min(2, reloads), heapAtEnd >> 20);

            assertThat(problems).isEmpty();
            assertThat(failures.get()).isZero();
            assertThat(mixed.get()).isZero();
            assertThat(decisions.get()).isGreaterThan(reloads);
            assertThat(shasSeen).containsExactlyInAnyOrderElementsOf(capBySha.keySet());
            // a few knowledge bases (several MB each) retained per reload would show; allow 32 MB of noise
            assertThat(heapAtEnd - heapAfterWarmUp).isLessThan(32L << 20);
        }
    }

    private static void record(TrustPolicy policy, long cap, Map<String, Long> capBySha, Map<String, String> versionBySha) {
        for (PolicyVersion v : policy.versions()) {
            capBySha.put(v.id().sha256(), cap);
            versionBySha.put(v.id().sha256(), v.id().version());
        }
    }

    /**
     * A RETURN claim for a quality problem with 30.00 CNY freight by a shop that enrolled the order: the insurer pays
     * the cap, the shop the rest.
     */
    static TrustRequest freightClaim(boolean afterSwitch) {
        Instant paid = afterSwitch ? SWITCH.plus(Duration.ofDays(1)) : SWITCH.minus(Duration.ofDays(3));
        Instant delivered = paid.plus(Duration.ofDays(1));
        Instant filed = delivered.plus(Duration.ofDays(1));
        Order order = new Order("o1", "b1", "s1", null, Category.APPAREL, 10_000, null, paid, delivered,
                Set.of(dev.trustrules.EntitlementType.FREIGHT_INSURANCE), false);
        AfterSaleClaim claim = new AfterSaleClaim("c1", "o1", ClaimType.RETURN, filed, null, 0, 3_000,
                ReturnReason.QUALITY_PROBLEM, true, true, 0, false, 0);
        return TrustRequest.builder().evaluatedAt(filed).order(order).claim(claim).build();
    }

    /** Writes next to the file, then moves it into place, as a deployment would. */
    static void write(Path file, String content) throws java.io.IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void copyDefaultPolicy(Path target) throws Exception {
        URL manifest = ReloadUnderLoadTest.class.getClassLoader().getResource(TrustPolicy.DEFAULT_POLICY_ROOT + "/policy.properties");
        Path source = Paths.get(manifest.toURI()).getParent();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
