package dev.trustrules.facts;

import dev.trustrules.internal.Require;
import java.time.Instant;

/**
 * A shop's standing.
 *
 * @param id the shop id
 * @param ownerId the person who owns the shop
 * @param licenceId the business licence the shop trades under, or {@code null}
 * @param streamerId the shop's live streamer, or {@code null}
 * @param status the shop's current status; required (a missing status is never read as {@code ACTIVE})
 * @param violationPoints365d violation points in the rolling last 365 days, before the violation
 *     being judged
 * @param confirmedCounterfeits365d confirmed counterfeit sales in the last 365 days, before the
 *     violation being judged
 * @param experienceScore the store experience score (店铺体验分), 0.0 to 5.0
 * @param depositFen the deposit (保证金) held, in fen
 * @param requiredDepositFen the deposit the shop's categories require, in fen
 * @param depositShortfallSince when the deposit fell below the required amount, or {@code null}
 */
public record ShopAccount(
        String id,
        String ownerId,
        String licenceId,
        String streamerId,
        ShopStatus status,
        int violationPoints365d,
        int confirmedCounterfeits365d,
        double experienceScore,
        long depositFen,
        long requiredDepositFen,
        Instant depositShortfallSince) {

    public ShopAccount {
        Require.id("shop.id", id);
        Require.id("shop.ownerId", ownerId);
        Require.optionalId("shop.licenceId", licenceId);
        Require.optionalId("shop.streamerId", streamerId);
        Require.present("shop.status", status);
        Require.nonNegative("shop.violationPoints365d", violationPoints365d);
        Require.nonNegative("shop.confirmedCounterfeits365d", confirmedCounterfeits365d);
        Require.between("shop.experienceScore", experienceScore, 0.0, 5.0);
        Require.nonNegative("shop.depositFen", depositFen);
        Require.nonNegative("shop.requiredDepositFen", requiredDepositFen);
    }

    /**
     * A builder of {@code ShopAccount}, for code that would otherwise call the 11-argument constructor.
     * {@link Builder#build()} calls the constructor, which validates every field; a required number or flag
     * that was never set fails too (naming it), rather than silently being 0 or {@code false}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this shop's fields, to build a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.ownerId = ownerId;
        builder.licenceId = licenceId;
        builder.streamerId = streamerId;
        builder.status = status;
        builder.violationPoints365d = violationPoints365d;
        builder.confirmedCounterfeits365d = confirmedCounterfeits365d;
        builder.experienceScore = experienceScore;
        builder.depositFen = depositFen;
        builder.requiredDepositFen = requiredDepositFen;
        builder.depositShortfallSince = depositShortfallSince;
        return builder;
    }

    /** Builds a {@link ShopAccount}; see {@link ShopAccount#builder()}. Not thread-safe; reusable. */
    public static final class Builder {
        private String id;
        private String ownerId;
        private String licenceId;
        private String streamerId;
        private ShopStatus status;
        private Integer violationPoints365d;
        private Integer confirmedCounterfeits365d;
        private Double experienceScore;
        private Long depositFen;
        private Long requiredDepositFen;
        private Instant depositShortfallSince;

        private Builder() {}

        /** The id: see {@link ShopAccount#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The ownerId: see {@link ShopAccount#ownerId()}. */
        public Builder ownerId(String ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        /** The licenceId: see {@link ShopAccount#licenceId()}. */
        public Builder licenceId(String licenceId) {
            this.licenceId = licenceId;
            return this;
        }

        /** The streamerId: see {@link ShopAccount#streamerId()}. */
        public Builder streamerId(String streamerId) {
            this.streamerId = streamerId;
            return this;
        }

        /** The status: see {@link ShopAccount#status()}. */
        public Builder status(ShopStatus status) {
            this.status = status;
            return this;
        }

        /** The violationPoints365d: see {@link ShopAccount#violationPoints365d()}; required. */
        public Builder violationPoints365d(int violationPoints365d) {
            this.violationPoints365d = violationPoints365d;
            return this;
        }

        /** The confirmedCounterfeits365d: see {@link ShopAccount#confirmedCounterfeits365d()}; required. */
        public Builder confirmedCounterfeits365d(int confirmedCounterfeits365d) {
            this.confirmedCounterfeits365d = confirmedCounterfeits365d;
            return this;
        }

        /** The experienceScore: see {@link ShopAccount#experienceScore()}; required. */
        public Builder experienceScore(double experienceScore) {
            this.experienceScore = experienceScore;
            return this;
        }

        /** The depositFen: see {@link ShopAccount#depositFen()}; required. */
        public Builder depositFen(long depositFen) {
            this.depositFen = depositFen;
            return this;
        }

        /** The requiredDepositFen: see {@link ShopAccount#requiredDepositFen()}; required. */
        public Builder requiredDepositFen(long requiredDepositFen) {
            this.requiredDepositFen = requiredDepositFen;
            return this;
        }

        /** The depositShortfallSince: see {@link ShopAccount#depositShortfallSince()}. */
        public Builder depositShortfallSince(Instant depositShortfallSince) {
            this.depositShortfallSince = depositShortfallSince;
            return this;
        }

        /**
         * The shop.
         *
         * @throws IllegalArgumentException naming the field, if one is invalid or a required one was not set
         */
        public ShopAccount build() {
            return new ShopAccount(id, ownerId, licenceId, streamerId, status, set("shop.violationPoints365d", violationPoints365d), set("shop.confirmedCounterfeits365d", confirmedCounterfeits365d), set("shop.experienceScore", experienceScore), set("shop.depositFen", depositFen), set("shop.requiredDepositFen", requiredDepositFen), depositShortfallSince);
        }

        private static <T> T set(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required, was not set");
            }
            return value;
        }
    }
}
