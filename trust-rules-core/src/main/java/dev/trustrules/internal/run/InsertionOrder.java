package dev.trustrules.internal.run;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Internal test hook: lets a test evaluate with the request's facts inserted into working memory in a
 * shuffled order, to show that a decision does not depend on insertion order. Off unless a test runs an
 * evaluation inside {@link #shuffled(Random, Supplier)}, and then only on that thread; evaluations on
 * other threads are untouched. Not part of the API: it may change or go away.
 */
public final class InsertionOrder {
    private static final ThreadLocal<Random> SHUFFLE = new ThreadLocal<>();

    private InsertionOrder() {}

    /** Runs {@code evaluation} on this thread with the facts of each evaluation inserted in an order drawn from {@code random}. */
    public static <T> T shuffled(Random random, Supplier<T> evaluation) {
        Objects.requireNonNull(random, "random");
        Random previous = SHUFFLE.get();
        SHUFFLE.set(random);
        try {
            return evaluation.get();
        } finally {
            if (previous == null) {
                SHUFFLE.remove();
            } else {
                SHUFFLE.set(previous);
            }
        }
    }

    /** Puts {@code facts} in the order to insert them: as given, or shuffled inside {@link #shuffled}. */
    static void arrange(List<Object> facts) {
        Random random = SHUFFLE.get();
        if (random != null) {
            java.util.Collections.shuffle(facts, random);
        }
    }
}
