package dev.trustrules.internal.explain;

import dev.trustrules.EntitlementType;
import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * One rule as written, taken apart for an explanation: its top-level conditions (each pattern with its
 * constraints, and each {@code not}, {@code exists}, {@code eval} ...), what it binds, its consequence, and
 * which entitlements it claims, denies, grants or carries. Built from the parsed rule files.
 */
final class RuleText {
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$?[A-Za-z_][\\w$]*)\\s*:(?!=)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CLAIMED = Pattern.compile("\\btype\\s*==\\s*(?:[\\w.]+\\.)?EntitlementType\\.(\\w+)");
    private static final Pattern MENTIONED = Pattern.compile("\\bEntitlementType\\.(\\w+)");

    /** A top-level condition element of the rule's left-hand side, at {@code index}. */
    sealed interface Element {
        int index();

        String text();
    }

    /**
     * A pattern: {@code [binding :] Type(constraints)}, or with a {@code from} source or annotations
     * ({@code verbatim}: its constraints are not taken apart).
     */
    record PatternElement(int index, String text, String type, String binding, List<Constraint> constraints, boolean verbatim)
            implements Element {}

    /**
     * Any other element: {@code not}, {@code exists}, {@code eval}, {@code or}, {@code forall}.
     *
     * @param kind {@code not}, {@code exists}, {@code eval}, or the element's name
     * @param single the one pattern of a {@code not} or {@code exists} of one pattern, else {@code null}
     * @param expression the expression of an {@code eval}, else {@code null}
     */
    record OtherElement(int index, String text, String kind, PatternElement single, String expression) implements Element {}

    /**
     * One constraint of a pattern.
     *
     * @param text as written ({@code $delivered : deliveredAt != null})
     * @param binding the variable it binds, or {@code null}
     * @param bound what the variable is bound to ({@code deliveredAt}), or {@code null}
     * @param condition the condition it tests ({@code deliveredAt != null}), or {@code null} for a binding alone
     */
    record Constraint(String text, String binding, String bound, String condition) {
        /** Whether a probe can drop the condition and keep the binding. */
        boolean droppable() {
            return condition != null && (binding == null || bound != null);
        }

        /** The constraint without its condition: the binding alone, or nothing. */
        String withoutCondition() {
            return binding == null ? null : binding + " : " + bound;
        }
    }

    /**
     * A condition of the rule a near miss can be about.
     *
     * @param element the element it belongs to
     * @param constraint the constraint of a pattern element, or -1 for the whole element
     * @param text the condition as written
     */
    record Condition(int element, int constraint, String text) {}

    /** Where a binding comes from: the element binding it, and the expression bound ({@code null}: the fact itself). */
    record Binding(int element, String expression) {}

    final String name;
    final String packageName;
    final ParsedFile file;
    final boolean fromTable;
    final List<Element> elements;
    final String consequence;
    final Map<String, Binding> bindings;
    final Set<EntitlementType> claimed;
    final Set<EntitlementType> mentioned;
    final Set<EntitlementType> denies;
    final Set<EntitlementType> grants;

    private RuleText(RuleDescr rule, ParsedFile file) {
        this.name = rule.getName();
        this.packageName = file.packageName();
        this.file = file;
        this.fromTable = file.isTable();
        String drl = file.drl();
        List<Element> parts = new ArrayList<>();
        for (BaseDescr descr : rule.getLhs().getDescrs()) {
            parts.add(element(parts.size(), descr, drl));
        }
        this.elements = List.copyOf(parts);
        this.consequence = rule.getConsequence() == null ? ""
                : ParsedPolicy.withoutComments(rule.getConsequence().toString());
        Map<String, Binding> bound = new LinkedHashMap<>();
        for (Element element : elements) {
            if (element instanceof PatternElement pattern) {
                if (pattern.binding() != null) {
                    bound.putIfAbsent(pattern.binding(), new Binding(pattern.index(), null));
                }
                for (Constraint constraint : pattern.constraints()) {
                    if (constraint.binding() != null) {
                        bound.putIfAbsent(constraint.binding(), new Binding(pattern.index(),
                                constraint.bound() != null ? constraint.bound() : constraint.condition()));
                    }
                }
            }
        }
        this.bindings = Map.copyOf(bound);
        String lhs = String.join("\n", elements.stream().map(Element::text).toList());
        this.claimed = types(CLAIMED, String.join("\n", elements.stream()
                .filter(e -> e instanceof PatternElement p && p.type().endsWith("ClaimedEntitlement")).map(Element::text).toList()));
        this.mentioned = types(MENTIONED, lhs + "\n" + consequence);
        this.denies = types(outcome("DenyEntitlement"), consequence);
        this.grants = types(outcome("GrantEntitlement"), consequence);
    }

    static RuleText of(RuleDescr rule, ParsedFile file) {
        return new RuleText(rule, file);
    }

    private static Pattern outcome(String type) {
        return Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?" + type + "\\s*\\(\\s*(?:[\\w.]+\\.)?EntitlementType\\.(\\w+)");
    }

    private static Set<EntitlementType> types(Pattern pattern, String text) {
        Set<EntitlementType> types = EnumSet.noneOf(EntitlementType.class);
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            try {
                types.add(EntitlementType.valueOf(m.group(1)));
            } catch (IllegalArgumentException e) {
                // not a constant: the compiler would have refused it
            }
        }
        return types;
    }

    private static Element element(int index, BaseDescr descr, String drl) {
        String text = slice(drl, descr);
        if (descr instanceof PatternDescr pattern) {
            return pattern(index, pattern, text);
        }
        if (descr instanceof NotDescr || descr instanceof ExistsDescr) {
            List<? extends BaseDescr> inner = ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs();
            PatternElement single = inner.size() == 1 && inner.get(0) instanceof PatternDescr p && p.getSource() == null
                    ? pattern(-1, p, slice(drl, p)) : null;
            return new OtherElement(index, text, descr instanceof NotDescr ? "not" : "exists", single, null);
        }
        if (descr instanceof EvalDescr eval) {
            return new OtherElement(index, text, "eval", null, String.valueOf(eval.getContent()));
        }
        String kind = descr.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
        return new OtherElement(index, text, kind, null, null);
    }

    private static PatternElement pattern(int index, PatternDescr pattern, String text) {
        List<Constraint> constraints = new ArrayList<>();
        boolean verbatim = pattern.getSource() != null || !pattern.getAnnotations().isEmpty() || pattern.isUnification()
                || pattern.isQuery();
        for (BaseDescr descr : pattern.getDescrs()) {
            if (descr instanceof ExprConstraintDescr expression) {
                constraints.add(constraint(expression.getExpression()));
            } else {
                verbatim = true;
            }
        }
        return new PatternElement(index, text, pattern.getObjectType(), pattern.getIdentifier(), List.copyOf(constraints), verbatim);
    }

    static Constraint constraint(String text) {
        String written = text.strip();
        Matcher binding = BINDING.matcher(written);
        if (!binding.matches()) {
            return new Constraint(written, null, null, written);
        }
        String name = binding.group(1);
        String rest = binding.group(2).strip();
        Expr parsed = Expr.parse(rest);
        if (parsed instanceof Expr.Binary || parsed instanceof Expr.Unary unary && unary.op().equals("!")) {
            Expr left = parsed;
            while (left instanceof Expr.Binary b) {
                left = b.left();
            }
            return new Constraint(written, name, left instanceof Expr.Unary ? null : left.text(), rest);
        }
        if (parsed instanceof Expr.Opaque) {
            return new Constraint(written, name, null, rest);
        }
        return new Constraint(written, name, rest, null);
    }

    private static String slice(String drl, BaseDescr descr) {
        int start = descr.getStartCharacter();
        int end = descr.getEndCharacter();
        if (start < 0 || end <= start || end > drl.length()) {
            return descr.getText() == null ? "" : descr.getText().strip();
        }
        return drl.substring(start, end).strip();
    }

    /**
     * The conditions a near miss can be about: each constraint of a pattern that can be dropped keeping its
     * binding, and each element other than a pattern that binds nothing used elsewhere. The constraints on
     * {@code ClaimedEntitlement} (which entitlement a rule is about) are not among them: a rule about an
     * entitlement not asked for is not about the request at all.
     */
    List<Condition> conditions() {
        return conditions(true);
    }

    /** Every condition of the rule, droppable or not, but those on {@code ClaimedEntitlement}: for showing a match. */
    List<Condition> allConditions() {
        return conditions(false);
    }

    private List<Condition> conditions(boolean droppableOnly) {
        List<Condition> conditions = new ArrayList<>();
        for (Element element : elements) {
            if (element instanceof PatternElement pattern) {
                if (pattern.verbatim() && droppableOnly || pattern.type().endsWith("ClaimedEntitlement")) {
                    continue;
                }
                for (int i = 0; i < pattern.constraints().size(); i++) {
                    Constraint constraint = pattern.constraints().get(i);
                    if (droppableOnly ? constraint.droppable() : constraint.condition() != null) {
                        conditions.add(new Condition(pattern.index(), i, constraint.condition()));
                    }
                }
            } else if (element instanceof OtherElement other && (!droppableOnly || !usesOwnBindings(other))) {
                conditions.add(new Condition(other.index(), -1, other.text()));
            }
        }
        return conditions;
    }

    /** Whether an element binds a variable used elsewhere in the rule, so that it cannot be dropped. */
    private boolean usesOwnBindings(OtherElement element) {
        Matcher bound = Pattern.compile("(\\$[\\w$]+)\\s*:(?!=)").matcher(element.text());
        while (bound.find()) {
            String variable = bound.group(1);
            String rest = String.join("\n", elements.stream().filter(e -> e != element).map(Element::text).toList()) + "\n" + consequence;
            if (Pattern.compile(Pattern.quote(variable) + "(?![\\w$])").matcher(rest).find()) {
                return true;
            }
        }
        return false;
    }

    /** The element at {@code index}. */
    Element element(int index) {
        return elements.get(index);
    }

    /** Whether this rule asks about a claimed entitlement ({@code ClaimedEntitlement(type == ...)}). */
    boolean isAboutAClaim() {
        return !claimed.isEmpty();
    }

    @Override
    public String toString() {
        return name;
    }
}
