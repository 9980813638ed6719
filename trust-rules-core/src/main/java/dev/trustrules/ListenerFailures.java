package dev.trustrules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs what listeners throw without flooding the log: the first time a distinct failure happens (same
 * listener class, exception type, message and throwing frame) it is logged at WARN with its stack trace;
 * after that it is only counted, and the count is logged (one line, no stack trace) at the 10th, 100th,
 * 1,000th, ... time. A listener that throws on every decision thus writes a handful of lines, not one
 * stack trace per decision.
 */
final class ListenerFailures {
    /** Distinct failures remembered; further ones are counted together. */
    static final int MAX_DISTINCT = 1_000;

    private final ConcurrentMap<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Logger log;

    ListenerFailures() {
        this(LoggerFactory.getLogger(TrustPolicy.class));
    }

    ListenerFailures(Logger log) {
        this.log = log;
    }

    void report(TrustPolicyListener listener, Throwable failure) {
        String key = key(listener, failure);
        AtomicLong count = counts.get(key);
        if (count == null) {
            if (counts.size() >= MAX_DISTINCT) {
                key = listener.getClass().getName() + " (other failures)";
            }
            count = counts.computeIfAbsent(key, k -> new AtomicLong());
        }
        long n = count.incrementAndGet();
        if (n == 1) {
            log.warn("trust-rules: listener {} threw; the decision or reload is unaffected. This failure is logged once, "
                    + "then counted (at the 10th, 100th, 1000th, ... time)", listener, failure);
        } else if (isPowerOfTen(n)) {
            log.warn("trust-rules: listener {} threw {} times so far: {} (stack trace logged the first time)", listener, n,
                    failure.toString());
        }
    }

    /** How often the failure of that listener, exception type and message has happened (for tests). */
    long count(TrustPolicyListener listener, Throwable failure) {
        AtomicLong count = counts.get(key(listener, failure));
        return count == null ? 0 : count.get();
    }

    private static String key(TrustPolicyListener listener, Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return listener.getClass().getName() + '|' + failure.getClass().getName() + '|' + failure.getMessage() + '|'
                + (trace.length > 0 ? trace[0] : "");
    }

    private static boolean isPowerOfTen(long n) {
        long p = 10;
        while (p < n && p <= Long.MAX_VALUE / 10) {
            p *= 10;
        }
        return p == n;
    }
}
