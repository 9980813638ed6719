package dev.trustrules.flink;

import java.util.function.Predicate;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Passes records through, but holds back the one at {@code index} (counting from 0) until a sink has
 * received {@code count} records matching {@code which}: what makes "later" deterministic when two
 * streams meet in one operator.
 */
final class Gate<T> implements MapFunction<T, T> {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final String sink;
    private final int count;
    private final SerializablePredicate<Object> which;
    private int seen;

    interface SerializablePredicate<T> extends Predicate<T>, java.io.Serializable {}

    Gate(int index, String sink, int count, SerializablePredicate<Object> which) {
        this.index = index;
        this.sink = sink;
        this.count = count;
        this.which = which;
    }

    @Override
    public T map(T value) {
        if (seen++ == index) {
            Collected.await(sink, count, which);
        }
        return value;
    }
}
