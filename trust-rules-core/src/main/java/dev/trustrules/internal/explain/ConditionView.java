package dev.trustrules.internal.explain;

import dev.trustrules.explain.Condition;
import dev.trustrules.explain.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A condition of a rule as it stood in one match, for people: whether it held (which the engine decided:
 * a rule's firing, or a probe variant's match) and the values it compared, computed from the match's facts,
 * bindings and limits ({@link Evaluator}). Names are those of the rule's text, with where each value comes
 * from: {@code claim.filedAt}, {@code $delivered (order.deliveredAt)}, {@code guaranteeLimits.fakeClaimWindowDays}.
 */
final class ConditionView {
    private final PolicyText text;
    private final ExplainRun run;
    private final String currency;

    ConditionView(PolicyText text, ExplainRun run, String currency) {
        this.text = text;
        this.run = run;
        this.currency = currency;
    }

    /**
     * The condition {@code condition} of {@code rule} in a match.
     *
     * @param facts the fact each pattern element matched, by element index
     * @param declarations the match's bindings
     * @param holds whether the condition held
     * @param matched for a {@code not} that did not hold, the fact that made it false, else {@code null}
     */
    Condition describe(RuleText rule, RuleText.Condition condition, Map<Integer, Object> facts, Map<String, Object> declarations,
            boolean holds, Object matched) {
        RuleText.Element element = rule.element(condition.element());
        if (element instanceof RuleText.OtherElement other && !other.kind().equals("eval")) {
            return other(rule, other, holds, matched);
        }
        String written = condition.text();
        Object self = element instanceof RuleText.PatternElement ? facts.get(element.index()) : null;
        Expr expr = Expr.parse(element instanceof RuleText.OtherElement eval ? eval.expression() : written);
        Evaluator evaluator = new Evaluator(new Evaluator.Scope(self, visible(declarations), run.globals, text.types(rule.file),
                text::isDeclared));
        List<Operand> operands = operands(expr, evaluator, self, rule, facts);
        String values = String.join(", ", operands.stream().map(o -> o.name() + " = " + o.value()).toList());
        String line = written + (holds ? "" : " is false") + (values.isEmpty() ? "" : ": " + values);
        return new Condition(rule.name, written, holds, operands, line);
    }

    /**
     * A rule that did not fire, and no single condition of which failed alone: more than one did. The
     * engine says no more; this computes, for showing, which of its pattern conditions are false on the
     * facts the run ended with, where each pattern has one candidate fact (a pattern no fact matches is
     * shown as such). Conditions on several candidates, and {@code not}/{@code exists}, are left out.
     */
    List<Condition> severalFailed(RuleText rule) {
        List<Condition> failed = new ArrayList<>();
        Map<Integer, Object> facts = new LinkedHashMap<>();
        Map<String, Object> declarations = new LinkedHashMap<>();
        var types = text.types(rule.file);
        for (RuleText.Element element : rule.elements) {
            if (!(element instanceof RuleText.PatternElement pattern) || pattern.verbatim()) {
                continue;
            }
            Class<?> type = types.apply(pattern.type());
            if (type == null) {
                continue;
            }
            List<Object> candidates = run.finalFacts.stream().filter(type::isInstance).toList();
            if (candidates.isEmpty()) {
                failed.add(new Condition(rule.name, pattern.text(), false, List.of(),
                        pattern.text() + " is false: no " + pattern.type() + " fact"));
                continue;
            }
            if (candidates.size() > 1) {
                continue;
            }
            Object fact = candidates.get(0);
            facts.put(pattern.index(), fact);
            if (pattern.binding() != null) {
                declarations.put(pattern.binding(), fact);
            }
            Evaluator evaluator = new Evaluator(new Evaluator.Scope(fact, declarations, run.globals, types, text::isDeclared));
            for (int i = 0; i < pattern.constraints().size(); i++) {
                RuleText.Constraint constraint = pattern.constraints().get(i);
                if (constraint.binding() != null && constraint.bound() != null) {
                    try {
                        declarations.put(constraint.binding(), evaluator.value(Expr.parse(constraint.bound())));
                    } catch (Evaluator.Unavailable e) {
                        // shown without this binding
                    }
                }
                if (constraint.condition() == null || pattern.type().endsWith("ClaimedEntitlement")) {
                    continue;
                }
                try {
                    if (!Evaluator.truth(evaluator.value(Expr.parse(constraint.condition())))) {
                        failed.add(describe(rule, new RuleText.Condition(pattern.index(), i, constraint.condition()), facts, declarations,
                                false, null));
                    }
                } catch (Evaluator.Unavailable e) {
                    // not computed: not shown
                }
            }
        }
        if (failed.isEmpty()) {
            failed.add(new Condition(rule.name, "(more than one condition)", false, List.of(),
                    "more than one of its conditions does not hold"));
        }
        return failed;
    }

