package dev.trustrules.internal.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where {@link dev.trustrules.rules.Amounts} records its steps while a decision is being explained. A log
 * is open on the explaining thread only, for the length of one explanation run; the run tells it which
 * rule's consequence is running ({@link #firing}), and each step lands in that firing. Steps taken outside
 * a consequence (in a condition) are not kept.
 *
 * <p>When no log is open anywhere, {@link #recording()} is one read of a counter and nothing else happens;
 * when one is open on another thread, a call also looks up this thread's (absent) log and records nothing.
 */
public final class ArithmeticLog {
    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final ThreadLocal<ArithmeticLog> CURRENT = new ThreadLocal<>();

    /** An arithmetic operation of {@code Amounts}. */
    public enum Op { TIMES, TIMES_CAPPED, PERCENT_OF, AT_MOST, AT_LEAST, PLUS, MINUS }

    /**
     * One call: the operation, its result and its operands ({@code a}, {@code b}, {@code c} as the
     * method takes them; unused ones 0).
     */
    public record Step(Op op, long result, long a, long b, long c) {}

    /** The steps of one rule firing, in the order taken. */
    public static final class Firing {
        private final List<Step> steps = new ArrayList<>(2);

        public List<Step> steps() {
            return steps;
        }
    }

    private Firing firing;

    private ArithmeticLog() {}

    /** Whether any log is open: the only cost of {@code Amounts} when nothing is being explained. */
    public static boolean recording() {
        return OPEN.get() != 0;
    }

    /** Records a step in this thread's log, if one is open and a consequence is running. */
    public static void record(Op op, long result, long a, long b, long c) {
        ArithmeticLog log = CURRENT.get();
        if (log != null && log.firing != null) {
            log.firing.steps.add(new Step(op, result, a, b, c));
        }
    }

    /** Opens a log on this thread; close it in a {@code finally}. */
    public static ArithmeticLog open() {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("an arithmetic log is already open on this thread");
        }
        ArithmeticLog log = new ArithmeticLog();
        CURRENT.set(log);
        OPEN.incrementAndGet();
        return log;
    }

    /** The number of logs open in this JVM (for tests: 0 when nothing is being explained). */
    public static int openCount() {
        return OPEN.get();
    }

    /** Whether this thread has a log open (for tests). */
    public static boolean openOnThisThread() {
        return CURRENT.get() != null;
    }

    /** Where the steps of the consequence about to run go; {@code null} between consequences. */
    public void firing(Firing firing) {
        this.firing = firing;
    }

    /** Closes this thread's log. */
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
            OPEN.decrementAndGet();
        }
    }
}
