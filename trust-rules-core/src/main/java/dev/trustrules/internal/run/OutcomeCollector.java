package dev.trustrules.internal.run;

import dev.trustrules.rules.AddNote;
import dev.trustrules.rules.AssignStanding;
import dev.trustrules.rules.AssignTier;
import dev.trustrules.rules.AssignTraffic;
import dev.trustrules.rules.CarryGuarantee;
import dev.trustrules.rules.DenyEntitlement;
import dev.trustrules.rules.GrantEntitlement;
import dev.trustrules.rules.ImposeSanction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Listens to one session and keeps, for the evaluation in progress, every outcome fact in working
 * memory with the rule that inserted it, the handles of every fact the rules inserted (so that clearing
 * the session deletes them without walking Drools' object store), and the rules that fired. Outcomes
 * retracted before the end (for example a suspension superseded by a ban) are dropped.
 *
 * <p>One collector serves one pooled session, one evaluation at a time, so its lists are reused from
 * one evaluation to the next: per decision it allocates only an entry per outcome.
 */
final class OutcomeCollector extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** An outcome fact and the rule whose consequence inserted it. */
    record Outcome(Object fact, String rule) {}

    static final String ENGINE = "(engine)";
    private static final Comparator<Outcome> BY_RULE = Comparator.comparing(Outcome::rule);

    private final Map<FactHandle, Outcome> outcomes = new LinkedHashMap<>();
    private final ArrayList<Outcome> sorted = new ArrayList<>();
    private final ArrayList<FactHandle> derived = new ArrayList<>();
    /** The name of the rule of every firing, in firing order (repeats included). */
    private final ArrayList<String> trail = new ArrayList<>();
    private final int maxInserted;
    private int inserted;
    private String firing;

    /** @param maxInserted how many facts the rules may insert in one evaluation before it fails */
    OutcomeCollector(int maxInserted) {
        this.maxInserted = maxInserted;
    }

    void reset() {
        outcomes.clear();
        sorted.clear();
        derived.clear();
        trail.clear();
        inserted = 0;
        firing = null;
    }

    /** The rule whose consequence is running, or {@code null} between firings. */
    String firing() {
        return firing;
    }

    /** The outcomes in working memory, sorted by rule name (stable: a rule's outcomes in insertion order); a reused list. */
    List<Outcome> outcomes() {
        sorted.clear();
        sorted.addAll(outcomes.values());
        sorted.sort(BY_RULE);
        return sorted;
    }

    /** The facts the rules inserted and did not delete, in insertion order; a reused list. */
    List<FactHandle> derived() {
        return derived;
    }

    /** The names of the rules that fired, sorted, each once. */
    List<String> firedRules() {
        int size = trail.size();
        if (size == 0) {
            return List.of();
        }
        if (size == 1) {
            return List.of(trail.get(0));
        }
        trail.sort(null);
        String[] distinct = new String[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            String rule = trail.get(i);
            if (n == 0 || !distinct[n - 1].equals(rule)) {
                distinct[n++] = rule;
            }
        }
        return n == size ? List.of(distinct) : List.of(java.util.Arrays.copyOf(distinct, n));
    }

    /** Rule name to number of firings in this evaluation (for the report of an evaluation that reached the cap). */
    Map<String, int[]> firings() {
        Map<String, int[]> counts = new HashMap<>();
        for (String rule : trail) {
            counts.computeIfAbsent(rule, name -> new int[1])[0]++;
        }
        return counts;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() == null) {
            return; // one of the request's facts: the session deletes those itself
        }
        if (++inserted > maxInserted) {
            throw new FactCapReached(maxInserted);
        }
        derived.add(event.getFactHandle());
        Object fact = event.getObject();
        if (isOutcome(fact)) {
            outcomes.put(event.getFactHandle(), new Outcome(fact, event.getRule().getName()));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        Outcome previous = outcomes.get(event.getFactHandle());
        if (previous != null) {
            outcomes.put(event.getFactHandle(), new Outcome(event.getObject(), previous.rule()));
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        FactHandle handle = event.getFactHandle();
        if (!outcomes.isEmpty()) {
            outcomes.remove(handle);
        }
        for (int i = derived.size() - 1; i >= 0; i--) { // newest first: clearing deletes from the end
            if (derived.get(i) == handle) {
                derived.remove(i);
                break;
            }
        }
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        trail.add(event.getMatch().getRule().getName());
        firing = null;
    }

    /** Thrown into a consequence that inserts one fact too many: facts in working memory are bounded as firings are. */
    static final class FactCapReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FactCapReached(int cap) {
            super("the rules inserted more than " + cap + " facts in one evaluation", null, false, false);
        }
    }

    private static boolean isOutcome(Object fact) {
        return fact instanceof GrantEntitlement || fact instanceof DenyEntitlement || fact instanceof ImposeSanction
                || fact instanceof CarryGuarantee || fact instanceof AssignTier || fact instanceof AddNote
                || fact instanceof AssignStanding || fact instanceof AssignTraffic;
    }
}
