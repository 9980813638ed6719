package dev.trustrules.rules;

import java.util.regex.Pattern;

/** Checks for the outcome records rule files insert. */
final class Vocabulary {
    private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]*");

    private Vocabulary() {}

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required, was null");
        }
        return value;
    }

    static String reason(String field, String value) {
        if (value == null || !REASON.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be an UPPER_SNAKE_CASE reason code, was "
                    + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }
}
