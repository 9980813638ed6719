package dev.trustrules.internal.json;

import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.Brand;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.BuyerReports;
import dev.trustrules.facts.CreatorAccount;
import dev.trustrules.facts.Listing;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopApplication;
import dev.trustrules.facts.ShopScores;
import dev.trustrules.facts.ViolationRecord;
import java.time.Instant;

/**
 * A request as the JSON form writes it: the components of {@link TrustRequest}, with the claim and the
 * violation in their document forms (their ids come from the order and the shop). Its fields are
 * those of the record, in its order; a test holds them equal.
 */
@DocumentOf(TrustRequest.class)
record RequestDocument(
        @AbsentMeans("the policy's clock at evaluation") Instant evaluatedAt,
        @AbsentMeans("no order in the question") Order order,
        @AbsentMeans("no buyer in the question") BuyerAccount buyer,
        @AbsentMeans("no shop in the question") ShopAccount shop,
        @AbsentMeans("no claim in the question") ClaimDocument claim,
        @AbsentMeans("no violation in the question") ViolationDocument violation,
        @AbsentMeans("no listing in the question") Listing listing,
        @AbsentMeans("no shop application in the question") ShopApplication application,
        @AbsentMeans("no brand in the question") Brand brand,
        @AbsentMeans("no creator in the question") CreatorAccount creator,
        @AbsentMeans("no scores of the shop") ShopScores shopScores,
        @AbsentMeans("no buyer reports") BuyerReports reports,
        Where where) {

    /** The request, once the facts' order of events is possible ({@link EventOrder}). */
    TrustRequest toRequest() {
        AfterSaleClaim afterSale = claim == null ? null : claim.toClaim(order);
        ViolationRecord record = violation == null ? null : violation.toViolation(shop);
        EventOrder.check(this, afterSale, record);
        try {
            return new TrustRequest(evaluatedAt, order, buyer, shop, afterSale, record, listing, application, brand, creator,
                    shopScores, reports);
        } catch (IllegalArgumentException e) {
            throw where.error(Echo.shorten(e.getMessage()));
        }
    }
}
