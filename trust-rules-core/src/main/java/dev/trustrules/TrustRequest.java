package dev.trustrules;

import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ViolationRecord;
import java.time.Instant;

/**
 * The facts of one question put to the policy. Which facts are present says what is asked:
 *
 * <ul>
 *   <li>an order (with its buyer and shop): which guarantees does it carry?
 *   <li>plus a claim: is the claim granted, how much is paid, by whom, must the goods go back?
 *   <li>a shop with a violation: which sanctions does the shop earn?
 * </ul>
 *
 * <p>The facts must agree with each other: the claim is against the order, the order's buyer and
 * shop are the buyer and shop given, the violation is the shop's.
 *
 * @param evaluatedAt the time to decide for, or {@code null} to take it from the policy's clock
 * @param order the order, or {@code null}
 * @param buyer the order's buyer, or {@code null}
 * @param shop the order's shop, or the shop being sanctioned, or {@code null}
 * @param claim an after-sale claim against the order, or {@code null}
 * @param violation a confirmed violation by the shop, or {@code null}
 */
public record TrustRequest(
        Instant evaluatedAt,
        Order order,
        BuyerAccount buyer,
        ShopAccount shop,
        AfterSaleClaim claim,
        ViolationRecord violation) {

    public TrustRequest {
        if (order == null && buyer == null && shop == null && claim == null && violation == null) {
            throw new IllegalArgumentException("request holds no facts: give at least an order, a shop or a buyer");
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
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same request decided at another time. */
    public TrustRequest at(Instant time) {
        return new TrustRequest(time, order, buyer, shop, claim, violation);
    }

    /** Builds a request fact by fact; {@link #build()} checks that the facts agree. */
    public static final class Builder {
        private Instant evaluatedAt;
        private Order order;
        private BuyerAccount buyer;
        private ShopAccount shop;
        private AfterSaleClaim claim;
        private ViolationRecord violation;

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

        public TrustRequest build() {
            return new TrustRequest(evaluatedAt, order, buyer, shop, claim, violation);
        }
    }
}
