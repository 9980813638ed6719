package dev.trustrules.test;

import dev.trustrules.EntitlementType;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Builds an {@link Order}; see {@link TrustFixtures} for the defaults. */
public final class OrderFixture {
    private String id = "o-1";
    private String buyerId = "b-1";
    private String shopId = "s-1";
    private String productId = "p-1";
    private Category category = Category.APPAREL;
    private long paidFen = 19_900;
    private String currency = "CNY";
    private Instant paidAt = TrustFixtures.PAID_AT;
    private Instant deliveredAt = TrustFixtures.DELIVERED_AT;
    private final Set<EntitlementType> guarantees = EnumSet.noneOf(EntitlementType.class);
    private boolean authenticated;

    OrderFixture() {}

    public OrderFixture id(String id) { this.id = id; return this; }
    public OrderFixture buyerId(String buyerId) { this.buyerId = buyerId; return this; }
    public OrderFixture shopId(String shopId) { this.shopId = shopId; return this; }
    public OrderFixture productId(String productId) { this.productId = productId; return this; }
    public OrderFixture category(Category category) { this.category = category; return this; }
    public OrderFixture paidFen(long paidFen) { this.paidFen = paidFen; return this; }
    public OrderFixture currency(String currency) { this.currency = currency; return this; }
    public OrderFixture paidAt(Instant paidAt) { this.paidAt = paidAt; return this; }
    public OrderFixture deliveredAt(Instant deliveredAt) { this.deliveredAt = deliveredAt; return this; }

    /** Delivered this long after payment. */
    public OrderFixture deliveredAfter(Duration afterPayment) { this.deliveredAt = paidAt.plus(afterPayment); return this; }

    public OrderFixture notDelivered() { this.deliveredAt = null; return this; }

    /** Adds optional guarantees the shop enrolled the order in. */
    public OrderFixture enrolledIn(EntitlementType... types) { guarantees.addAll(Set.of(types)); return this; }

    public OrderFixture authenticated(boolean authenticated) { this.authenticated = authenticated; return this; }

    public Order build() {
        return new Order(id, buyerId, shopId, productId, category, paidFen, currency, paidAt, deliveredAt, guarantees,
                authenticated);
    }

    String id() { return id; }
    String buyerId() { return buyerId; }
    String shopId() { return shopId; }
}
