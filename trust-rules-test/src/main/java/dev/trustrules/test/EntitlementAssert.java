package dev.trustrules.test;

import dev.trustrules.Entitlement;
import dev.trustrules.Payer;

/** Assertions on one granted entitlement; {@link #and()} goes back to the decision. */
public final class EntitlementAssert {
    private final Entitlement actual;
    private final DecisionAssert decision;

    EntitlementAssert(Entitlement actual, DecisionAssert decision) {
        this.actual = actual;
        this.decision = decision;
    }

    public EntitlementAssert withPayoutFen(long fen) {
        return check(actual.payoutFen() == fen, "payout of %d fen", fen);
    }

    public EntitlementAssert withRefundFen(long fen) {
        return check(actual.refundFen() == fen, "refund of %d fen", fen);
    }

    public EntitlementAssert inCurrency(String currency) {
        return check(actual.currency().equals(currency), "currency %s", currency);
    }

    public EntitlementAssert paidBy(Payer payer) {
        return check(actual.payer() == payer, "payer %s", payer);
    }

    public EntitlementAssert withReturnRequired() {
        return check(actual.returnRequired(), "return required%s", "");
    }

    public EntitlementAssert withoutReturn() {
        return check(!actual.returnRequired(), "no return required%s", "");
    }

    public EntitlementAssert because(String reason) {
        return check(actual.reason().equals(reason), "reason %s", reason);
    }

    /** Granted by this rule, named in full or by its id. */
    public EntitlementAssert byRule(String nameOrId) {
        return check(RuleNames.matches(actual.rule(), nameOrId), "rule %s", nameOrId);
    }

    public DecisionAssert and() {
        return decision;
    }

    private EntitlementAssert check(boolean ok, String what, Object value) {
        if (!ok) {
            throw decision.fail("%nExpecting %s to be granted with " + what + " but it was granted as%n  %s%n%s",
                    actual.type(), value, actual, decision.describe());
        }
        return this;
    }
}
