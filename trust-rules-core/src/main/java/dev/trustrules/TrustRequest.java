package dev.trustrules;

import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.Brand;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.BuyerReports;
import dev.trustrules.facts.CreatorAccount;
import dev.trustrules.facts.Listing;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopApplication;
import dev.trustrules.facts.ShopScores;
import dev.trustrules.facts.ViolationRecord;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The facts of one question put to the policy. Which facts are present says what is asked:
 *
 * <ul>
 *   <li>an order (with its buyer and shop): which guarantees does it carry?
 *   <li>plus a claim: is the claim granted, how much is paid, by whom, must the goods go back?
 *   <li>a shop with a violation: which sanctions does the shop earn (and the creator the violation
 *       names)? a shop alone: what do its experience score and deposit bring, what is its trust
 *       standing and traffic weight (from its scores)?
 *   <li>a creator without a violation: what is the creator's trust standing and traffic weight?
 *   <li>a listing being published: is it intercepted for counterfeit signals?
 *   <li>a shop application: is it blocked as linked to a banned shop?
 *   <li>a brand: does it qualify for quick-brand support?
 * </ul>
 *
 * <p>The facts must agree with each other: the claim is against the order, the order's buyer and
 * shop are the buyer and shop given, the violation is the shop's (and the creator's it names), the scores
 * are the shop's, the reports are about the request's listing, shop or creator.
 *
 * @param evaluatedAt the time to decide for, or {@code null} to take it from the policy's clock
 * @param order the order, or {@code null}
 * @param buyer the order's buyer, or {@code null}
 * @param shop the order's shop, or the shop being sanctioned, or {@code null}
 * @param claim an after-sale claim against the order, or {@code null}
 * @param violation a confirmed violation by the shop, or {@code null}
 * @param listing a listing being published (by the shop, if one is given), or {@code null}
 * @param application an application to open a new shop, or {@code null}
 * @param brand a brand asking for quick-brand support, or {@code null}
 * @param creator the creator the violation names, or a creator whose standing is reviewed, or {@code null}
 * @param shopScores the shop's scores with their dimensions, or {@code null}
 * @param reports buyers' reports against the listing, the shop or the creator, or {@code null}
 */
