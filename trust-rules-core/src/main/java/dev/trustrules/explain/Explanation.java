package dev.trustrules.explain;

import dev.trustrules.Decision;
import dev.trustrules.internal.Require;
import dev.trustrules.internal.explain.ExplanationText;
import java.util.List;

/**
 * Why a decision came out as it did. Made by {@link dev.trustrules.TrustPolicy#explain(dev.trustrules.TrustRequest)};
 * {@link #decision()} is what {@code evaluate} returns for the same request.
 *
 * @param decision the decision explained
 * @param grants each granted entitlement: the arithmetic of its amounts and the thresholds it passed, in
 *     the decision's order
 * @param denials each denial: the conditions of the rule that denied, with their values, and the other
 *     conditions of that entitlement it passed, in the decision's order
 * @param nearMisses the rules about this request that did not fire although all but one of their
 *     conditions held, each with the condition that failed: those about an entitlement the request asks for
 *     first, then the others, each by rule name (the rules denying an entitlement asked for are not repeated
 *     here: they are its grant's or denial's thresholds passed)
 * @param rulesFired every rule that fired, by name, with what it produced
 * @param caveats what could not be explained, and why (for instance near misses when the probe policy could
 *     not be built); empty when everything was
 */
public record Explanation(Decision decision, List<GrantExplanation> grants, List<DenialExplanation> denials,
        List<Condition> nearMisses, List<FiredRule> rulesFired, List<String> caveats) {

    public Explanation {
        Require.present("explanation.decision", decision);
        grants = Require.list("explanation.grants", grants);
        denials = Require.list("explanation.denials", denials);
        nearMisses = Require.list("explanation.nearMisses", nearMisses);
        rulesFired = Require.list("explanation.rulesFired", rulesFired);
        caveats = Require.list("explanation.caveats", caveats);
    }

    /**
     * The explanation for people to read: the decision in one line, each grant with its arithmetic and
     * thresholds, each denial with its conditions, the guarantees and sanctions, the near misses and the
     * rules fired. The format is for reading, not parsing (use the JSON form for that), and may change.
     */
    public String toText() {
        return ExplanationText.of(this);
    }
}
