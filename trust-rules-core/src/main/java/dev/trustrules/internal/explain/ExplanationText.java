package dev.trustrules.internal.explain;

import dev.trustrules.Decision;
import dev.trustrules.Entitlement;
import dev.trustrules.Guarantee;
import dev.trustrules.Note;
import dev.trustrules.Sanction;
import dev.trustrules.Standing;
import dev.trustrules.Traffic;
import dev.trustrules.explain.Calculation;
import dev.trustrules.explain.Condition;
import dev.trustrules.explain.DenialExplanation;
import dev.trustrules.explain.Explanation;
import dev.trustrules.explain.FiredRule;
import dev.trustrules.explain.GrantExplanation;
import dev.trustrules.rules.Amounts;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An {@link Explanation} as text for people (see {@link Explanation#toText()}). */
public final class ExplanationText {
    private ExplanationText() {}

    public static String of(Explanation explanation) {
        StringBuilder out = new StringBuilder();
        Decision decision = explanation.decision();
        out.append("decision of ").append(decision.policy().name()).append('@').append(decision.policy().version())
                .append(" (sha256 ").append(decision.policy().sha256(), 0, Math.min(12, decision.policy().sha256().length()))
                .append(") at ").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        decision.evaluatedAt().atZone(dev.trustrules.rules.PlatformCalendar.ZONE).toOffsetDateTime()));
        if (decision.buyerTier() != null) {
            out.append(", buyer tier ").append(decision.buyerTier());
        }
        out.append('\n');
        for (GrantExplanation grant : explanation.grants()) {
            Entitlement entitlement = decision.entitlements().stream().filter(e -> e.type() == grant.type()).findFirst().orElse(null);
            String currency = entitlement == null ? "" : entitlement.currency();
            out.append("\ngranted ").append(grant.type()).append(" (").append(grant.reason()).append(") by \"").append(grant.rule())
                    .append("\"\n");
            if (entitlement != null) {
                out.append("  paid by ").append(entitlement.payer()).append(entitlement.returnRequired() ? ", goods returned" : ", goods kept")
                        .append('\n');
            }
            amount(out, "refund", grant.refund(), currency, grant.rule());
            amount(out, "payout", grant.payout(), currency, grant.rule());
            conditions(out, "thresholds passed", grant.thresholdsPassed(), null);
        }
        for (DenialExplanation denial : explanation.denials()) {
            out.append("\ndenied ").append(denial.type()).append(" (").append(denial.reason()).append(") by \"").append(denial.rule())
                    .append("\"\n");
            if (!denial.because().isEmpty()) {
                out.append("  because ").append(denial.because()).append('\n');
            }
            conditions(out, "its conditions, all held", denial.conditions(), denial.rule());
            conditions(out, "thresholds passed", denial.thresholdsPassed(), null);
        }
        out.append('\n');
        line(out, "guarantees", decision.guarantees().stream()
                .map((Guarantee g) -> g.type() + " (" + g.reason() + ", " + id(g.rule()) + ")").toList());
        line(out, "sanctions", decision.sanctions().stream().map((Sanction s) -> s.type() + (s.days() > 0 ? " " + s.days() + " days" : "")
                + (s.points() > 0 ? " " + s.points() + " points" : "") + " (" + s.reason() + ", " + id(s.rule()) + ")").toList());
        if (!decision.standings().isEmpty()) { // on reviews of a shop or a creator only
            line(out, "standings", decision.standings().stream().map((Standing s) -> s.actor() + " " + s.actorId() + " " + s.tier()
                    + " (" + s.reason() + ", " + id(s.rule()) + ")").toList());
            line(out, "traffic", decision.traffic().stream().map((Traffic t) -> t.actor() + " " + t.actorId() + " " + t.weight()
                    + " (" + t.reason() + ", " + id(t.rule()) + ")").toList());
        }
        line(out, "notes", decision.notes().stream().map((Note n) -> n.code() + " (" + id(n.rule()) + "): " + n.detail()).toList());
        if (!explanation.nearMisses().isEmpty()) {
            out.append("\nnear misses (every condition but one held):\n");
            for (Condition miss : explanation.nearMisses()) {
                out.append("  \"").append(miss.rule()).append("\"\n      ").append(miss.text()).append('\n');
            }
        }
        out.append("\nrules fired (").append(explanation.rulesFired().size()).append("):\n");
        for (FiredRule fired : explanation.rulesFired()) {
            out.append("  ").append(fired.rule());
            if (!fired.produced().isEmpty()) {
                out.append(": ").append(String.join("; ", fired.produced()));
            }
            out.append('\n');
        }
        for (String caveat : explanation.caveats()) {
            out.append("\nnote: ").append(caveat).append('\n');
        }
        return out.toString();
    }

    private static void amount(StringBuilder out, String label, Calculation calculation, String currency, String rule) {
        String value = Values.amount(calculation.value(), calculation.money());
        String rest = calculation.text().startsWith(value) ? calculation.text().substring(value.length()) : " = " + calculation.text();
        out.append("  ").append(label).append(' ').append(Amounts.format(calculation.value(), currency)).append(rest).append('\n');
        steps(out, calculation, rule, "    ");
    }

    /** The operands of a calculation that were computed, each on its own line under it, with the rule that computed it if another. */
    private static void steps(StringBuilder out, Calculation calculation, String rule, String indent) {
        for (Calculation operand : calculation.operands()) {
            if (operand.kind() == Calculation.Kind.STEP || operand.kind() == Calculation.Kind.EXPRESSION) {
                out.append(indent).append(operand.text());
                if (operand.rule() != null && !operand.rule().equals(rule)) {
                    out.append("   [by \"").append(operand.rule()).append("\"]");
                }
                out.append('\n');
                steps(out, operand, operand.rule(), indent + "  ");
            }
        }
    }

    /** Conditions under a title, grouped by rule; the rule is not named again when it is {@code known}. */
    private static void conditions(StringBuilder out, String title, List<Condition> conditions, String known) {
        if (conditions.isEmpty()) {
            return;
        }
        out.append("  ").append(title).append(":\n");
        String rule = known;
        for (Condition condition : conditions) {
            if (!condition.rule().equals(rule)) {
                out.append("    \"").append(condition.rule()).append("\"\n");
                rule = condition.rule();
            }
            out.append(known != null ? "    " : "        ").append(condition.text()).append('\n');
        }
    }

    private static void line(StringBuilder out, String title, List<String> items) {
        out.append(title).append(": ").append(items.isEmpty() ? "none" : String.join("; ", items)).append('\n');
    }

    /** A rule's id: the first word of its name ({@code FOPT-01}), or the name. */
    private static String id(String rule) {
        int space = rule.indexOf(' ');
        return space > 0 ? rule.substring(0, space) : rule;
    }
}
