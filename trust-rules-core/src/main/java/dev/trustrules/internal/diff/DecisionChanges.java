package dev.trustrules.internal.diff;

import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.diff.Change;
import dev.trustrules.diff.Change.Section;
import dev.trustrules.rules.Amounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The changes between the baseline's and the candidate's decision of one document, field by field, in a
 * defined order: the buyer tier, then guarantees, entitlements and sanctions by type in declaration
 * order. Rule names and details are not compared (renaming a rule changes no outcome); they are reported
 * as the rules behind each value.
 */
public final class DecisionChanges {
    private DecisionChanges() {}

    public static List<Change> between(Decision a, Decision b) {
        List<Change> changes = new ArrayList<>();
        if (a.buyerTier() != b.buyerTier()) {
            // a decision does not say which rule assigned the tier: the rules that fired on one side only did it
            changes.add(new Change(Section.BUYER_TIER, "", "buyerTier", name(a.buyerTier()), name(b.buyerTier()),
                    onlyIn(a, b), onlyIn(b, a)));
        }
        for (EntitlementType type : EntitlementType.values()) {
            guarantee(changes, type, guarantee(a, type), guarantee(b, type));
        }
        for (EntitlementType type : EntitlementType.values()) {
            entitlement(changes, type, a, b);
        }
        for (SanctionType type : SanctionType.values()) {
            sanctions(changes, type, a.sanctions().stream().filter(s -> s.type() == type).toList(),
                    b.sanctions().stream().filter(s -> s.type() == type).toList());
        }
        return changes;
    }

    private static void guarantee(List<Change> changes, EntitlementType type, Guarantee x, Guarantee y) {
        if (x == null && y == null) {
            return;
        }
        if (x == null || y == null) {
            changes.add(new Change(Section.GUARANTEE, type.name(), "carried", x == null ? "no" : "yes (" + x.reason() + ")",
                    y == null ? "no" : "yes (" + y.reason() + ")", x == null ? List.of() : List.of(x.rule()), y == null ? List.of() : List.of(y.rule())));
        } else if (!x.reason().equals(y.reason())) {
            changes.add(new Change(Section.GUARANTEE, type.name(), "reason", x.reason(), y.reason(), List.of(x.rule()), List.of(y.rule())));
        }
    }

    private static Guarantee guarantee(Decision d, EntitlementType type) {
        for (Guarantee g : d.guarantees()) {
            if (g.type() == type) {
                return g;
            }
        }
        return null;
    }

    private static void entitlement(List<Change> changes, EntitlementType type, Decision a, Decision b) {
        List<Entitlement> ga = a.entitlements().stream().filter(e -> e.type() == type).toList();
        List<Entitlement> gb = b.entitlements().stream().filter(e -> e.type() == type).toList();
        List<Denial> da = a.denials().stream().filter(d -> d.type() == type).toList();
        List<Denial> db = b.denials().stream().filter(d -> d.type() == type).toList();
        if (ga.size() == gb.size() && !ga.isEmpty() && da.isEmpty() && db.isEmpty()) {
            for (int i = 0; i < ga.size(); i++) {
                fields(changes, type, ga.get(i), gb.get(i));
            }
            return;
        }
        String before = outcome(ga, da);
        String after = outcome(gb, db);
        if (!before.equals(after)) {
            changes.add(new Change(Section.ENTITLEMENT, type.name(), "outcome", before, after, rules(ga, da), rules(gb, db)));
        }
    }

