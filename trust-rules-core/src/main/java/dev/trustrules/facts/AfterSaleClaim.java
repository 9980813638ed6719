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

    /**
     * A builder of {@code AfterSaleClaim}, for code that would otherwise call the 13-argument constructor.
     * {@link Builder#build()} calls the constructor, which validates every field; a required number or flag
     * that was never set fails too (naming it), rather than silently being 0 or {@code false}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this claim's fields, to build a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.orderId = orderId;
        builder.type = type;
        builder.filedAt = filedAt;
        builder.authenticityVerdict = authenticityVerdict;
        builder.appraisalFeeFen = appraisalFeeFen;
        builder.freightFen = freightFen;
        builder.returnReason = returnReason;
        builder.evidenceAttached = evidenceAttached;
        builder.itemIntact = itemIntact;
        builder.spoiledPercent = spoiledPercent;
        builder.buyerCausedDamage = buyerCausedDamage;
        builder.priorClaimsSameProduct180d = priorClaimsSameProduct180d;
        return builder;
    }

    /** Builds a {@link AfterSaleClaim}; see {@link AfterSaleClaim#builder()}. Not thread-safe; reusable. */
    public static final class Builder {
        private String id;
        private String orderId;
        private ClaimType type;
        private Instant filedAt;
        private AuthenticityVerdict authenticityVerdict;
        private Long appraisalFeeFen;
        private Long freightFen;
        private ReturnReason returnReason;
        private Boolean evidenceAttached;
        private Boolean itemIntact;
        private Integer spoiledPercent;
        private Boolean buyerCausedDamage;
        private Integer priorClaimsSameProduct180d;

        private Builder() {}

        /** The id: see {@link AfterSaleClaim#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The orderId: see {@link AfterSaleClaim#orderId()}. */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** The type: see {@link AfterSaleClaim#type()}. */
        public Builder type(ClaimType type) {
            this.type = type;
            return this;
        }

        /** The filedAt: see {@link AfterSaleClaim#filedAt()}. */
        public Builder filedAt(Instant filedAt) {
            this.filedAt = filedAt;
            return this;
        }

        /** The authenticityVerdict: see {@link AfterSaleClaim#authenticityVerdict()}. */
        public Builder authenticityVerdict(AuthenticityVerdict authenticityVerdict) {
            this.authenticityVerdict = authenticityVerdict;
            return this;
        }

        /** The appraisalFeeFen: see {@link AfterSaleClaim#appraisalFeeFen()}; required. */
        public Builder appraisalFeeFen(long appraisalFeeFen) {
            this.appraisalFeeFen = appraisalFeeFen;
            return this;
        }

        /** The freightFen: see {@link AfterSaleClaim#freightFen()}; required. */
        public Builder freightFen(long freightFen) {
            this.freightFen = freightFen;
            return this;
        }

        /** The returnReason: see {@link AfterSaleClaim#returnReason()}. */
        public Builder returnReason(ReturnReason returnReason) {
            this.returnReason = returnReason;
            return this;
        }

        /** The evidenceAttached: see {@link AfterSaleClaim#evidenceAttached()}; required. */
        public Builder evidenceAttached(boolean evidenceAttached) {
            this.evidenceAttached = evidenceAttached;
            return this;
        }

        /** The itemIntact: see {@link AfterSaleClaim#itemIntact()}; required. */
        public Builder itemIntact(boolean itemIntact) {
            this.itemIntact = itemIntact;
            return this;
        }

        /** The spoiledPercent: see {@link AfterSaleClaim#spoiledPercent()}; required. */
        public Builder spoiledPercent(int spoiledPercent) {
            this.spoiledPercent = spoiledPercent;
            return this;
        }

        /** The buyerCausedDamage: see {@link AfterSaleClaim#buyerCausedDamage()}; required. */
        public Builder buyerCausedDamage(boolean buyerCausedDamage) {
            this.buyerCausedDamage = buyerCausedDamage;
            return this;
        }

        /** The priorClaimsSameProduct180d: see {@link AfterSaleClaim#priorClaimsSameProduct180d()}; required. */
        public Builder priorClaimsSameProduct180d(int priorClaimsSameProduct180d) {
            this.priorClaimsSameProduct180d = priorClaimsSameProduct180d;
            return this;
        }

        /**
         * The claim.
         *
         * @throws IllegalArgumentException naming the field, if one is invalid or a required one was not set
         */
        public AfterSaleClaim build() {
            return new AfterSaleClaim(id, orderId, type, filedAt, authenticityVerdict, set("claim.appraisalFeeFen", appraisalFeeFen), set("claim.freightFen", freightFen), returnReason, set("claim.evidenceAttached", evidenceAttached), set("claim.itemIntact", itemIntact), set("claim.spoiledPercent", spoiledPercent), set("claim.buyerCausedDamage", buyerCausedDamage), set("claim.priorClaimsSameProduct180d", priorClaimsSameProduct180d));
        }

        private static <T> T set(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required, was not set");
            }
            return value;
        }
    }
}
