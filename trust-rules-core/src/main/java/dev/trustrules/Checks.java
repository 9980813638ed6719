package dev.trustrules;

import java.util.List;

/** Constructor checks for the decision records. */
final class Checks {
    private Checks() {}

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required, was null");
        }
        return value;
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must be non-blank, was " + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    static <T> List<T> list(String field, List<T> values) {
        present(field, values);
        return List.copyOf(values);
    }
}
