package dev.trustrules.test;

import dev.trustrules.Actor;
import dev.trustrules.Standing;
import dev.trustrules.StandingTier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Assertions on the standing items of one actor (one per reason); {@link #and()} goes back to the decision. */
public final class StandingAssert {
    private final Actor actor;
    private final List<Standing> actual;
    private final DecisionAssert decision;

    StandingAssert(Actor actor, List<Standing> actual, DecisionAssert decision) {
        this.actor = actor;
        this.actual = actual;
        this.decision = decision;
    }

    /** Every item names this tier. */
    public StandingAssert isTier(StandingTier tier) {
        if (actual.stream().anyMatch(s -> s.tier() != tier)) {
            throw decision.fail("%nExpecting the %s's standing %s but the decision has%n  %s%n%s", actor, tier, actual,
                    decision.describe());
        }
        return this;
    }

    /** The items' reasons are exactly these, in any order. */
    public StandingAssert becauseExactly(String... reasons) {
        List<String> actualReasons = actual.stream().map(Standing::reason).sorted().toList();
        List<String> expected = Arrays.stream(reasons).sorted().toList();
        if (!actualReasons.equals(expected)) {
            throw decision.fail("%nExpecting the %s's standing for the reasons %s but it has %s:%n  %s", actor, expected,
                    actualReasons, actual);
        }
        return this;
    }

    /** One item has this reason; continue with that item. */
    public StandingAssert because(String reason) {
        return new StandingAssert(actor, select(s -> s.reason().equals(reason), "reason " + reason), decision);
    }

    public StandingAssert byRule(String nameOrId) {
        return check(s -> RuleNames.matches(s.rule(), nameOrId), "rule " + nameOrId);
    }

    public StandingAssert withDetail(String detail) {
        return check(s -> s.detail().equals(detail), "detail \"" + detail + "\"");
    }

    public StandingAssert ofActorId(String actorId) {
        return check(s -> s.actorId().equals(actorId), "id " + actorId);
    }

    public DecisionAssert and() {
        return decision;
    }

    private List<Standing> select(Predicate<Standing> test, String what) {
        List<Standing> selected = actual.stream().filter(test).toList();
        if (selected.isEmpty()) {
            throw decision.fail("%nExpecting a %s standing with %s but the decision has%n  %s%n%s", actor, what, actual,
                    decision.describe());
        }
        return selected;
    }

    private StandingAssert check(Predicate<Standing> test, String what) {
        select(test, what);
        return this;
    }
}
