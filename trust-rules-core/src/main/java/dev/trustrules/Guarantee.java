package dev.trustrules;

import dev.trustrules.internal.Require;
/**
 * A guarantee the order carries: a badge the buyer sees at checkout.
 *
 * @param type the guarantee
 * @param rule the rule that attached it
 * @param reason the stable reason code
 */
public record Guarantee(EntitlementType type, String rule, String reason) {

    public Guarantee {
        Require.present("guarantee.type", type);
        Require.text("guarantee.rule", rule);
        Require.text("guarantee.reason", reason);
    }
}
