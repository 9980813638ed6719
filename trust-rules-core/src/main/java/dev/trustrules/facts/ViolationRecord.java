package dev.trustrules.facts;

import dev.trustrules.internal.Require;
import java.time.Instant;

/**
 * A confirmed violation by a shop, to be sanctioned.
 *
 * @param id the case id
 * @param shopId the violating shop
 * @param type the kind of violation
 * @param points points assessed by the case handler; ignored for {@code COUNTERFEIT_SALE}, whose
 *     points the policy sets
 * @param occurredAt when the violation was confirmed
 * @param particularlySerious whether the case is marked particularly serious (情节特别严重)
 * @param listingId the offending listing, or {@code null}
 */
public record ViolationRecord(
        String id,
        String shopId,
        ViolationType type,
        int points,
        Instant occurredAt,
        boolean particularlySerious,
        String listingId) {

    public ViolationRecord {
        Require.id("violation.id", id);
        Require.id("violation.shopId", shopId);
        Require.present("violation.type", type);
        Require.between("violation.points", points, 0, 1000);
        Require.present("violation.occurredAt", occurredAt);
        Require.optionalId("violation.listingId", listingId);
    }
}
