package dev.trustrules.explain;

import dev.trustrules.internal.Require;
import java.util.List;

/**
 * A rule that fired, with what it produced in words ({@code granted FAKE_ONE_PAY_TEN: refund 199.00 CNY + payout ...}).
 *
 * @param rule the rule's name
 * @param produced the outcomes of the decision it produced; empty for a rule that only derived facts
 */
public record FiredRule(String rule, List<String> produced) {

    public FiredRule {
        Require.text("firedRule.rule", rule);
        produced = Require.list("firedRule.produced", produced);
    }
}
