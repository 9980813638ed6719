package dev.trustrules.facts;

import dev.trustrules.internal.Require;
import java.time.Instant;

/**
 * A confirmed violation by a shop, to be sanctioned, and by the creator who presented the goods when one
 * is named: one violation, the shop-side and the creator-side consequences in one decision.
 *
 * @param id the case id
 * @param shopId the violating shop
 * @param type the kind of violation
 * @param points points assessed by the case handler; ignored for {@code COUNTERFEIT_SALE}, whose
 *     points the policy sets
 * @param occurredAt when the violation was confirmed
 * @param particularlySerious whether the case is marked particularly serious (情节特别严重)
 * @param listingId the offending listing, or {@code null}
 * @param creatorId the creator who presented the goods or committed the violation in a live room, or
 *     {@code null} when no creator is involved; the request must then hold that creator's account
 * @param liveRoomOwnerId whose live room it happened in (a creator's or a shop's id), or {@code null} when
 *     not in a live room or not recorded; the creator's own room when it is {@code creatorId}
 */
public record ViolationRecord(
        String id,
        String shopId,
        ViolationType type,
        int points,
        Instant occurredAt,
        boolean particularlySerious,
        String listingId,
        String creatorId,
        String liveRoomOwnerId) {

    public ViolationRecord {
        Require.id("violation.id", id);
        Require.id("violation.shopId", shopId);
        Require.present("violation.type", type);
        Require.between("violation.points", points, 0, 1000);
        Require.present("violation.occurredAt", occurredAt);
        Require.optionalId("violation.listingId", listingId);
        Require.optionalId("violation.creatorId", creatorId);
        Require.optionalId("violation.liveRoomOwnerId", liveRoomOwnerId);
    }

    /** A violation by the shop alone, with no creator named and no live room recorded. */
    public ViolationRecord(String id, String shopId, ViolationType type, int points, Instant occurredAt,
            boolean particularlySerious, String listingId) {
        this(id, shopId, type, points, occurredAt, particularlySerious, listingId, null, null);
    }

    /** Whether it happened in the named creator's own live room. */
    public boolean inCreatorsOwnRoom() {
        return creatorId != null && creatorId.equals(liveRoomOwnerId);
    }
}
