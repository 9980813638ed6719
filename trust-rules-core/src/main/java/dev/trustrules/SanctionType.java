package dev.trustrules;

/** Governance sanctions, in the order a decision lists them (most severe shop sanctions first). */
public enum SanctionType {
    /** The shop is banned permanently. */
    SHOP_BAN,
    /** The shop's streamer is banned. */
    STREAMER_BAN,
    /** The shop is suspended for {@code days}. */
    SHOP_SUSPENSION,
    /** Every listing of the shop is taken down. */
    ALL_LISTINGS_DELISTED,
    /** The shop's settlement is frozen for {@code days}. */
    SETTLEMENT_FROZEN,
    /** The shop's settlement is suspended until its deposit is topped up. */
    SETTLEMENT_SUSPENDED,
    /** The shop must top its deposit up within {@code days}. */
    DEPOSIT_TOP_UP_REQUIRED,
    /** A formal warning. */
    WARNING,
    /** The shop's traffic is restricted for {@code days} (0: until lifted). */
    TRAFFIC_RESTRICTION,
    /** The shop loses eligibility for optional guarantees. */
    OPTIONAL_GUARANTEES_SUSPENDED,
    /** Violation points are added to the shop's record. */
    VIOLATION_POINTS,
    /** The offending listing is removed. */
    LISTING_REMOVED,
    /** A listing is held for manual review on publication. */
    LISTING_INTERCEPTED,
    /** A new-shop application is refused. */
    SHOP_APPLICATION_BLOCKED,
    /** The buyer's trust-card privileges are revoked for {@code days}. */
    TRUST_CARD_REVOKED
}
