package dev.trustrules.facts;

/**
 * Product categories. What each category carries or is excluded from is policy, not code: see the
 * default policy's {@code guarantees/category-matrix.drl.csv}.
 */
public enum Category {
    APPAREL,
    SHOES_BAGS,
    COSMETICS,
    SKINCARE,
    FOOD,
    FRESH_FRUIT,
    FRESH_FOOD,
    JEWELLERY,
    LUXURY,
    USED_PHONE,
    ELECTRONICS,
    HOME,
    CUSTOM_MADE,
    INTIMATE_WEAR,
    DIGITAL_DOWNLOAD,
    OTHER
}
