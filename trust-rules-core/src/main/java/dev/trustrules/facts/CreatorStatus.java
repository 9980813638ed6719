package dev.trustrules.facts;

/** A creator's standing on the platform. */
public enum CreatorStatus {
    ACTIVE,
    /** Traffic restricted (a warning step of the creator's ladder, or a running restriction). */
    RESTRICTED,
    /** May not sell live for now. */
    SUSPENDED,
    BANNED
}
