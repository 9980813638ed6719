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
}
