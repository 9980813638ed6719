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

    PooledSession(KieBase base) {
        this.session = base.newKieSession();
        listen();
    }

    private void listen() {
        session.addEventListener((RuleRuntimeEventListener) collector);
        session.addEventListener((AgendaEventListener) collector);
    }

    /**
     * Empties working memory and agenda for the next evaluation. Drools' own reset is several times
     * cheaper than deleting each fact (which re-propagates every {@code not}), but it drops the
     * listeners, so they are attached again.
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
