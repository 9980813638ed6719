package dev.trustrules.explain;

import dev.trustrules.EntitlementType;
import dev.trustrules.internal.Require;
import java.util.List;

/**
 * A granted entitlement, explained.
 *
 * @param type the entitlement
 * @param rule the rule that granted it
 * @param reason its reason code
 * @param refund how the refund was computed
 * @param payout how the payout was computed
 * @param thresholdsPassed each rule of the policy that denies this entitlement, with the condition of it that
 *     did not hold (the threshold the claim passed) and its values, by rule name
 */
public record GrantExplanation(EntitlementType type, String rule, String reason, Calculation refund, Calculation payout,
        List<Condition> thresholdsPassed) {

    public GrantExplanation {
        Require.present("grant.type", type);
        Require.text("grant.rule", rule);
        Require.text("grant.reason", reason);
        Require.present("grant.refund", refund);
        Require.present("grant.payout", payout);
        thresholdsPassed = Require.list("grant.thresholdsPassed", thresholdsPassed);
    }
}
