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

    /**
     * A builder of {@code ViolationRecord}, for code that would otherwise call the 9-argument constructor.
     * {@link Builder#build()} calls the constructor, which validates every field; a required number or flag
     * that was never set fails too (naming it), rather than silently being 0 or {@code false}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this violation's fields, to build a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.shopId = shopId;
        builder.type = type;
        builder.points = points;
        builder.occurredAt = occurredAt;
        builder.particularlySerious = particularlySerious;
        builder.listingId = listingId;
        builder.creatorId = creatorId;
        builder.liveRoomOwnerId = liveRoomOwnerId;
        return builder;
    }

    /** Builds a {@link ViolationRecord}; see {@link ViolationRecord#builder()}. Not thread-safe; reusable. */
    public static final class Builder {
        private String id;
        private String shopId;
        private ViolationType type;
        private Integer points;
        private Instant occurredAt;
        private Boolean particularlySerious;
        private String listingId;
        private String creatorId;
        private String liveRoomOwnerId;

        private Builder() {}

        /** The id: see {@link ViolationRecord#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The shopId: see {@link ViolationRecord#shopId()}. */
        public Builder shopId(String shopId) {
            this.shopId = shopId;
            return this;
        }

        /** The type: see {@link ViolationRecord#type()}. */
        public Builder type(ViolationType type) {
            this.type = type;
            return this;
        }

        /** The points: see {@link ViolationRecord#points()}; required unless the type is {@code COUNTERFEIT_SALE}. */
        public Builder points(int points) {
            this.points = points;
            return this;
        }

        /** The occurredAt: see {@link ViolationRecord#occurredAt()}. */
        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        /** The particularlySerious: see {@link ViolationRecord#particularlySerious()}; required. */
        public Builder particularlySerious(boolean particularlySerious) {
            this.particularlySerious = particularlySerious;
            return this;
        }

        /** The listingId: see {@link ViolationRecord#listingId()}. */
        public Builder listingId(String listingId) {
            this.listingId = listingId;
            return this;
        }

        /** The creatorId: see {@link ViolationRecord#creatorId()}. */
        public Builder creatorId(String creatorId) {
            this.creatorId = creatorId;
            return this;
        }

        /** The liveRoomOwnerId: see {@link ViolationRecord#liveRoomOwnerId()}. */
        public Builder liveRoomOwnerId(String liveRoomOwnerId) {
            this.liveRoomOwnerId = liveRoomOwnerId;
            return this;
        }

        /**
         * The violation.
         *
         * @throws IllegalArgumentException naming the field, if one is invalid or a required one was not set
         */
        public ViolationRecord build() {
            return new ViolationRecord(id, shopId, type, points != null ? points : type == ViolationType.COUNTERFEIT_SALE ? 0 : set("violation.points", points), occurredAt, set("violation.particularlySerious", particularlySerious), listingId,
                    creatorId, liveRoomOwnerId);
        }

        private static <T> T set(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required, was not set");
            }
            return value;
        }
    }
}
