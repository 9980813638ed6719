package dev.trustrules.flink;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * What the test jobs' sinks received, by name: the MiniCluster runs the tasks in the test's JVM, so a
 * sink can hand its records to the test (and gates can wait for them) through static queues.
 */
final class Collected {
    private static final Map<String, ConcurrentLinkedQueue<Object>> RECEIVED = new ConcurrentHashMap<>();

    private Collected() {}

    /** A sink adding every record to the queue {@code name}. */
    static <T> Sink<T> into(String name) {
        RECEIVED.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>());
        return new QueueSink<>(name);
    }

    static void clear() {
        RECEIVED.clear();
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> in(String name) {
        return (List<T>) List.copyOf(RECEIVED.getOrDefault(name, new ConcurrentLinkedQueue<>()));
    }

    /** Waits (at most a minute) until the queue {@code name} holds {@code count} records matching {@code which}. */
    static <T> void await(String name, int count, Predicate<T> which) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (Collected.<T>in(name).stream().filter(which).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited a minute for " + count + " records in " + name + ", have " + in(name));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + name, e);
            }
        }
    }

    private record QueueSink<T>(String name) implements Sink<T> {
        @Override
        public SinkWriter<T> createWriter(WriterInitContext context) {
            return new SinkWriter<>() {
                @Override
                public void write(T element, Context context) {
                    RECEIVED.get(name).add(element);
                }

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() {}
            };
        }
    }
}
