package dev.trustrules.test;

import dev.trustrules.Denial;
import dev.trustrules.EntitlementType;
import java.util.List;

/** Assertions on the denials of one entitlement; {@link #and()} goes back to the decision. */
public final class DenialAssert {
    private final EntitlementType type;
    private final List<Denial> actual;
    private final DecisionAssert decision;

    DenialAssert(EntitlementType type, List<Denial> actual, DecisionAssert decision) {
        this.type = type;
        this.actual = actual;
        this.decision = decision;
    }

    /** One of the denials has this reason code. */
    public DenialAssert because(String reason) {
        return check(actual.stream().anyMatch(d -> d.reason().equals(reason)), "reason " + reason);
    }

    /** The denials have exactly these reason codes, in decision order. */
    public DenialAssert becauseExactly(String... reasons) {
        return check(actual.stream().map(Denial::reason).toList().equals(List.of(reasons)),
                "exactly the reasons " + List.of(reasons));
    }

    /** One of the denials explains itself with exactly this detail. */
    public DenialAssert withDetail(String detail) {
        return check(actual.stream().anyMatch(d -> d.detail().equals(detail)), "detail \"" + detail + "\"");
    }

    /** One of the denials was made by this rule, named in full or by its id. */
    public DenialAssert byRule(String nameOrId) {
        return check(actual.stream().anyMatch(d -> RuleNames.matches(d.rule(), nameOrId)), "rule " + nameOrId);
    }

    public DecisionAssert and() {
        return decision;
    }

    private DenialAssert check(boolean ok, String what) {
        if (!ok) {
            throw decision.fail("%nExpecting %s to be denied with %s but its denials are%n  %s%n%s", type, what, actual,
                    decision.describe());
        }
        return this;
    }
}
