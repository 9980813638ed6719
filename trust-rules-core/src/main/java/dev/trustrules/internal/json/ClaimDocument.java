package dev.trustrules.internal.json;

import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ReturnReason;
import java.time.Instant;

/**
 * The claim as the JSON form writes it: the fields of {@link AfterSaleClaim}, whose ids may be left out
 * because the request's order gives them (a request holds one claim, against its order).
 */
@DocumentOf(AfterSaleClaim.class)
record ClaimDocument(
        @AbsentMeans("the claim's order id") String id,
        @AbsentMeans("the request's order id") String orderId,
        ClaimType type,
        Instant filedAt,
        @AbsentMeans("no appraisal verdict yet (treated as PENDING)") AuthenticityVerdict authenticityVerdict,
        long appraisalFeeFen,
        long freightFen,
        @AbsentMeans("no return reason (not a return)") ReturnReason returnReason,
        boolean evidenceAttached,
        boolean itemIntact,
        int spoiledPercent,
        boolean buyerCausedDamage,
        int priorClaimsSameProduct180d,
        Where where) {

    /** The claim, against the given order when its ids were left out. */
    AfterSaleClaim toClaim(Order order) {
        String ofOrder = orderId != null ? orderId : order != null ? order.id() : null;
        try {
            return new AfterSaleClaim(id != null ? id : ofOrder, ofOrder, type, filedAt, authenticityVerdict, appraisalFeeFen,
                    freightFen, returnReason, evidenceAttached, itemIntact, spoiledPercent, buyerCausedDamage,
                    priorClaimsSameProduct180d);
        } catch (IllegalArgumentException e) {
            throw where.error(Echo.shorten(e.getMessage()));
        }
    }
}
