package dev.trustrules.facts;

import dev.trustrules.internal.Require;
import java.time.LocalDate;

/**
 * A brand applying for "quick brand" (快品牌) support, with figures computed by the platform.
 *
 * @param id the brand id
 * @param name the brand's name
 * @param foundedOn when the brand was founded
 * @param ownBrandGmvShareBasisPoints the share of the brand's GMV from its own brand, in basis points
 *     (3000 = 30.00%)
 * @param liveRoomMonthlyAvgGmvFen the brand's live rooms' average monthly GMV, in fen
 * @param platformIsCoreChannel whether the platform is the brand's core sales channel
 */
public record Brand(
        String id,
        String name,
        LocalDate foundedOn,
        int ownBrandGmvShareBasisPoints,
        long liveRoomMonthlyAvgGmvFen,
        boolean platformIsCoreChannel) {

    public Brand {
        Require.id("brand.id", id);
        Require.text("brand.name", name);
        Require.present("brand.foundedOn", foundedOn);
        Require.between("brand.ownBrandGmvShareBasisPoints", ownBrandGmvShareBasisPoints, 0, 10_000);
        Require.nonNegative("brand.liveRoomMonthlyAvgGmvFen", liveRoomMonthlyAvgGmvFen);
    }

    /**
     * A builder of {@code Brand}, for code that would otherwise call the 6-argument constructor.
     * {@link Builder#build()} calls the constructor, which validates every field; a required number or flag
     * that was never set fails too (naming it), rather than silently being 0 or {@code false}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this brand's fields, to build a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.name = name;
        builder.foundedOn = foundedOn;
        builder.ownBrandGmvShareBasisPoints = ownBrandGmvShareBasisPoints;
        builder.liveRoomMonthlyAvgGmvFen = liveRoomMonthlyAvgGmvFen;
        builder.platformIsCoreChannel = platformIsCoreChannel;
        return builder;
    }

    /** Builds a {@link Brand}; see {@link Brand#builder()}. Not thread-safe; reusable. */
    public static final class Builder {
        private String id;
        private String name;
        private LocalDate foundedOn;
        private Integer ownBrandGmvShareBasisPoints;
        private Long liveRoomMonthlyAvgGmvFen;
        private Boolean platformIsCoreChannel;

        private Builder() {}

        /** The id: see {@link Brand#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The name: see {@link Brand#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The foundedOn: see {@link Brand#foundedOn()}. */
        public Builder foundedOn(LocalDate foundedOn) {
            this.foundedOn = foundedOn;
            return this;
        }

        /** The ownBrandGmvShareBasisPoints: see {@link Brand#ownBrandGmvShareBasisPoints()}; required. */
        public Builder ownBrandGmvShareBasisPoints(int ownBrandGmvShareBasisPoints) {
            this.ownBrandGmvShareBasisPoints = ownBrandGmvShareBasisPoints;
            return this;
        }

        /** The liveRoomMonthlyAvgGmvFen: see {@link Brand#liveRoomMonthlyAvgGmvFen()}; required. */
        public Builder liveRoomMonthlyAvgGmvFen(long liveRoomMonthlyAvgGmvFen) {
            this.liveRoomMonthlyAvgGmvFen = liveRoomMonthlyAvgGmvFen;
            return this;
        }

        /** The platformIsCoreChannel: see {@link Brand#platformIsCoreChannel()}; required. */
        public Builder platformIsCoreChannel(boolean platformIsCoreChannel) {
            this.platformIsCoreChannel = platformIsCoreChannel;
            return this;
        }

        /**
         * The brand.
         *
         * @throws IllegalArgumentException naming the field, if one is invalid or a required one was not set
         */
        public Brand build() {
            return new Brand(id, name, foundedOn, set("brand.ownBrandGmvShareBasisPoints", ownBrandGmvShareBasisPoints), set("brand.liveRoomMonthlyAvgGmvFen", liveRoomMonthlyAvgGmvFen), set("brand.platformIsCoreChannel", platformIsCoreChannel));
        }

        private static <T> T set(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required, was not set");
            }
            return value;
        }
    }
}
