package dev.trustrules.rules;

import dev.trustrules.BuyerTier;
import dev.trustrules.internal.Require;

/**
 * Inserted by a rule: the buyer's effective trust-card tier. Exactly one per request with a buyer.
 *
 * @param tier the tier
 * @param reason the stable reason code (for example {@code SCORE_650_TO_749}, {@code ABUSE_FLAG})
 */
public record AssignTier(BuyerTier tier, String reason) {
    public AssignTier {
        Require.present("AssignTier.tier", tier);
        Require.reason("AssignTier.reason", reason);
    }
}
