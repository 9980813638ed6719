package dev.trustrules.facts;

/** The kind of a confirmed violation by a shop. */
public enum ViolationType {
    /** A confirmed sale of counterfeit goods; the policy assigns the points. */
    COUNTERFEIT_SALE,
    FALSE_ADVERTISING,
    PROHIBITED_ITEM,
    SERVICE_MISCONDUCT,
    OTHER
}
