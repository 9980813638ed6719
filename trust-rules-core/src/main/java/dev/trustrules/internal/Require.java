package dev.trustrules.internal;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Constructor checks shared by the facts, the decision records and the rule vocabulary; every message
 * names the field, the value and what was expected.
 */
public final class Require {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private Require() {}

    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-blank id, was " + quote(value));
        }
        return value;
    }

    public static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required, was null");
        }
        return value;
    }

    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static double between(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static String currency(String field, String value) {
        if (value == null) {
            return dev.trustrules.rules.Amounts.DEFAULT_CURRENCY;
        }
        if (!CURRENCY.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be an ISO-4217 code of three capital letters, was " + quote(value));
        }
        return value;
    }

    public static void notBefore(String field, Instant value, String otherField, Instant other) {
        if (value != null && other != null && value.isBefore(other)) {
            throw new IllegalArgumentException(field + " must not be before " + otherField + " (" + other + "), was " + value);
        }
    }

    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must be non-blank, was " + quote(value));
        }
        return value;
    }

    public static <T> List<T> list(String field, List<T> values) {
        present(field, values);
        return List.copyOf(values);
    }

    public static String reason(String field, String value) {
        if (value == null || !isReasonCode(value)) {
            throw new IllegalArgumentException(field + " must be an UPPER_SNAKE_CASE reason code, was " + quote(value));
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

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
