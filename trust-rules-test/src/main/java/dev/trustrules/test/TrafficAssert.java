package dev.trustrules.test;

import dev.trustrules.Actor;
import dev.trustrules.Traffic;
import dev.trustrules.TrafficWeight;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Assertions on the traffic items of one actor (one per reason); {@link #and()} goes back to the decision. */
public final class TrafficAssert {
    private final Actor actor;
    private final List<Traffic> actual;
    private final DecisionAssert decision;

    TrafficAssert(Actor actor, List<Traffic> actual, DecisionAssert decision) {
        this.actor = actor;
        this.actual = actual;
        this.decision = decision;
    }

    /** Every item names this weight. */
    public TrafficAssert isWeight(TrafficWeight weight) {
        if (actual.stream().anyMatch(s -> s.weight() != weight)) {
            throw decision.fail("%nExpecting the %s's traffic weight %s but the decision has%n  %s%n%s", actor, weight, actual,
                    decision.describe());
        }
        return this;
    }

    /** The items' reasons are exactly these, in any order. */
    public TrafficAssert becauseExactly(String... reasons) {
        List<String> actualReasons = actual.stream().map(Traffic::reason).sorted().toList();
        List<String> expected = Arrays.stream(reasons).sorted().toList();
        if (!actualReasons.equals(expected)) {
            throw decision.fail("%nExpecting the %s's traffic weight for the reasons %s but it has %s:%n  %s", actor, expected,
                    actualReasons, actual);
        }
        return this;
    }

    /** One item has this reason; continue with that item. */
    public TrafficAssert because(String reason) {
        return new TrafficAssert(actor, select(s -> s.reason().equals(reason), "reason " + reason), decision);
    }

    public TrafficAssert byRule(String nameOrId) {
        return check(s -> RuleNames.matches(s.rule(), nameOrId), "rule " + nameOrId);
    }

    public TrafficAssert withDetail(String detail) {
        return check(s -> s.detail().equals(detail), "detail \"" + detail + "\"");
    }

    public TrafficAssert ofActorId(String actorId) {
        return check(s -> s.actorId().equals(actorId), "id " + actorId);
    }

    public DecisionAssert and() {
        return decision;
    }

    private List<Traffic> select(Predicate<Traffic> test, String what) {
        List<Traffic> selected = actual.stream().filter(test).toList();
        if (selected.isEmpty()) {
            throw decision.fail("%nExpecting a %s traffic weight with %s but the decision has%n  %s%n%s", actor, what, actual,
                    decision.describe());
        }
        return selected;
    }

    private TrafficAssert check(Predicate<Traffic> test, String what) {
        select(test, what);
        return this;
    }
}
