package dev.trustrules.internal.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.trustrules.Decision;
import dev.trustrules.EntitlementType;
import dev.trustrules.internal.explain.Explainer;
import java.util.List;

/**
 * Why a decision came out as it did, in words: every rule that fired with what it produced (a standing or a
 * traffic weight with the thresholds of its detail), and every denial with the condition that failed. Written after the decision's own fields ({@link Explained}).
 *
 * @param rulesFired each fired rule, by name, with what it produced
 * @param denials each denial with its rule, reason code and the failed condition
 */
record Explanation(List<dev.trustrules.explain.FiredRule> rulesFired, List<DenialReason> denials) {

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

    /** One denial: the entitlement, the rule, the reason code and the condition that failed. */
    record DenialReason(EntitlementType type, String rule, String reason, String because) {}

    static Explanation of(Decision d) {
        List<DenialReason> denials = d.denials().stream()
                .map(x -> new DenialReason(x.type(), x.rule(), x.reason(), x.detail())).toList();
        return new Explanation(Explainer.rulesFired(d), denials);
    }
}
