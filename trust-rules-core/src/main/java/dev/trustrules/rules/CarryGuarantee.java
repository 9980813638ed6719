package dev.trustrules.rules;

import dev.trustrules.EntitlementType;

/**
 * Inserted by a rule: the order carries this guarantee (a checkout badge). Claim rules match it to
 * know which guarantees the order was sold with.
 *
 * @param type the guarantee
 * @param reason the stable reason code
 */
public record CarryGuarantee(EntitlementType type, String reason) {
    public CarryGuarantee {
        Vocabulary.present("CarryGuarantee.type", type);
        Vocabulary.reason("CarryGuarantee.reason", reason);
    }
}
