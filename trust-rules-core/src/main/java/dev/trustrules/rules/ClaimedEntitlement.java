package dev.trustrules.rules;

import dev.trustrules.EntitlementType;
import dev.trustrules.internal.Require;

/**
 * Inserted by the engine, one per entitlement a claim asks for ({@code ClaimType.entitlements()}).
 * Each must end granted or denied; if no rule does either, the engine denies it with reason
 * {@code NO_RULE_MATCHED}.
 *
 * @param type the entitlement asked for
 */
public record ClaimedEntitlement(EntitlementType type) {
    public ClaimedEntitlement {
        Require.present("ClaimedEntitlement.type", type);
    }
}
