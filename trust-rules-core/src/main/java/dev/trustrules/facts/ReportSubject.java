package dev.trustrules.facts;

/** What buyers reported (举报). */
public enum ReportSubject {
    /** A listing: the request's listing. */
    LISTING,
    /** A shop: the request's shop. */
    SHOP,
    /** A creator: the request's creator. */
    CREATOR
}
