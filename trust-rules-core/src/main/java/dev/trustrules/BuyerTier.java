package dev.trustrules;

/** Trust-card tiers (信任卡), lowest first. */
public enum BuyerTier {
    BASIC,
    SILVER,
    GOLD,
    PLATINUM;

    public boolean isAtLeast(BuyerTier other) {
        return compareTo(other) >= 0;
    }
}
