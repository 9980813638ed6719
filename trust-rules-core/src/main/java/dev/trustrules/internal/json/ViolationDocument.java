package dev.trustrules.internal.json;

import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.ViolationType;
import java.time.Instant;

/**
 * The violation as the JSON form writes it: the fields of {@link ViolationRecord}, whose shop id may be
 * left out (the request's shop gives it) and whose points may be left out for a counterfeit sale, as
 * the policy sets those.
 */
@DocumentOf(ViolationRecord.class)
record ViolationDocument(
        String id,
        @AbsentMeans("the request's shop id") String shopId,
        ViolationType type,
        @AbsentMeans("only for COUNTERFEIT_SALE, whose points the policy sets; required for every other type") Integer points,
        Instant occurredAt,
        boolean particularlySerious,
        @AbsentMeans("no listing concerned") String listingId,
        @AbsentMeans("no creator involved") String creatorId,
        @AbsentMeans("not in a live room, or not recorded") String liveRoomOwnerId,
        Where where) {

    /** The violation, by the given shop when its shop id was left out. */
    ViolationRecord toViolation(ShopAccount shop) {
        if (points == null && type != ViolationType.COUNTERFEIT_SALE) {
            throw where.error("points", "required for a violation of type " + type + ", was missing or null (only "
                    + ViolationType.COUNTERFEIT_SALE + " leaves its points to the policy)");
        }
        String ofShop = shopId != null ? shopId : shop != null ? shop.id() : null;
        try {
            return new ViolationRecord(id, ofShop, type, points == null ? 0 : points, occurredAt, particularlySerious,
                    listingId, creatorId, liveRoomOwnerId);
        } catch (IllegalArgumentException e) {
            throw where.error(Echo.shorten(e.getMessage()));
        }
    }
}
