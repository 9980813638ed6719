package dev.trustrules.rules;

import dev.trustrules.EntitlementType;
import dev.trustrules.Payer;
import dev.trustrules.internal.Require;

/**
 * Inserted by a rule: the claim is granted this entitlement. The amounts are in the order's currency.
 * A denial of the same type overrides a grant (deny wins), so a grant rule may leave the failing
 * conditions to the denial rules.
 *
 * @param type the entitlement
 * @param reason the stable reason code
 * @param refundFen the price refunded, in fen
 * @param payoutFen compensation paid on top of the refund, in fen
 * @param payer who pays
 * @param returnRequired whether the goods must be sent back
 */
public record GrantEntitlement(
        EntitlementType type, String reason, long refundFen, long payoutFen, Payer payer, boolean returnRequired) {
    public GrantEntitlement {
        Require.present("GrantEntitlement.type", type);
        Require.reason("GrantEntitlement.reason", reason);
        Require.nonNegative("GrantEntitlement.refundFen", refundFen);
        Require.nonNegative("GrantEntitlement.payoutFen", payoutFen);
        Require.present("GrantEntitlement.payer", payer);
    }
}
