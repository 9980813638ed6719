package dev.trustrules.internal.json;

import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.ViolationRecord;
import java.time.Instant;

/**
 * Orders of events a request cannot describe, across its facts (within one fact, {@link NotBefore}):
 * a claim filed before its order was paid, and a question decided before it was asked (a claim,
 * violation, listing or application dated after the request's {@code evaluatedAt}; with a claim this
 * also refuses a claim decided before its order was paid). Background facts are exempt: a past order
 * replayed as of its checkout may carry its later delivery, and at checkout the badges are decided
 * while the order is being paid, on clocks of different services.
 */
final class EventOrder {
    private EventOrder() {}

    static void check(RequestDocument r, AfterSaleClaim claim, ViolationRecord violation) {
        if (claim != null && r.order() != null && claim.filedAt().isBefore(r.order().paidAt())) {
            throw r.claim().where().error("filedAt", Timestamps.format(claim.filedAt()) + " is before "
                    + r.where().field("order.paidAt") + " " + Timestamps.format(r.order().paidAt())
                    + ": a claim cannot be filed before its order is paid");
        }
        Instant decided = r.evaluatedAt();
        if (decided == null) {
            return;
        }
        if (claim != null) {
            notAfter(r, r.claim().where(), "filedAt", claim.filedAt(), decided);
        }
        if (violation != null) {
            notAfter(r, r.violation().where(), "occurredAt", violation.occurredAt(), decided);
        }
        if (r.listing() != null) {
            notAfter(r, r.where(), "listing.publishedAt", r.listing().publishedAt(), decided);
        }
        if (r.application() != null) {
            notAfter(r, r.where(), "application.appliedAt", r.application().appliedAt(), decided);
        }
    }

    private static void notAfter(RequestDocument r, Where where, String field, Instant event, Instant decided) {
        if (event != null && event.isAfter(decided)) {
            throw where.error(field, Timestamps.format(event) + " is after " + r.where().field("evaluatedAt") + " "
                    + Timestamps.format(decided) + ": a question cannot be decided before it is asked");
        }
    }
}
