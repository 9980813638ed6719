package dev.trustrules.bench;

import dev.trustrules.Decision;
import dev.trustrules.TrustPolicy;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.TrustFixtures;
import java.lang.management.ManagementFactory;

/**
 * Prints the milliseconds from JVM start to the first decision of the default policy, how long
 * {@code build()} took and how long the first evaluation took (which builds the version the request falls
 * in, as versions shipped precompiled are built on demand). Run it in a fresh JVM each time (see
 * docs/performance.md); {@code -Dtrustrules.versions.eager=true} builds every version in {@code build()}.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long buildStart = System.nanoTime();
        TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build();
        long built = System.nanoTime();
        Decision decision = policy.evaluate(TrustFixtures.claim(ClaimType.COUNTERFEIT).build());
        long evaluated = System.nanoTime();
        long firstDecision = System.currentTimeMillis() - jvmStart;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("jvm-start-to-first-decision-ms=%d build-ms=%d first-evaluate-ms=%d heap-used-mb=%d denials=%d%n",
                firstDecision, (built - buildStart) / 1_000_000, (evaluated - built) / 1_000_000,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                decision.denials().size());
    }
}