    private static void fields(List<Change> changes, EntitlementType type, Entitlement x, Entitlement y) {
        String t = type.name();
        List<String> rx = List.of(x.rule());
        List<String> ry = List.of(y.rule());
        if (!x.currency().equals(y.currency())) {
            changes.add(new Change(Section.ENTITLEMENT, t, "currency", x.currency(), y.currency(), rx, ry));
        }
        if (x.refundFen() != y.refundFen()) {
            changes.add(new Change(Section.ENTITLEMENT, t, "refundFen", Amounts.format(x.refundFen(), x.currency()),
                    Amounts.format(y.refundFen(), y.currency()), rx, ry));
        }
        if (x.payoutFen() != y.payoutFen()) {
            changes.add(new Change(Section.ENTITLEMENT, t, "payoutFen", Amounts.format(x.payoutFen(), x.currency()),
                    Amounts.format(y.payoutFen(), y.currency()), rx, ry));
        }
        if (x.payer() != y.payer()) {
            changes.add(new Change(Section.ENTITLEMENT, t, "payer", x.payer().name(), y.payer().name(), rx, ry));
        }
        if (x.returnRequired() != y.returnRequired()) {
            changes.add(new Change(Section.ENTITLEMENT, t, "returnRequired", Boolean.toString(x.returnRequired()),
                    Boolean.toString(y.returnRequired()), rx, ry));
        }
        if (!x.reason().equals(y.reason())) {
            changes.add(new Change(Section.ENTITLEMENT, t, "reason", x.reason(), y.reason(), rx, ry));
        }
    }

    /** {@code granted 20.00 CNY (REFUNDED)}, {@code denied (A, B)}, {@code none}: one side's outcome for a type. */
    private static String outcome(List<Entitlement> granted, List<Denial> denied) {
        List<String> parts = new ArrayList<>();
        for (Entitlement e : granted) {
            parts.add("granted " + Amounts.format(e.totalFen(), e.currency()) + " (" + e.reason() + ")");
        }
        if (!denied.isEmpty()) {
            parts.add("denied (" + denied.stream().map(Denial::reason).collect(Collectors.joining(", ")) + ")");
        }
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    private static List<String> rules(List<Entitlement> granted, List<Denial> denied) {
        List<String> rules = new ArrayList<>();
        granted.forEach(e -> rules.add(e.rule()));
        denied.forEach(d -> rules.add(d.rule()));
        return rules.stream().distinct().toList();
    }

    private static void sanctions(List<Change> changes, SanctionType type, List<Sanction> x, List<Sanction> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return;
        }
        String t = type.name();
        if (x.size() != y.size()) {
            changes.add(new Change(Section.SANCTION, t, "imposed", sanctions(x), sanctions(y), sanctionRules(x), sanctionRules(y)));
            return;
        }
        for (int i = 0; i < x.size(); i++) {
            Sanction s = x.get(i);
            Sanction u = y.get(i);
            if (s.days() != u.days()) {
                changes.add(new Change(Section.SANCTION, t, "days", Integer.toString(s.days()), Integer.toString(u.days()), List.of(s.rule()), List.of(u.rule())));
            }
            if (s.points() != u.points()) {
                changes.add(new Change(Section.SANCTION, t, "points", Integer.toString(s.points()), Integer.toString(u.points()), List.of(s.rule()), List.of(u.rule())));
            }
            if (!s.reason().equals(u.reason())) {
                changes.add(new Change(Section.SANCTION, t, "reason", s.reason(), u.reason(), List.of(s.rule()), List.of(u.rule())));
            }
        }
    }

    private static String sanctions(List<Sanction> list) {
        if (list.isEmpty()) {
            return "none";
        }
        return list.stream().map(s -> "imposed" + (s.days() > 0 ? " " + s.days() + " days" : "")
                + (s.points() > 0 ? " " + s.points() + " points" : "") + " (" + s.reason() + ")")
                .collect(Collectors.joining("; "));
    }

    private static List<String> sanctionRules(List<Sanction> list) {
        return list.stream().map(Sanction::rule).distinct().toList();
    }

    private static List<String> onlyIn(Decision d, Decision other) {
        return d.firedRules().stream().filter(rule -> !other.firedRules().contains(rule)).toList();
    }

    private static String name(Enum<?> value) {
        return Objects.toString(value, "none");
    }
}
