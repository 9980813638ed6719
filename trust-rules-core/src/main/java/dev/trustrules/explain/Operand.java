package dev.trustrules.explain;

import dev.trustrules.internal.Require;

/**
 * A value a condition compared.
 *
 * @param kind what it is
 * @param name the expression as written ({@code filedAt}, {@code $delivered}), and for a fact's field or a
 *     binding where it comes from ({@code claim.filedAt}, {@code $delivered = order.deliveredAt}); for a
 *     matched fact, its type
 * @param value the value, for people: a timestamp at the platform's offset, an amount of fen with its CNY,
 *     a matched fact's fields
 * @param rule for a matched fact, the rule that inserted it, or {@code null} (a fact of the request)
 */
public record Operand(Kind kind, String name, String value, String rule) {

    /** What an operand is. */
    public enum Kind {
        /** A field of a fact of the request or of a fact a rule derived, or a binding of one. */
        FACT,
        /** A field of the policy's limits ({@code guaranteeLimits.fakeClaimWindowDays}). */
        LIMIT,
        /** A value computed from others ({@code PlatformCalendar.daysAfter($delivered, filedAt)}). */
        VALUE,
        /** The fact that made a {@code not} false. */
        MATCHED
    }

    public Operand {
        Require.present("operand.kind", kind);
        Require.text("operand.name", name);
        Require.present("operand.value", value);
    }
}
