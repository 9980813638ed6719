package com.example.aftersale;

import dev.trustrules.Decision;
import dev.trustrules.Entitlement;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;

/** A service's after-sale desk: one policy built at start-up, asked on every claim. */
public final class ClaimDesk implements AutoCloseable {
    private final TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build();

    /** Everything the buyer receives on this claim, in fen. */
    public long paidToBuyerFen(TrustRequest claim) {
        Decision decision = policy.evaluate(claim);
        return decision.entitlements().stream().mapToLong(Entitlement::totalFen).sum();
    }

    /** The full decision, for the caller to act on. */
    public Decision decide(TrustRequest claim) {
        return policy.evaluate(claim);
    }

    @Override
    public void close() {
        policy.close();
    }
}
