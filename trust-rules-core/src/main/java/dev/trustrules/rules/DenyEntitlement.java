package dev.trustrules.rules;

import dev.trustrules.EntitlementType;

/**
 * Inserted by a rule: the entitlement is not granted, because of one failed condition.
 *
 * @param type the entitlement
 * @param reason the stable reason code
 * @param detail the failed condition with the threshold and the fact's value, for customer service
 */
public record DenyEntitlement(EntitlementType type, String reason, String detail) {
    public DenyEntitlement {
        Vocabulary.present("DenyEntitlement.type", type);
        Vocabulary.reason("DenyEntitlement.reason", reason);
        detail = detail == null ? "" : detail;
    }
}
