package dev.trustrules.test;

import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.ViolationType;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A request under construction: each fact is a fixture that a test adjusts with a lambda. The
 * evaluation time defaults to the claim's filing time, else the violation's, the listing's or the
 * application's time, else the payment.
 */
public final class RequestFixture {
    private OrderFixture order;
    private BuyerFixture buyer;
    private ShopFixture shop;
    private ClaimFixture claim;
    private ViolationFixture violation;
    private ListingFixture listing;
    private ApplicationFixture application;
    private BrandFixture brand;
    private Instant evaluatedAt;

    RequestFixture() {}

    RequestFixture withOrder() { order = new OrderFixture(); return this; }
    RequestFixture withBuyer() { buyer = new BuyerFixture(); return this; }
    RequestFixture withShop() { shop = new ShopFixture(); return this; }
    RequestFixture withClaim(ClaimType type) { claim = new ClaimFixture(type); return this; }
    RequestFixture withViolation(ViolationType type) { violation = new ViolationFixture(type); return this; }
    RequestFixture withListing() { listing = new ListingFixture(); return this; }
    RequestFixture withApplication() { application = new ApplicationFixture(); return this; }
    RequestFixture withBrand() { brand = new BrandFixture(); return this; }

    public RequestFixture order(Consumer<OrderFixture> change) { change.accept(order == null ? order = new OrderFixture() : order); return this; }
    public RequestFixture buyer(Consumer<BuyerFixture> change) { change.accept(buyer == null ? buyer = new BuyerFixture() : buyer); return this; }
    public RequestFixture shop(Consumer<ShopFixture> change) { change.accept(shop == null ? shop = new ShopFixture() : shop); return this; }
    public RequestFixture claim(Consumer<ClaimFixture> change) { change.accept(claim); return this; }
    public RequestFixture violation(Consumer<ViolationFixture> change) { change.accept(violation); return this; }
    public RequestFixture listing(Consumer<ListingFixture> change) { change.accept(listing == null ? listing = new ListingFixture() : listing); return this; }
    public RequestFixture application(Consumer<ApplicationFixture> change) { change.accept(application == null ? application = new ApplicationFixture() : application); return this; }
    public RequestFixture brand(Consumer<BrandFixture> change) { change.accept(brand == null ? brand = new BrandFixture() : brand); return this; }

    public RequestFixture withoutBuyer() { buyer = null; return this; }
    public RequestFixture withoutShop() { shop = null; return this; }

    /** Decide at this time instead of the default. */
    public RequestFixture at(Instant time) { evaluatedAt = time; return this; }

    public TrustRequest build() {
        Order builtOrder = order == null ? null : order.build();
        AfterSaleClaim builtClaim = null;
        if (claim != null) {
            if (builtOrder == null) {
                throw new IllegalStateException("a claim fixture needs an order fixture");
            }
            Instant anchor = builtOrder.deliveredAt() != null ? builtOrder.deliveredAt() : builtOrder.paidAt();
            builtClaim = claim.build(builtOrder.id(), anchor);
        }
        ViolationRecord builtViolation = violation == null ? null : violation.build();
        Instant at = evaluatedAt;
        if (at == null) {
            at = builtClaim != null ? builtClaim.filedAt()
                    : builtViolation != null ? builtViolation.occurredAt()
                    : listing != null ? listing.publishedAt()
                    : application != null ? application.appliedAt()
                    : builtOrder != null ? builtOrder.paidAt() : TrustFixtures.PAID_AT;
        }
        return new TrustRequest(at, builtOrder, buyer == null ? null : buyer.build(), shop == null ? null : shop.build(),
                builtClaim, builtViolation, listing == null ? null : listing.build(),
                application == null ? null : application.build(), brand == null ? null : brand.build());
    }
}
