package dev.trustrules.rules;

import dev.trustrules.EntitlementType;
import dev.trustrules.internal.Require;

/**
 * Inserted by a rule: the order carries this guarantee (a checkout badge). Claim rules match it to
 * know which guarantees the order was sold with.
 *
 * @param type the guarantee
 * @param reason the stable reason code
 */
public record CarryGuarantee(EntitlementType type, String reason) {
    public CarryGuarantee {
        Require.present("CarryGuarantee.type", type);
        Require.reason("CarryGuarantee.reason", reason);
    }
}
