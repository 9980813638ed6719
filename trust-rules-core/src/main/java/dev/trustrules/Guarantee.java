package dev.trustrules;

/**
 * A guarantee the order carries: a badge the buyer sees at checkout.
 *
 * @param type the guarantee
 * @param rule the rule that attached it
 * @param reason the stable reason code
 */
public record Guarantee(EntitlementType type, String rule, String reason) {

    public Guarantee {
        Checks.present("guarantee.type", type);
        Checks.text("guarantee.rule", rule);
        Checks.text("guarantee.reason", reason);
    }
}
