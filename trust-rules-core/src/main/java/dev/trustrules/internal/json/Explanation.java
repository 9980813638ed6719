package dev.trustrules.internal.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Sanction;
import dev.trustrules.Standing;
import dev.trustrules.Traffic;
import dev.trustrules.rules.Amounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a decision came out as it did, in words: every rule that fired with what it produced (a standing or a
 * traffic weight with the thresholds of its detail), and every denial with the condition that failed. Written after the decision's own fields ({@link Explained}).
 *
 * @param rulesFired each fired rule, by name, with what it produced
 * @param denials each denial with its rule, reason code and the failed condition
 */
record Explanation(List<RuleFired> rulesFired, List<DenialReason> denials) {

    /** A decision with its explanation: the decision's fields, then {@code explanation}. */
    record Explained(@JsonUnwrapped Decision decision, Explanation explanation) {}

    /**
     * A {@link dev.trustrules.explain.Explanation} as JSON: the decision's fields, then {@code explanation} with
     * the fields of {@link #of(Decision)} first ({@code rulesFired}; {@code denials}, each with
     * {@code type}, {@code rule}, {@code reason}, {@code because} and now its conditions), then what only an
     * explanation run knows.
     */
    record Full(@JsonUnwrapped Decision decision, Body explanation) {
        static Full of(dev.trustrules.explain.Explanation e) {
            return new Full(e.decision(), new Body(e.rulesFired(), e.denials(), e.grants(), e.nearMisses(), e.caveats()));
        }
    }

    /** The {@code explanation} field of {@link Full}. */
    record Body(List<dev.trustrules.explain.FiredRule> rulesFired, List<dev.trustrules.explain.DenialExplanation> denials,
            List<dev.trustrules.explain.GrantExplanation> grants, List<dev.trustrules.explain.Condition> nearMisses,
            List<String> caveats) {}

    /** One fired rule and what it produced ({@code granted FAKE_ONE_PAY_TEN: refund 199.00 CNY + ...}). */
    record RuleFired(String rule, List<String> produced) {}

    /** One denial: the entitlement, the rule, the reason code and the condition that failed. */
    record DenialReason(EntitlementType type, String rule, String reason, String because) {}

    static Explanation of(Decision d) {
        Map<String, List<String>> produced = new LinkedHashMap<>();
        for (String rule : d.firedRules()) {
            produced.put(rule, new ArrayList<>());
        }
        for (Guarantee x : d.guarantees()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("guarantee " + x.type() + " (" + x.reason() + ")");
        }
        for (Entitlement x : d.entitlements()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("granted " + x.type() + ": refund "
                    + Amounts.format(x.refundFen(), x.currency()) + " + payout " + Amounts.format(x.payoutFen(), x.currency())
                    + ", paid by " + x.payer() + (x.returnRequired() ? ", goods returned" : ", goods kept")
                    + " (" + x.reason() + ")");
        }
        for (Denial x : d.denials()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("denied " + x.type() + " (" + x.reason() + ")");
        }
        for (Sanction x : d.sanctions()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("sanction " + x.type()
                    + (x.days() > 0 ? " " + x.days() + " days" : "") + (x.points() > 0 ? " " + x.points() + " points" : "")
                    + " (" + x.reason() + ")");
        }
        for (Standing x : d.standings()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("standing of " + x.actor() + " " + x.actorId() + ": "
                    + x.tier() + " (" + x.reason() + ")" + (x.detail().isEmpty() ? "" : ": " + x.detail()));
        }
        for (Traffic x : d.traffic()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("traffic of " + x.actor() + " " + x.actorId() + ": "
                    + x.weight() + " (" + x.reason() + ")" + (x.detail().isEmpty() ? "" : ": " + x.detail()));
        }
        List<RuleFired> rules = new ArrayList<>();
        produced.forEach((rule, what) -> rules.add(new RuleFired(rule, List.copyOf(what))));
        List<DenialReason> denials = d.denials().stream()
                .map(x -> new DenialReason(x.type(), x.rule(), x.reason(), x.detail())).toList();
        return new Explanation(List.copyOf(rules), denials);
    }
}
