package dev.trustrules.rules;

/**
 * Money arithmetic for rule files. Amounts are {@code long} fen; nothing here overflows silently:
 * {@link #times} throws, {@link #timesCapped} saturates at the cap.
 */
public final class Amounts {
    /** The currency of amounts when a fact or a policy names none: the platform's, CNY. */
    public static final String DEFAULT_CURRENCY = "CNY";

    private Amounts() {}

    /** {@code amount * factor}, throwing {@link ArithmeticException} on overflow. */
    public static long times(long amount, long factor) {
        return Math.multiplyExact(amount, factor);
    }

    /**
     * {@code min(amount * factor, cap)} for non-negative arguments, computed without overflow: an
     * amount whose product would exceed the cap returns the cap whatever its size.
     */
    public static long timesCapped(long amount, long factor, long cap) {
        requireNonNegative("amount", amount);
        requireNonNegative("factor", factor);
        requireNonNegative("cap", cap);
        if (factor == 0) {
            return 0;
        }
        return amount > cap / factor ? cap : amount * factor;
    }

    /** {@code floor(amount * percent / 100)} for a non-negative amount and 0 to 100 percent, without overflow. */
    public static long percentOf(long amount, int percent) {
        requireNonNegative("amount", amount);
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 0 and 100, was " + percent);
        }
        return (amount / 100) * percent + (amount % 100) * percent / 100;
    }

    /**
     * Whether {@code amount} is strictly below {@code basisPoints / 10000} of {@code reference}, computed
     * exactly whatever the sizes (3000 basis points = 30%).
     */
    public static boolean isBelowShare(long amount, long reference, int basisPoints) {
        return java.math.BigInteger.valueOf(amount).multiply(java.math.BigInteger.valueOf(10_000))
                .compareTo(java.math.BigInteger.valueOf(reference).multiply(java.math.BigInteger.valueOf(basisPoints))) < 0;
    }

    /** Basis points as a percentage for people to read: 3000 gives {@code "30.00%"}. */
    public static String percent(int basisPoints) {
        return (basisPoints / 100) + "." + String.format("%02d", basisPoints % 100) + "%";
    }

    /** {@code a + b}, throwing {@link ArithmeticException} on overflow. */
    public static long plus(long a, long b) {
        return Math.addExact(a, b);
    }

    /** An amount for people to read: {@code 10001} and {@code "CNY"} give {@code "100.01 CNY"}. */
    public static String format(long fen, String currency) {
        String sign = fen < 0 ? "-" : "";
        long yuan = Math.abs(fen / 100); // divided first: Math.abs(Long.MIN_VALUE) is negative
        long cents = Math.abs(fen % 100);
        return sign + yuan + "." + (cents < 10 ? "0" : "") + cents + " " + currency;
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
    }
}
