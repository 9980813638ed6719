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
 * memory with the rule that inserted it, and every rule that fired. Outcomes retracted before the end
 * (for example a suspension superseded by a ban) are dropped.
 */
final class OutcomeCollector extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** An outcome fact and the rule whose consequence inserted it. */
    record Outcome(Object fact, String rule) {}

    static final String ENGINE = "(engine)";

    private final Map<FactHandle, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<String, int[]> firings = new HashMap<>();
    private final int maxInserted;
    private int inserted;
    private String firing;

    /** @param maxInserted how many facts the rules may insert in one evaluation before it fails */
    OutcomeCollector(int maxInserted) {
        this.maxInserted = maxInserted;
    }

    void reset() {
        outcomes.clear();
        firings.clear();
        inserted = 0;
        firing = null;
    }

    /** The rule whose consequence is running, or {@code null} between firings. */
    String firing() {
        return firing;
    }

    List<Outcome> outcomes() {
        return new ArrayList<>(outcomes.values());
    }

    /** Rule name to number of firings in this evaluation. */
    Map<String, int[]> firings() {
        return firings;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && ++inserted > maxInserted) {
            throw new FactCapReached(maxInserted);
        }
        Object fact = event.getObject();
        if (isOutcome(fact)) {
            outcomes.put(event.getFactHandle(), new Outcome(fact, event.getRule() == null ? ENGINE : event.getRule().getName()));
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
        outcomes.remove(event.getFactHandle());
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.computeIfAbsent(event.getMatch().getRule().getName(), name -> new int[1])[0]++;
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
