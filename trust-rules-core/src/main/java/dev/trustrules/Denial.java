package dev.trustrules;

import dev.trustrules.internal.Require;
/**
 * An entitlement asked for (or checked) and not granted, with the condition that failed.
 *
 * @param type the entitlement denied
 * @param rule the rule that denied it
 * @param reason the stable reason code
 * @param detail the failed condition in words, with the threshold and the fact's value
 *     ("buyer tier SILVER is below GOLD"); {@code null} is held as {@code ""}
 */
public record Denial(EntitlementType type, String rule, String reason, String detail) {

    public Denial {
        Require.present("denial.type", type);
        Require.text("denial.rule", rule);
        Require.text("denial.reason", reason);
        detail = detail == null ? "" : detail;
    }
}
