package dev.trustrules.rules;


/** Checks for the outcome records rule files insert. */
final class Vocabulary {

    private Vocabulary() {}

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required, was null");
        }
        return value;
    }

    static String reason(String field, String value) {
        if (value == null || !isReasonCode(value)) {
            throw new IllegalArgumentException(field + " must be an UPPER_SNAKE_CASE reason code, was "
                    + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }

    /** Whether the value matches {@code [A-Z][A-Z0-9_]*}, without a matcher per outcome (it showed in profiles). */
    private static boolean isReasonCode(String value) {
        int length = value.length();
        if (length == 0 || value.charAt(0) < 'A' || value.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }
}
