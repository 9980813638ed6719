package dev.trustrules.internal.run;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;

/**
 * Idle sessions of one compiled policy. A caller takes one (or a new one when none is idle), uses it
 * alone, and gives it back cleared; a session that failed mid-evaluation is disposed instead. Once the
 * pool is closed, sessions given back are disposed, so calls in flight finish on their session and
 * nothing outlives the policy.
 */
final class SessionPool {
    private final KieBase base;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<PooledSession> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    private final LimitsGlobals globals;
    private final int maxInserted;

    SessionPool(KieBase base, LimitsGlobals globals, int maxIdle, int maxInserted) {
        this.base = base;
        this.globals = globals;
        this.maxIdle = maxIdle;
        this.maxInserted = maxInserted;
    }

    PooledSession take() {
        PooledSession session = idle.pollFirst();
        if (session != null) {
            idleCount.decrementAndGet();
            return session;
        }
        return new PooledSession(base, globals, maxInserted);
    }

    void giveBack(PooledSession session) {
        if (closed) {
            session.dispose();
            return;
        }
        if (idleCount.incrementAndGet() > maxIdle) {
            idleCount.decrementAndGet();
            session.dispose();
            return;
        }
        idle.offerFirst(session);
        if (closed && idle.remove(session)) { // close() ran between the check above and the offer
            idleCount.decrementAndGet();
            session.dispose();
        }
    }

    void discard(PooledSession session) {
        session.dispose();
    }

    void close() {
        closed = true;
        PooledSession session;
        while ((session = idle.pollFirst()) != null) {
            idleCount.decrementAndGet();
            session.dispose();
        }
    }
}
