package dev.trustrules.explain;

import dev.trustrules.internal.Require;
import java.util.List;

/**
 * How an amount was computed, as a tree: a step of the policy's arithmetic ({@code Amounts.timesCapped},
 * {@code plus}, {@code percentOf}, {@code atMost}, {@code atLeast}...) recorded while the rule ran, with its
 * operands, down to the facts, limits and constants they came from. A value a rule took from a fact that
 * another rule derived is that rule's calculation (so a grant shows how {@code FOPT-15} computed the
 * compensation it pays).
 *
 * @param value the amount, in fen for money, else the number
 * @param kind what it is
 * @param name for a fact, its field ({@code order.paidFen}); for a limit, the global's field
 *     ({@code guaranteeLimits.fakeCompensationCapFen}); for a constant, as written; for a step, the
 *     operation ({@code timesCapped}); for an expression, as written
 * @param rule the rule whose consequence computed it or read it
 * @param money whether the value is an amount of fen (else a count, a factor or a percentage)
 * @param operands the operands of a step or an expression, in order; empty for the others
 * @param text one line for people: {@code 1990.00 = 199.00 (order.paidFen) × 10 (guaranteeLimits.fakeCompensationMultiplier),
 *     within the cap of 100000.00 (guaranteeLimits.fakeCompensationCapFen)}
 */
public record Calculation(long value, Kind kind, String name, String rule, boolean money, List<Calculation> operands, String text) {

    /** What a value of a calculation is. */
    public enum Kind {
        /** A field of a fact (of the request, or derived by a rule whose own calculation is not known). */
        FACT,
        /** A field of the policy's limits. */
        LIMIT,
        /** A literal in the rule. */
        CONSTANT,
        /** A call of the policy's arithmetic ({@code dev.trustrules.rules.Amounts}), as recorded when it ran. */
        STEP,
        /** Any other expression of the rule, with its value. */
        EXPRESSION
    }

    public Calculation {
        Require.present("calculation.kind", kind);
        Require.text("calculation.name", name);
        operands = Require.list("calculation.operands", operands);
        Require.text("calculation.text", text);
    }
}
