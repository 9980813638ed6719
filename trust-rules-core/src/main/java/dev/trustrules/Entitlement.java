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

    /**
     * Refund plus payout: everything the buyer receives, in fen, exactly.
     *
     * @throws ArithmeticException if the sum does not fit a {@code long} (a refund near {@code Long.MAX_VALUE}
     *     fen plus a payout), naming both amounts; {@link #totalFenExact()} never fails
     */
    public long totalFen() {
        long total = refundFen + payoutFen;
        if (total < 0) { // both are >= 0, so only an overflow makes the sum negative
            throw new ArithmeticException("entitlement " + type + ": refundFen " + refundFen + " + payoutFen " + payoutFen
                    + " = " + totalFenExact() + " fen does not fit a long (at most " + Long.MAX_VALUE
                    + "); use totalFenExact()");
        }
        return total;
    }

    /** Refund plus payout as an exact {@link java.math.BigInteger}: never overflows. */
    public java.math.BigInteger totalFenExact() {
        return java.math.BigInteger.valueOf(refundFen).add(java.math.BigInteger.valueOf(payoutFen));
    }
}
