package dev.trustrules.internal;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;

/**
 * A stateful session reused across evaluations, one evaluation at a time, with its listener attached
 * once. Between evaluations every fact is deleted, which leaves an empty working memory and agenda.
 */
final class PooledSession {
    final KieSession session;
    final OutcomeCollector collector = new OutcomeCollector();
    private final LimitsGlobals globals;

    PooledSession(KieBase base, LimitsGlobals globals) {
        this.session = base.newKieSession();
        this.globals = globals;
        listen();
    }

    private void listen() {
        session.addEventListener((RuleRuntimeEventListener) collector);
        session.addEventListener((AgendaEventListener) collector);
        globals.setOn(session);
    }

    /**
     * Empties working memory and agenda for the next evaluation. Drools' own reset is several times
     * cheaper than deleting each fact (which re-propagates every {@code not}), but it drops the
     * listeners and globals, so they are set again.
     */
    void clear() {
        ((StatefulKnowledgeSessionImpl) session).reset();
        listen();
        collector.reset();
    }

    void dispose() {
        session.dispose();
    }
}
