package dev.trustrules.internal.explain;

import dev.trustrules.EvaluationException;
import dev.trustrules.TrustRequest;
import dev.trustrules.internal.run.CompiledPolicy;
import dev.trustrules.rules.ClaimedEntitlement;
import dev.trustrules.rules.EvaluationTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * The request decided again, in a session of its own, with every rule firing recorded: its match (the
 * facts and the values of its bindings), the arithmetic its consequence did ({@link ArithmeticLog}) and
 * the facts it inserted. Rules are deterministic, so this run fires the rules the decision's run fired;
 * its session is kept until {@link #close()} so that a probe can read the facts it ended with.
 */
final class ExplainRun implements AutoCloseable {

    /** One rule firing. */
    static final class Firing {
        final String rule;
        final Map<String, Object> declarations;
        final List<Object> objects;
        final ArithmeticLog.Firing arithmetic = new ArithmeticLog.Firing();
        final List<Object> inserted = new ArrayList<>(2);

        Firing(String rule, Map<String, Object> declarations, List<Object> objects) {
            this.rule = rule;
            this.declarations = declarations;
            this.objects = objects;
        }

        @Override
        public String toString() {
            return rule;
        }
    }

    final List<Firing> firings = new ArrayList<>();
    /** The firing that inserted each fact the rules inserted, by identity. */
    final Map<Object, Firing> insertedBy = new IdentityHashMap<>();
    final List<Object> finalFacts;
    final Map<String, Object> globals;
    private final KieSession session;

    private ExplainRun(KieSession session, List<Object> finalFacts, Map<String, Object> globals) {
        this.session = session;
        this.finalFacts = finalFacts;
        this.globals = globals;
    }

    /** Decides {@code request} as of {@code at} on {@code version}, recording every firing. */
    static ExplainRun run(CompiledPolicy version, TrustRequest request, Instant at) {
        KieSession session = version.newSession();
        Recorder recorder = new Recorder(version.settings().maxRuleFirings());
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        ArithmeticLog log = ArithmeticLog.open();
        recorder.log = log;
        try {
            for (Object fact : facts(request, at)) {
                session.insert(fact);
            }
            session.fireAllRules(version.settings().maxRuleFirings());
        } catch (RuntimeException e) {
            session.dispose();
            throw new EvaluationException("policy " + version.id() + " could not be explained: " + e.getMessage(), recorder.current == null
                    ? null : recorder.current.rule, e);
        } finally {
            log.close();
        }
        Map<String, Object> globals = new LinkedHashMap<>();
        for (KiePackage pkg : version.knowledgeBase().getKiePackages()) {
            for (Global global : pkg.getGlobalVariables()) {
                globals.putIfAbsent(global.getName(), session.getGlobal(global.getName()));
            }
        }
        ExplainRun run = new ExplainRun(session, List.copyOf(session.getObjects()), Collections.unmodifiableMap(globals));
        run.firings.addAll(recorder.firings);
        run.insertedBy.putAll(recorder.insertedBy);
        return run;
    }

    /** The request's facts, as the engine inserts them for a decision. */
    static List<Object> facts(TrustRequest request, Instant at) {
        List<Object> facts = new ArrayList<>(12);
        facts.add(new EvaluationTime(at));
        for (Object fact : new Object[] {request.order(), request.buyer(), request.shop(), request.claim(), request.violation(),
            request.listing(), request.application(), request.brand()}) {
            if (fact != null) {
                facts.add(fact);
            }
        }
        for (var type : request.entitlementsAsked()) {
            facts.add(new ClaimedEntitlement(type));
        }
        return facts;
    }

    /** The firings of {@code rule}, in the order they fired. */
    List<Firing> firingsOf(String rule) {
        return firings.stream().filter(f -> f.rule.equals(rule)).toList();
    }

    /** Whether {@code rule} fired. */
    boolean fired(String rule) {
        return firings.stream().anyMatch(f -> f.rule.equals(rule));
    }

    @Override
    public void close() {
        session.dispose();
    }

    /** Listens to the session: each firing with its match, its arithmetic and what it inserted. */
    private static final class Recorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        final List<Firing> firings = new ArrayList<>();
        final Map<Object, Firing> insertedBy = new IdentityHashMap<>();
        private final int maxInserted;
        ArithmeticLog log;
        Firing current;
        private int inserted;

        Recorder(int maxInserted) {
            this.maxInserted = maxInserted;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Match match = event.getMatch();
            Map<String, Object> declarations = new LinkedHashMap<>();
            for (String id : match.getDeclarationIds()) {
                try {
                    declarations.put(id, match.getDeclarationValue(id));
                } catch (RuntimeException e) {
                    // a binding the executable model cannot read back (an expression over other bindings)
                }
            }
            current = new Firing(match.getRule().getName(), declarations, Collections.unmodifiableList(new ArrayList<>(match.getObjects())));
            firings.add(current);
            log.firing(current.arithmetic);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            log.firing(null);
            current = null;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (current != null) {
                if (++inserted > maxInserted) {
                    throw new IllegalStateException("the rules inserted more than " + maxInserted + " facts");
                }
                current.inserted.add(event.getObject());
                insertedBy.put(event.getObject(), current);
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // an updated fact keeps the firing that inserted it
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // a deleted fact is not in the final facts; its firing stays recorded
        }
    }
}