    private Condition other(RuleText rule, RuleText.OtherElement element, boolean holds, Object matched) {
        String written = element.text();
        if (holds) {
            String why = switch (element.kind()) {
                case "not" -> ": no such fact";
                case "exists" -> ": such a fact exists";
                default -> "";
            };
            return new Condition(rule.name, written, true, List.of(), written + why);
        }
        if (element.kind().equals("not") && matched != null) {
            ExplainRun.Firing maker = run.insertedBy.get(matched);
            String type = matched.getClass().getSimpleName();
            Operand operand = new Operand(Operand.Kind.MATCHED, type, String.valueOf(matched), maker == null ? null : maker.rule);
            return new Condition(rule.name, written, false, List.of(operand), written + " is false: " + matched
                    + (maker == null ? " is a fact of the request" : " was inserted by \"" + maker.rule + "\""));
        }
        String why = element.kind().equals("exists") ? ": no such fact" : "";
        return new Condition(rule.name, written, false, List.of(), written + " is false" + why);
    }

    /** The sides of a comparison, then the facts' fields, bindings and limits it reads, each once, with values. */
    private List<Operand> operands(Expr expr, Evaluator evaluator, Object self, RuleText rule, Map<Integer, Object> facts) {
        List<Expr> shown = new ArrayList<>();
        if (expr instanceof Expr.Binary binary && Expr.COMPARISONS.contains(binary.op())) {
            shown.add(binary.left());
            shown.add(binary.right());
        } else if (expr instanceof Expr.Unary unary) {
            shown.add(unary.operand());
        }
        for (Expr part : Expr.all(expr)) {
            if (part != expr && part instanceof Expr.Call call && call.target() != null && isConstant(call.target())) {
                shown.add(part); // a computed value: PlatformCalendar.windowEndFromNextDay(...)
            }
        }
        for (Expr part : Expr.all(expr)) {
            if (part instanceof Expr.Name || limit(part) != null) {
                shown.add(part);
            }
        }
        Map<String, Operand> operands = new LinkedHashMap<>();
        for (Expr part : shown) {
            if (part instanceof Expr.Literal || isConstant(part) || operands.containsKey(part.text())
                    || part instanceof Expr.Name name && run.globals.containsKey(name.name())) {
                continue;
            }
            Object value;
            try {
                value = evaluator.value(part);
            } catch (Evaluator.Unavailable e) {
                continue;
            }
            operands.put(part.text(), operand(part, value, self, rule, facts));
        }
        return List.copyOf(operands.values());
    }

    private Operand operand(Expr part, Object value, Object self, RuleText rule, Map<Integer, Object> facts) {
        String limit = limit(part);
        if (limit != null) {
            return new Operand(Operand.Kind.LIMIT, limit, Values.show(value, limit, currency), null);
        }
        if (part instanceof Expr.Name name) {
            RuleText.Binding binding = rule.bindings.get(name.name());
            if (binding != null) {
                Object fact = facts.get(binding.element());
                String where = fact == null ? null : RuleSource.factName(fact.getClass())
                        + (binding.expression() == null ? "" : "." + binding.expression());
                String shown = where == null ? name.name() : name.name() + " (" + where + ")";
                return new Operand(Operand.Kind.FACT, shown, Values.show(value, binding.expression(), currency), null);
            }
            if (self != null && !run.globals.containsKey(name.name())) {
                return new Operand(Operand.Kind.FACT, RuleSource.factName(self.getClass()) + "." + name.name(),
                        Values.show(value, name.name(), currency), null);
            }
        }
        return new Operand(Operand.Kind.VALUE, part.text(), Values.show(value, part.text(), currency), null);
    }

    /** Whether an expression names a constant ({@code EntitlementType.FAKE_ONE_PAY_TEN}, {@code Term.FOOD}) or a type. */
    private static boolean isConstant(Expr part) {
        String dotted = Expr.dotted(part);
        return dotted != null && Character.isUpperCase(dotted.charAt(0));
    }

    /** {@code guaranteeLimits.fakeClaimWindowDays} for a limit read as a field or a getter, else {@code null}. */
    private String limit(Expr expr) {
        if (expr instanceof Expr.Member member && member.target() instanceof Expr.Name global && run.globals.containsKey(global.name())) {
            return global.name() + "." + member.name();
        }
        if (expr instanceof Expr.Call call && call.args().isEmpty() && call.target() instanceof Expr.Name global
                && run.globals.containsKey(global.name())) {
            String name = call.name();
            String property = name.startsWith("get") && name.length() > 3 ? name.substring(3) : name;
            return global.name() + "." + Character.toLowerCase(property.charAt(0)) + property.substring(1);
        }
        return null;
    }

    /** The bindings a rule wrote, without those a probe added. */
    private static Map<String, Object> visible(Map<String, Object> declarations) {
        Map<String, Object> visible = new LinkedHashMap<>();
        declarations.forEach((name, value) -> {
            if (!name.startsWith(Probe.BINDING_PREFIX) && !name.startsWith("GENERATED_")) {
                visible.put(name, value);
            }
        });
        return visible;
    }
}
