package dev.trustrules.policy.oracle;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A decision reduced to what it decides: the version, the tier, and each guarantee, grant, denial,
 * sanction, note, standing and traffic weight by its type, amounts, payer, return, days, points, code and rule id (the first word
 * of the rule name, e.g. {@code FOPT-20}). Detail texts and full rule names are left out, so the oracle
 * need not word them.
 */
public final class Outcomes {
    private Outcomes() {}

    public static List<String> of(Decision d) {
        List<String> out = new ArrayList<>();
        out.add("version " + d.policy().version());
        out.add("tier " + d.buyerTier());
        d.guarantees().forEach(g -> out.add("guarantee " + g.type() + " " + g.reason() + " " + id(g.rule())));
        d.entitlements().forEach(e -> out.add("grant " + e.type() + " refund=" + e.refundFen() + " payout=" + e.payoutFen()
                + " " + e.currency() + " " + e.payer() + " return=" + e.returnRequired() + " " + e.reason() + " " + id(e.rule())));
        d.denials().forEach(x -> out.add("denial " + x.type() + " " + x.reason() + " " + id(x.rule())));
        d.sanctions().forEach(s -> out.add("sanction " + s.type() + " days=" + s.days() + " points=" + s.points() + " "
                + s.reason() + " " + id(s.rule())));
        d.notes().forEach(n -> out.add("note " + n.code() + " " + id(n.rule())));
        d.standings().forEach(s -> out.add("standing " + s.actor() + " " + s.actorId() + " " + s.tier() + " " + s.reason() + " "
                + id(s.rule())));
        d.traffic().forEach(t -> out.add("traffic " + t.actor() + " " + t.actorId() + " " + t.weight() + " " + t.reason() + " "
                + id(t.rule())));
        out.sort(null);
        return List.copyOf(out);
    }

    /**
     * The decision {@code evaluation} returns, or, when it fails, its rule and message (amounts chosen to
     * overflow fail the evaluation), so two ways of deciding can be compared on every request.
     */
    static Object decisionOrFailure(Supplier<Decision> evaluation) {
        try {
            return evaluation.get();
        } catch (EvaluationException e) {
            return "failed in rule " + e.rule() + ": " + e.getMessage();
        }
    }

    static String id(String rule) {
        int space = rule.indexOf(' ');
        return space < 0 ? rule : rule.substring(0, space);
    }
}
