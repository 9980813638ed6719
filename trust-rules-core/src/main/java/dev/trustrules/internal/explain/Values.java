package dev.trustrules.internal.explain;

import dev.trustrules.rules.Amounts;
import dev.trustrules.rules.PlatformCalendar;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Values as an explanation shows them. */
final class Values {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Values() {}

    /**
     * {@code value} for people: a timestamp at the platform's offset, text in quotes, an enum by name; a whole
     * number named {@code ...Fen} (the project's convention for money) also in {@code currency}.
     */
    static String show(Object value, String name, String currency) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Instant instant) {
            return TIMESTAMP.format(instant.atZone(PlatformCalendar.ZONE).toOffsetDateTime());
        }
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Number number && Evaluator.isIntegral(number) && isMoney(name)) {
            return number.longValue() + " (" + Amounts.format(number.longValue(), currency) + ")";
        }
        return String.valueOf(value);
    }

    /** Whether a name reads an amount of fen ({@code paidFen}, {@code guaranteeLimits.getFreightPayoutCapFen()}). */
    static boolean isMoney(String name) {
        if (name == null) {
            return false;
        }
        String last = name.replaceAll("\\(\\)$", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        return last.endsWith("Fen");
    }

    /** An amount in an arithmetic line: fen as yuan ({@code 199.00}), anything else as the number. */
    static String amount(java.math.BigInteger fen) {
        java.math.BigInteger[] parts = fen.abs().divideAndRemainder(java.math.BigInteger.valueOf(100));
        return (fen.signum() < 0 ? "-" : "") + parts[0] + "." + (parts[1].intValue() < 10 ? "0" : "") + parts[1];
    }

    static String amount(long value, boolean money) {
        if (!money) {
            return Long.toString(value);
        }
        String formatted = Amounts.format(value, "");
        return formatted.substring(0, formatted.length() - 1);
    }
}
