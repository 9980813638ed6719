package dev.trustrules.facts;

import java.time.Instant;
import java.util.regex.Pattern;

/** Constructor checks shared by the fact records; every message names the field, the value and what was expected. */
final class Require {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private Require() {}

    static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-blank id, was " + quote(value));
        }
        return value;
    }

    static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required, was null");
        }
        return value;
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    static double between(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    static String currency(String field, String value) {
        if (value == null) {
            return "CNY";
        }
        if (!CURRENCY.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be an ISO-4217 code of three capital letters, was " + quote(value));
        }
        return value;
    }

    static void notBefore(String field, Instant value, String otherField, Instant other) {
        if (value != null && other != null && value.isBefore(other)) {
            throw new IllegalArgumentException(field + " must not be before " + otherField + " (" + other + "), was " + value);
        }
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
