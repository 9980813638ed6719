package dev.trustrules.test;

import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ReportSubject;
import dev.trustrules.facts.ShopAccount;
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
    private CreatorFixture creator;
    private ShopScoresFixture shopScores;
    private ReportsFixture reports;
    private Instant evaluatedAt;

    RequestFixture() {}

    RequestFixture withOrder() { order = new OrderFixture(); return this; }
    RequestFixture withBuyer() { buyer = new BuyerFixture(); return this; }
    RequestFixture withShop() { shop = new ShopFixture(); return this; }
    RequestFixture withClaim(ClaimType type) { claim = new ClaimFixture(type); return this; }
    /** Adds a violation of this type (replacing any), for a request that also holds an order or a claim. */
    public RequestFixture withViolation(ViolationType type) { violation = new ViolationFixture(type); return this; }
    RequestFixture withListing() { listing = new ListingFixture(); return this; }
    RequestFixture withApplication() { application = new ApplicationFixture(); return this; }
    RequestFixture withBrand() { brand = new BrandFixture(); return this; }
    RequestFixture withCreator() { creator = new CreatorFixture(); return this; }

    public RequestFixture order(Consumer<OrderFixture> change) { change.accept(order == null ? order = new OrderFixture() : order); return this; }
    public RequestFixture buyer(Consumer<BuyerFixture> change) { change.accept(buyer == null ? buyer = new BuyerFixture() : buyer); return this; }
    public RequestFixture shop(Consumer<ShopFixture> change) { change.accept(shop == null ? shop = new ShopFixture() : shop); return this; }
    public RequestFixture claim(Consumer<ClaimFixture> change) { change.accept(claim); return this; }
    public RequestFixture violation(Consumer<ViolationFixture> change) { change.accept(violation); return this; }
    public RequestFixture listing(Consumer<ListingFixture> change) { change.accept(listing == null ? listing = new ListingFixture() : listing); return this; }
    public RequestFixture application(Consumer<ApplicationFixture> change) { change.accept(application == null ? application = new ApplicationFixture() : application); return this; }
    public RequestFixture brand(Consumer<BrandFixture> change) { change.accept(brand == null ? brand = new BrandFixture() : brand); return this; }
    public RequestFixture creator(Consumer<CreatorFixture> change) { change.accept(creator == null ? creator = new CreatorFixture() : creator); return this; }

    /** The shop's scores (added with their defaults on first use). */
    public RequestFixture shopScores(Consumer<ShopScoresFixture> change) {
        change.accept(shopScores == null ? shopScores = new ShopScoresFixture() : shopScores);
        return this;
    }

    /** Buyer reports against the request's listing, shop or creator (replacing any reports given before). */
    public RequestFixture reports(ReportSubject subject, Consumer<ReportsFixture> change) {
        reports = new ReportsFixture(subject);
        change.accept(reports);
        return this;
    }

    /**
     * The violation names the request's creator (added with its defaults if missing), in the live room of
     * {@code liveRoomOwnerId} (the creator's own id for their own room; {@code null}: not recorded).
     */
    public RequestFixture byCreator(String liveRoomOwnerId) {
        if (creator == null) {
            creator = new CreatorFixture();
        }
        violation.creatorId(creator.id()).liveRoomOwnerId(liveRoomOwnerId);
        return this;
    }

    public RequestFixture withoutBuyer() { buyer = null; return this; }
    public RequestFixture withoutShop() { shop = null; return this; }
    public RequestFixture withoutCreator() { creator = null; return this; }

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
        ShopAccount builtShop = shop == null ? null : shop.build();
        var builtListing = listing == null ? null : listing.build();
        var builtCreator = creator == null ? null : creator.build();
        var builtScores = shopScores == null ? null
                : shopScores.build(builtShop == null ? "s-1" : builtShop.id(), builtShop == null ? 4.6 : builtShop.experienceScore());
        var builtReports = reports == null ? null : reports.build(switch (reports.subject()) {
            case LISTING -> builtListing == null ? "l-1" : builtListing.id();
            case SHOP -> builtShop == null ? "s-1" : builtShop.id();
            case CREATOR -> builtCreator == null ? "creator-1" : builtCreator.id();
        });
        return new TrustRequest(at, builtOrder, buyer == null ? null : buyer.build(), builtShop, builtClaim, builtViolation,
                builtListing, application == null ? null : application.build(), brand == null ? null : brand.build(),
                builtCreator, builtScores, builtReports);
    }
}
