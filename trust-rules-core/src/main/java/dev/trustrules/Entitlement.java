package dev.trustrules;

import dev.trustrules.internal.Require;
/**
 * An entitlement granted on a claim.
 *
 * <p>{@code refundFen} is the part of the price given back; {@code payoutFen} is money paid on top of
 * it (the 10x compensation and appraisal fee of fake-one-pay-ten, the reimbursed freight). Both are in
 * {@code currency}, the order's currency.
 *
 * @param type the entitlement
 * @param refundFen the price refunded, in fen
 * @param payoutFen the compensation paid on top of the refund, in fen
 * @param currency ISO-4217 code of both amounts
 * @param payer who pays
 * @param returnRequired whether the buyer must send the goods back
 * @param rule the rule that granted it
 * @param reason the stable reason code
 */
public record Entitlement(
        EntitlementType type,
        long refundFen,
        long payoutFen,
        String currency,
        Payer payer,
        boolean returnRequired,
        String rule,
        String reason) {

    public Entitlement {
        Require.present("entitlement.type", type);
        Require.nonNegative("entitlement.refundFen", refundFen);
        Require.nonNegative("entitlement.payoutFen", payoutFen);
        Require.text("entitlement.currency", currency);
        Require.present("entitlement.payer", payer);
        Require.text("entitlement.rule", rule);
        Require.text("entitlement.reason", reason);
    }

    /** Refund plus payout: everything the buyer receives, in fen. */
    public long totalFen() {
        return Math.addExact(refundFen, payoutFen);
    }
}
