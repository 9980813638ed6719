package dev.trustrules.internal;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A stateful session reused across evaluations, one evaluation at a time, with its listener attached
 * once. Between evaluations every fact is deleted, which leaves an empty working memory and agenda.
 */
final class PooledSession {
    final KieSession session;
    final OutcomeCollector collector = new OutcomeCollector();

    PooledSession(KieBase base) {
        this.session = base.newKieSession();
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) collector);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) collector);
    }

    /** Empties working memory for the next evaluation. */
    void clear() {
        // a copy: the collection is a live view of working memory, and deleting while iterating it throws
        for (FactHandle handle : session.getFactHandles().toArray(new FactHandle[0])) {
            session.delete(handle);
        }
        collector.reset();
    }

    void dispose() {
        session.dispose();
    }
}
