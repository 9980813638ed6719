package dev.trustrules.rules;

import dev.trustrules.EntitlementType;
import dev.trustrules.internal.Require;

/**
 * Inserted by a rule: the entitlement is not granted, because of one failed condition.
 *
 * @param type the entitlement
 * @param reason the stable reason code
 * @param detail the failed condition with the threshold and the fact's value, for customer service;
 *     {@code null} is held as {@code ""}
 */
public record DenyEntitlement(EntitlementType type, String reason, String detail) {
    public DenyEntitlement {
        Require.present("DenyEntitlement.type", type);
        Require.reason("DenyEntitlement.reason", reason);
        detail = detail == null ? "" : detail;
    }
}
