package dev.trustrules.facts;

/** A shop's standing on the platform. */
public enum ShopStatus {
    ACTIVE,
    RESTRICTED,
    SUSPENDED,
    BANNED
}
