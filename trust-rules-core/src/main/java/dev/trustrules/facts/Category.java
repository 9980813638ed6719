package dev.trustrules.facts;

/** Product categories the default policy distinguishes. */
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
    OTHER;

    /** Food categories, where fake-one-pay-ten compensation has the food-safety law's floor. */
    public boolean isFood() {
        return this == FOOD || this == FRESH_FRUIT || this == FRESH_FOOD;
    }
}
