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
}
