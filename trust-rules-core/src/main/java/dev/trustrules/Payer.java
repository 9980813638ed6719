package dev.trustrules;

/** Who pays an entitlement's money. */
public enum Payer {
    /** Charged to the shop, out of its deposit. */
    SHOP,
    /** Paid by the platform. */
    PLATFORM,
    /** Paid by the insurer (the platform may advance it). */
    INSURER
}
