package dev.trustrules.facts;

import dev.trustrules.EntitlementType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a buyer asks for in an after-sale claim, and which entitlements that claim is judged against. */
public enum ClaimType {
    /** The item is reported counterfeit: fake-one-pay-ten. */
    COUNTERFEIT(EntitlementType.FAKE_ONE_PAY_TEN),
    /** A refund while keeping the goods. */
    REFUND_WITHOUT_RETURN(EntitlementType.REFUND_WITHOUT_RETURN),
    /**
     * Goods returned for a refund: asks for the return freight; with return reason {@code NO_REASON}
     * also for the 7-day no-reason return, with a reason of the seller's fault also for the seller-fault
     * return.
     */
    RETURN(EntitlementType.FREIGHT_INSURANCE, EntitlementType.NO_REASON_RETURN_7D, EntitlementType.SELLER_FAULT_RETURN),
    /** A cosmetic or skincare product caused an allergy. */
    ALLERGY(EntitlementType.ALLERGY_INSURANCE),
    /** Fruit arrived rotten. */
    BAD_FRUIT(EntitlementType.BAD_FRUIT_INSURANCE),
    /** A used phone is defective. */
    PHONE_DEFECT(EntitlementType.USED_PHONE_WARRANTY),
    /**
     * Goods sent back for the same item (换货): asks for the exchange and for the return freight of the
     * goods sent back.
     */
    EXCHANGE(EntitlementType.EXCHANGE, EntitlementType.FREIGHT_INSURANCE);

    private final Set<EntitlementType> entitlements;

    ClaimType(EntitlementType first, EntitlementType... rest) {
        this.entitlements = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /**
     * The entitlements a claim of this type can ask for; {@link AfterSaleClaim#entitlementsAsked()} says
     * which one claim does.
     */
    public Set<EntitlementType> entitlements() {
        return entitlements;
    }
}
