package dev.trustrules.test;

import dev.trustrules.facts.Category;
import dev.trustrules.facts.Listing;
import java.time.Instant;

/** Builds a {@link Listing}: {@code l-1} of shop {@code s-1}, brand "Acme" authorised, 199.00 CNY at the reference price. */
public final class ListingFixture {
    private String id = "l-1";
    private String shopId = "s-1";
    private Category category = Category.SHOES_BAGS;
    private String brand = "Acme";
    private boolean brandAuthorised = true;
    private long priceFen = 19_900;
    private long brandReferencePriceFen = 19_900;
    private String currency = "CNY";
    private Instant publishedAt = TrustFixtures.PAID_AT;

    ListingFixture() {}

    public ListingFixture id(String id) { this.id = id; return this; }
    public ListingFixture shopId(String shopId) { this.shopId = shopId; return this; }
    public ListingFixture category(Category category) { this.category = category; return this; }
    public ListingFixture brand(String brand) { this.brand = brand; return this; }
    public ListingFixture unbranded() { this.brand = null; this.brandAuthorised = false; return this; }
    public ListingFixture brandAuthorised(boolean authorised) { this.brandAuthorised = authorised; return this; }
    public ListingFixture priceFen(long priceFen) { this.priceFen = priceFen; return this; }
    public ListingFixture brandReferencePriceFen(long fen) { this.brandReferencePriceFen = fen; return this; }
    public ListingFixture currency(String currency) { this.currency = currency; return this; }
    public ListingFixture publishedAt(Instant publishedAt) { this.publishedAt = publishedAt; return this; }

    public Listing build() {
        return new Listing(id, shopId, category, brand, brandAuthorised, priceFen, brandReferencePriceFen, currency, publishedAt);
    }

    Instant publishedAt() { return publishedAt; }
}
