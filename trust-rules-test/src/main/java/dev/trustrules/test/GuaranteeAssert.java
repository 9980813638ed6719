package dev.trustrules.test;

import dev.trustrules.Guarantee;

/** Assertions on one guarantee the order carries (a checkout badge); {@link #and()} goes back to the decision. */
public final class GuaranteeAssert {
    private final Guarantee actual;
    private final DecisionAssert decision;

    GuaranteeAssert(Guarantee actual, DecisionAssert decision) {
        this.actual = actual;
        this.decision = decision;
    }

    public GuaranteeAssert because(String reason) {
        return check(actual.reason().equals(reason), "reason " + reason);
    }

    /** Attached by this rule, named in full or by its id. */
    public GuaranteeAssert byRule(String nameOrId) {
        return check(RuleNames.matches(actual.rule(), nameOrId), "rule " + nameOrId);
    }

    public DecisionAssert and() {
        return decision;
    }

    private GuaranteeAssert check(boolean ok, String what) {
        if (!ok) {
            throw decision.fail("%nExpecting the order to carry %s with %s but it carries%n  %s%n%s", actual.type(), what,
                    actual, decision.describe());
        }
        return this;
    }
}
