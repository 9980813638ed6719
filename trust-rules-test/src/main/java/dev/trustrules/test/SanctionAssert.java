package dev.trustrules.test;

import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import java.util.List;
import java.util.function.Predicate;

/** Assertions on the sanctions of one type; {@link #and()} goes back to the decision. */
public final class SanctionAssert {
    private final SanctionType type;
    private final List<Sanction> actual;
    private final DecisionAssert decision;

    SanctionAssert(SanctionType type, List<Sanction> actual, DecisionAssert decision) {
        this.type = type;
        this.actual = actual;
        this.decision = decision;
    }

    public SanctionAssert withDays(int days) {
        return check(s -> s.days() == days, "duration " + days + " days");
    }

    public SanctionAssert withPoints(int points) {
        return check(s -> s.points() == points, points + " points");
    }

    public SanctionAssert because(String reason) {
        return check(s -> s.reason().equals(reason), "reason " + reason);
    }

    public SanctionAssert withDetail(String detail) {
        return check(s -> s.detail().equals(detail), "detail \"" + detail + "\"");
    }

    /** Imposed by this rule, named in full or by its id. */
    public SanctionAssert byRule(String nameOrId) {
        return check(s -> RuleNames.matches(s.rule(), nameOrId), "rule " + nameOrId);
    }

    /** Imposed exactly once. */
    public SanctionAssert once() {
        if (actual.size() != 1) {
            throw decision.fail("%nExpecting %s once but it was imposed %d times:%n  %s", type, actual.size(), actual);
        }
        return this;
    }

    public DecisionAssert and() {
        return decision;
    }

    private SanctionAssert check(Predicate<Sanction> test, String what) {
        if (actual.stream().noneMatch(test)) {
            throw decision.fail("%nExpecting %s with %s but the decision has%n  %s%n%s", type, what, actual, decision.describe());
        }
        return this;
    }
}
