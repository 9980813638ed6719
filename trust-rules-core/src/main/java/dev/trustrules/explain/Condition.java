package dev.trustrules.explain;

import dev.trustrules.internal.Require;
import java.util.List;

/**
 * One condition of a rule, as it stood for the request: held or not, with the values it compared.
 *
 * @param rule the rule it belongs to
 * @param condition the condition as written in the rule ({@code PlatformCalendar.daysAfter($delivered, filedAt) >
 *     guaranteeLimits.fakeClaimWindowDays}, {@code not CarryGuarantee(...)}); for a rule that failed on
 *     more than one condition, a summary
 * @param holds whether it held
 * @param operands what it compared: the values of its sides, the facts' fields and the limits it reads, the
 *     fact that made a {@code not} false; values the explanation could not compute are left out
 * @param text the condition and its values in one line, for people
 */
public record Condition(String rule, String condition, boolean holds, List<Operand> operands, String text) {

    public Condition {
        Require.text("condition.rule", rule);
        Require.text("condition.condition", condition);
        operands = Require.list("condition.operands", operands);
        Require.text("condition.text", text);
    }
}
