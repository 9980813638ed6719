package dev.trustrules.explain;

import dev.trustrules.EntitlementType;
import dev.trustrules.internal.Require;
import java.util.List;

/**
 * A denial, explained.
 *
 * @param type the entitlement denied
 * @param rule the rule that denied it ({@code (engine)} when no rule decided it)
 * @param reason its reason code
 * @param because the rule's own words for the failed condition (the denial's detail)
 * @param conditions the conditions of the denying rule, all of which held, with their values (the one that
 *     names a fact of the claim is the entitlement's failed condition)
 * @param thresholdsPassed the other rules that deny this entitlement, each with the condition that did not
 *     hold, by rule name
 */
public record DenialExplanation(EntitlementType type, String rule, String reason, String because, List<Condition> conditions,
        List<Condition> thresholdsPassed) {

    public DenialExplanation {
        Require.present("denial.type", type);
        Require.text("denial.rule", rule);
        Require.text("denial.reason", reason);
        because = because == null ? "" : because;
        conditions = Require.list("denial.conditions", conditions);
        thresholdsPassed = Require.list("denial.thresholdsPassed", thresholdsPassed);
    }
}
