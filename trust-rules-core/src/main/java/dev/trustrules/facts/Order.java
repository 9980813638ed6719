package dev.trustrules.facts;

import dev.trustrules.EntitlementType;
import dev.trustrules.internal.Require;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An order as the policy sees it.
 *
 * @param id the order id
 * @param buyerId the buying account
 * @param shopId the selling shop
 * @param productId the product (listing) bought; allergy claims are limited per product
 * @param category the product category
 * @param paidFen the amount paid, in fen (1 CNY = 100 fen)
 * @param currency ISO-4217 code of {@code paidFen}; {@code null} means CNY, the platform's currency (the
 *     record then holds {@code "CNY"})
 * @param paidAt when the order was paid; it selects the policy version that judges the order
 * @param deliveredAt when the buyer signed for the parcel, or {@code null} if not yet delivered
 * @param guarantees the optional guarantees the shop enrolled this order in (for example
 *     {@code FAKE_ONE_PAY_TEN}, {@code FREIGHT_INSURANCE}); {@code null} or empty when it is enrolled in
 *     none (the record then holds an empty set)
 * @param authenticated whether the item went through the platform's authentication warehouse
 */
public record Order(
        String id,
        String buyerId,
        String shopId,
        String productId,
        Category category,
        long paidFen,
        String currency,
        Instant paidAt,
        Instant deliveredAt,
        Set<EntitlementType> guarantees,
        boolean authenticated) {

    public Order {
        Require.id("order.id", id);
        Require.id("order.buyerId", buyerId);
        Require.id("order.shopId", shopId);
        Require.optionalId("order.productId", productId);
        Require.present("order.category", category);
        Require.nonNegative("order.paidFen", paidFen);
        currency = Require.currency("order.currency", currency);
        Require.present("order.paidAt", paidAt);
        Require.notBefore("order.deliveredAt", deliveredAt, "order.paidAt", paidAt);
        guarantees = enumSet(guarantees);
    }

    /** Whether the shop enrolled this order in the given optional guarantee. */
    public boolean enrolledIn(EntitlementType guarantee) {
        return guarantees.contains(guarantee);
    }

    /** Whether the buyer has signed for the parcel. */
    public boolean isDelivered() {
        return deliveredAt != null;
    }

    static Set<EntitlementType> enumSet(Collection<EntitlementType> values) {
        if (values == null || values.isEmpty()) {
            return Collections.emptySet();
        }
        EnumSet<EntitlementType> copy = EnumSet.noneOf(EntitlementType.class);
        for (EntitlementType value : values) { // Set.of(..).contains(null) would throw, so look at each
            if (value == null) {
                throw new IllegalArgumentException("order.guarantees must not contain null, was " + values);
            }
            copy.add(value);
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * A builder of {@code Order}, for code that would otherwise call the 11-argument constructor.
     * {@link Builder#build()} calls the constructor, which validates every field; a required number or flag
     * that was never set fails too (naming it), rather than silently being 0 or {@code false}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this order's fields, to build a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.buyerId = buyerId;
        builder.shopId = shopId;
        builder.productId = productId;
        builder.category = category;
        builder.paidFen = paidFen;
        builder.currency = currency;
        builder.paidAt = paidAt;
        builder.deliveredAt = deliveredAt;
        builder.guarantees = guarantees;
        builder.authenticated = authenticated;
        return builder;
    }

    /** Builds a {@link Order}; see {@link Order#builder()}. Not thread-safe; reusable. */
    public static final class Builder {
        private String id;
        private String buyerId;
        private String shopId;
        private String productId;
        private Category category;
        private Long paidFen;
        private String currency;
        private Instant paidAt;
        private Instant deliveredAt;
        private Set<EntitlementType> guarantees;
        private Boolean authenticated;

        private Builder() {}

        /** The id: see {@link Order#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The buyerId: see {@link Order#buyerId()}. */
        public Builder buyerId(String buyerId) {
            this.buyerId = buyerId;
            return this;
        }

        /** The shopId: see {@link Order#shopId()}. */
        public Builder shopId(String shopId) {
            this.shopId = shopId;
            return this;
        }

        /** The productId: see {@link Order#productId()}. */
        public Builder productId(String productId) {
            this.productId = productId;
            return this;
        }

        /** The category: see {@link Order#category()}. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** The paidFen: see {@link Order#paidFen()}; required. */
        public Builder paidFen(long paidFen) {
            this.paidFen = paidFen;
            return this;
        }

        /** The currency: see {@link Order#currency()}. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** The paidAt: see {@link Order#paidAt()}. */
        public Builder paidAt(Instant paidAt) {
            this.paidAt = paidAt;
            return this;
        }

        /** The deliveredAt: see {@link Order#deliveredAt()}. */
        public Builder deliveredAt(Instant deliveredAt) {
            this.deliveredAt = deliveredAt;
            return this;
        }

        /** The guarantees: see {@link Order#guarantees()}. */
        public Builder guarantees(Set<EntitlementType> guarantees) {
            this.guarantees = guarantees;
            return this;
        }

        /** The guarantees, given one by one: see {@link Order#guarantees()}. */
        public Builder guarantees(EntitlementType... guarantees) {
            this.guarantees = guarantees == null ? null : new java.util.LinkedHashSet<>(java.util.Arrays.asList(guarantees));
            return this;
        }

        /** The authenticated: see {@link Order#authenticated()}; required. */
        public Builder authenticated(boolean authenticated) {
            this.authenticated = authenticated;
            return this;
        }

        /**
         * The order.
         *
         * @throws IllegalArgumentException naming the field, if one is invalid or a required one was not set
         */
        public Order build() {
            return new Order(id, buyerId, shopId, productId, category, set("order.paidFen", paidFen), currency, paidAt, deliveredAt, guarantees, set("order.authenticated", authenticated));
        }

        private static <T> T set(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required, was not set");
            }
            return value;
        }
    }
}
