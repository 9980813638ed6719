package dev.trustrules;

/**
 * Governance sanctions, in the order a decision lists them: the shop's (most severe first), the listing's,
 * the application's and the buyer's, then the creator's ({@code CREATOR_...}, most severe first).
 */
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
    /** A violation case is opened against the shop for a handler's review (buyer reports). */
    VIOLATION_REVIEW,
    /** A new-shop application is refused. */
    SHOP_APPLICATION_BLOCKED,
    /** The buyer's trust-card privileges are revoked for {@code days}. */
    TRUST_CARD_REVOKED,
    /** The creator is banned permanently. */
    CREATOR_BAN,
    /** The creator may not sell live for {@code days}. */
    CREATOR_SUSPENSION,
    /** A formal warning to the creator. */
    CREATOR_WARNING,
    /** The creator's traffic is restricted for {@code days}. */
    CREATOR_TRAFFIC_RESTRICTION,
    /** Violation points are added to the creator's record. */
    CREATOR_VIOLATION_POINTS,
    /** A violation case is opened against the creator for a handler's review (buyer reports). */
    CREATOR_VIOLATION_REVIEW
}
