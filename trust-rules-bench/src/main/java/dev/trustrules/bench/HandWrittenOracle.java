package dev.trustrules.bench;

import dev.trustrules.Decision;
import dev.trustrules.TrustRequest;
import dev.trustrules.policy.oracle.ReferenceOracle;
import java.util.function.Function;

/**
 * The benchmarks' physical floor: the default policy's decisions written as plain Java, the reference
 * oracle that trust-rules-drl's tests compare the engine with (from that module's test jar). Its
 * decisions carry rule ids but no detail texts, so it does a little less work than the engine.
 */
public final class HandWrittenOracle implements Function<TrustRequest, Decision> {
    @Override
    public Decision apply(TrustRequest request) {
        return ReferenceOracle.decide(request);
    }
}