public record TrustRequest(
        Instant evaluatedAt,
        Order order,
        BuyerAccount buyer,
        ShopAccount shop,
        AfterSaleClaim claim,
        ViolationRecord violation,
        Listing listing,
        ShopApplication application,
        Brand brand,
        CreatorAccount creator,
        ShopScores shopScores,
        BuyerReports reports) {

    public TrustRequest {
        if (order == null && buyer == null && shop == null && claim == null && violation == null && listing == null
                && application == null && brand == null && creator == null && shopScores == null && reports == null) {
            throw new IllegalArgumentException("request holds no facts: give at least an order, a buyer, a shop, a listing, "
                    + "an application, a brand or a creator");
        }
        if (claim != null) {
            if (order == null) {
                throw new IllegalArgumentException("claim " + claim.id() + " needs its order, but order is null");
            }
            if (!claim.orderId().equals(order.id())) {
                throw new IllegalArgumentException("claim.orderId must be the order's id \"" + order.id() + "\", was \"" + claim.orderId() + "\"");
            }
            if (claim.filedAt().isBefore(order.paidAt())) {
                throw new IllegalArgumentException("claim.filedAt must not be before order.paidAt (" + order.paidAt() + "), was " + claim.filedAt());
            }
        }
        if (order != null && buyer != null && !order.buyerId().equals(buyer.id())) {
            throw new IllegalArgumentException("buyer.id must be the order's buyerId \"" + order.buyerId() + "\", was \"" + buyer.id() + "\"");
        }
        if (order != null && shop != null && !order.shopId().equals(shop.id())) {
            throw new IllegalArgumentException("shop.id must be the order's shopId \"" + order.shopId() + "\", was \"" + shop.id() + "\"");
        }
        if (violation != null) {
            if (shop == null) {
                throw new IllegalArgumentException("violation " + violation.id() + " needs its shop, but shop is null");
            }
            if (!violation.shopId().equals(shop.id())) {
                throw new IllegalArgumentException("violation.shopId must be the shop's id \"" + shop.id() + "\", was \"" + violation.shopId() + "\"");
            }
        }
        if (listing != null && shop != null && !listing.shopId().equals(shop.id())) {
            throw new IllegalArgumentException("listing.shopId must be the shop's id \"" + shop.id() + "\", was \"" + listing.shopId() + "\"");
        }
        checkCreator(violation, creator);
        checkScores(shop, shopScores);
        checkReports(reports, listing, shop, creator);
    }

    /** The request's facts without the creator, the shop's scores and the reports. */
    public TrustRequest(Instant evaluatedAt, Order order, BuyerAccount buyer, ShopAccount shop, AfterSaleClaim claim,
            ViolationRecord violation, Listing listing, ShopApplication application, Brand brand) {
        this(evaluatedAt, order, buyer, shop, claim, violation, listing, application, brand, null, null, null);
    }

    private static void checkCreator(ViolationRecord violation, CreatorAccount creator) {
        if (violation == null || violation.creatorId() == null && creator == null) {
            return;
        }
        if (violation.creatorId() == null) {
            throw new IllegalArgumentException("violation.creatorId must name the request's creator \"" + creator.id()
                    + "\", was null; a violation decides the creator it names");
        }
        if (creator == null) {
            throw new IllegalArgumentException("violation " + violation.id() + " names creator \"" + violation.creatorId()
                    + "\", but creator is null; give the creator's account");
        }
        if (!violation.creatorId().equals(creator.id())) {
            throw new IllegalArgumentException("violation.creatorId must be the creator's id \"" + creator.id() + "\", was \""
                    + violation.creatorId() + "\"");
        }
    }

    private static void checkScores(ShopAccount shop, ShopScores scores) {
        if (scores == null) {
            return;
        }
        if (shop == null) {
            throw new IllegalArgumentException("shopScores of shop " + scores.shopId() + " need the shop, but shop is null");
        }
        if (!scores.shopId().equals(shop.id())) {
            throw new IllegalArgumentException("shopScores.shopId must be the shop's id \"" + shop.id() + "\", was \""
                    + scores.shopId() + "\"");
        }
        if (Double.compare(scores.experience().overall(), shop.experienceScore()) != 0) {
            throw new IllegalArgumentException("shopScores.experience.overall must be the shop's experienceScore "
                    + shop.experienceScore() + ", was " + scores.experience().overall());
        }
    }

    private static void checkReports(BuyerReports reports, Listing listing, ShopAccount shop, CreatorAccount creator) {
        if (reports == null) {
            return;
        }
        String subjectId = switch (reports.subject()) {
            case LISTING -> listing == null ? null : listing.id();
            case SHOP -> shop == null ? null : shop.id();
            case CREATOR -> creator == null ? null : creator.id();
        };
        String fact = reports.subject().name().toLowerCase(java.util.Locale.ROOT);
        if (subjectId == null) {
            throw new IllegalArgumentException("reports against " + fact + " " + reports.subjectId() + " need the " + fact
                    + ", but " + fact + " is null");
        }
        if (!reports.subjectId().equals(subjectId)) {
            throw new IllegalArgumentException("reports.subjectId must be the " + fact + "'s id \"" + subjectId + "\", was \""
                    + reports.subjectId() + "\"");
        }
    }

    /** The entitlements this request asks for: a claim's, and quick-brand support for a brand. */
    public Set<EntitlementType> entitlementsAsked() {
        Set<EntitlementType> asked = EnumSet.noneOf(EntitlementType.class);
        if (claim != null) {
            asked.addAll(claim.entitlementsAsked());
        }
        if (brand != null) {
            asked.add(EntitlementType.QUICK_BRAND_SUPPORT);
        }
        return asked;
    }

    /**
     * The time that selects the policy version: when the order was paid (an order keeps the terms it
     * was sold under), else the evaluation time.
     */
    public Instant policyTime(Instant evaluationTime) {
        return order != null ? order.paidAt() : evaluationTime;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same request decided at another time. */
    public TrustRequest at(Instant time) {
        return new TrustRequest(time, order, buyer, shop, claim, violation, listing, application, brand, creator, shopScores,
                reports);
    }

    /** Builds a request fact by fact; {@link #build()} checks that the facts agree. */
    public static final class Builder {
        private Instant evaluatedAt;
        private Order order;
        private BuyerAccount buyer;
        private ShopAccount shop;
        private AfterSaleClaim claim;
        private ViolationRecord violation;
        private Listing listing;
        private ShopApplication application;
        private Brand brand;
        private CreatorAccount creator;
        private ShopScores shopScores;
        private BuyerReports reports;

        private Builder() {}

        public Builder evaluatedAt(Instant evaluatedAt) {
            this.evaluatedAt = evaluatedAt;
            return this;
        }

        public Builder order(Order order) {
            this.order = order;
            return this;
        }

        public Builder buyer(BuyerAccount buyer) {
            this.buyer = buyer;
            return this;
        }

        public Builder shop(ShopAccount shop) {
            this.shop = shop;
            return this;
        }

        public Builder claim(AfterSaleClaim claim) {
            this.claim = claim;
            return this;
        }

        public Builder violation(ViolationRecord violation) {
            this.violation = violation;
            return this;
        }

        public Builder listing(Listing listing) {
            this.listing = listing;
            return this;
        }

        public Builder application(ShopApplication application) {
            this.application = application;
            return this;
        }

        public Builder brand(Brand brand) {
            this.brand = brand;
            return this;
        }

        public Builder creator(CreatorAccount creator) {
            this.creator = creator;
            return this;
        }

        public Builder shopScores(ShopScores shopScores) {
            this.shopScores = shopScores;
            return this;
        }

        public Builder reports(BuyerReports reports) {
            this.reports = reports;
            return this;
        }

        public TrustRequest build() {
            return new TrustRequest(evaluatedAt, order, buyer, shop, claim, violation, listing, application, brand, creator,
                    shopScores, reports);
        }
    }
}
