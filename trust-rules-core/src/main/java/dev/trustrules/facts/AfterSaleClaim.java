package dev.trustrules.facts;

import dev.trustrules.EntitlementType;
import dev.trustrules.internal.Require;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An after-sale claim a buyer filed against an order. Amounts are in the order's currency.
 *
 * @param id the claim id
 * @param orderId the order claimed against
 * @param type what the buyer asks for
 * @param filedAt when the claim was filed; claim windows are measured to this time
 * @param authenticityVerdict the appraisal verdict for a counterfeit claim, or {@code null}
 * @param appraisalFeeFen the appraisal fee the buyer paid, in fen
 * @param freightFen the return freight the buyer paid, in fen
 * @param returnReason why the goods are returned, for a return claim, or {@code null}
 * @param evidenceAttached whether photos or a medical record are attached
 * @param itemIntact whether the returned item is intact (unused, tags on)
 * @param spoiledPercent the share of the goods spoiled, 0 to 100 (bad-fruit claims)
 * @param buyerCausedDamage whether inspection found the damage was caused by the buyer
 * @param priorClaimsSameProduct180d earlier claims of this type by this buyer on this product in
 *     the last 180 days
 */
public record AfterSaleClaim(
        String id,
        String orderId,
        ClaimType type,
        Instant filedAt,
        AuthenticityVerdict authenticityVerdict,
        long appraisalFeeFen,
        long freightFen,
        ReturnReason returnReason,
        boolean evidenceAttached,
        boolean itemIntact,
        int spoiledPercent,
        boolean buyerCausedDamage,
        int priorClaimsSameProduct180d) {

    public AfterSaleClaim {
        Require.id("claim.id", id);
        Require.id("claim.orderId", orderId);
        Require.present("claim.type", type);
        Require.present("claim.filedAt", filedAt);
        Require.nonNegative("claim.appraisalFeeFen", appraisalFeeFen);
        Require.nonNegative("claim.freightFen", freightFen);
        Require.between("claim.spoiledPercent", spoiledPercent, 0, 100);
        Require.nonNegative("claim.priorClaimsSameProduct180d", priorClaimsSameProduct180d);
    }

    /**
     * The entitlements this claim asks for; the decision grants or denies each. A return asks for the
     * return freight, and for the 7-day no-reason return when its reason is {@code NO_REASON} or the
     * seller-fault return when its reason is the seller's fault; a return without a reason asks for the
     * freight only.
     */
    public Set<EntitlementType> entitlementsAsked() {
        if (type == ClaimType.RETURN) {
            if (returnReason == null) {
                return Collections.singleton(EntitlementType.FREIGHT_INSURANCE);
            }
            return returnReason.isSellerFault()
                    ? EnumSet.of(EntitlementType.FREIGHT_INSURANCE, EntitlementType.SELLER_FAULT_RETURN)
                    : EnumSet.of(EntitlementType.FREIGHT_INSURANCE, EntitlementType.NO_REASON_RETURN_7D);
        }
        return type.entitlements();
    }
}
