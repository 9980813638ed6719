package dev.trustrules.facts;

import dev.trustrules.internal.Require;
import java.time.Instant;

/**
 * A listing a shop publishes, checked for counterfeit signals before it goes live.
 *
 * @param id the listing id
 * @param shopId the publishing shop
 * @param category the product category
 * @param brand the brand the listing names, or {@code null} for an unbranded product
 * @param brandAuthorised whether the shop holds the brand owner's authorisation for this brand
 * @param priceFen the listed price, in fen
 * @param brandReferencePriceFen the brand's reference price for the product, in fen; 0 when unknown
 * @param currency ISO-4217 code of both prices; {@code null} means CNY, the platform's currency (the
 *     record then holds {@code "CNY"})
 * @param publishedAt when the listing was submitted
 */
public record Listing(
        String id,
        String shopId,
        Category category,
        String brand,
        boolean brandAuthorised,
        long priceFen,
        long brandReferencePriceFen,
        String currency,
        Instant publishedAt) {

    public Listing {
        Require.id("listing.id", id);
        Require.id("listing.shopId", shopId);
        Require.present("listing.category", category);
        Require.optionalId("listing.brand", brand);
        Require.nonNegative("listing.priceFen", priceFen);
        Require.nonNegative("listing.brandReferencePriceFen", brandReferencePriceFen);
        currency = Require.currency("listing.currency", currency);
        Require.present("listing.publishedAt", publishedAt);
    }

    /** Whether the listing names a brand. */
    public boolean isBranded() {
        return brand != null;
    }

    /**
     * A builder of {@code Listing}, for code that would otherwise call the 9-argument constructor.
     * {@link Builder#build()} calls the constructor, which validates every field; a required number or flag
     * that was never set fails too (naming it), rather than silently being 0 or {@code false}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this listing's fields, to build a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.shopId = shopId;
        builder.category = category;
        builder.brand = brand;
        builder.brandAuthorised = brandAuthorised;
        builder.priceFen = priceFen;
        builder.brandReferencePriceFen = brandReferencePriceFen;
        builder.currency = currency;
        builder.publishedAt = publishedAt;
        return builder;
    }

    /** Builds a {@link Listing}; see {@link Listing#builder()}. Not thread-safe; reusable. */
    public static final class Builder {
        private String id;
        private String shopId;
        private Category category;
        private String brand;
        private Boolean brandAuthorised;
        private Long priceFen;
        private Long brandReferencePriceFen;
        private String currency;
        private Instant publishedAt;

        private Builder() {}

        /** The id: see {@link Listing#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The shopId: see {@link Listing#shopId()}. */
        public Builder shopId(String shopId) {
            this.shopId = shopId;
            return this;
        }

        /** The category: see {@link Listing#category()}. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** The brand: see {@link Listing#brand()}. */
        public Builder brand(String brand) {
            this.brand = brand;
            return this;
        }

        /** The brandAuthorised: see {@link Listing#brandAuthorised()}; required. */
        public Builder brandAuthorised(boolean brandAuthorised) {
            this.brandAuthorised = brandAuthorised;
            return this;
        }

        /** The priceFen: see {@link Listing#priceFen()}; required. */
        public Builder priceFen(long priceFen) {
            this.priceFen = priceFen;
            return this;
        }

        /** The brandReferencePriceFen: see {@link Listing#brandReferencePriceFen()}; optional, 0 when not set. */
        public Builder brandReferencePriceFen(long brandReferencePriceFen) {
            this.brandReferencePriceFen = brandReferencePriceFen;
            return this;
        }

        /** The currency: see {@link Listing#currency()}. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** The publishedAt: see {@link Listing#publishedAt()}. */
        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        /**
         * The listing.
         *
         * @throws IllegalArgumentException naming the field, if one is invalid or a required one was not set
         */
        public Listing build() {
            return new Listing(id, shopId, category, brand, set("listing.brandAuthorised", brandAuthorised), set("listing.priceFen", priceFen), brandReferencePriceFen == null ? 0L : brandReferencePriceFen, currency, publishedAt);
        }

        private static <T> T set(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required, was not set");
            }
            return value;
        }
    }
}
