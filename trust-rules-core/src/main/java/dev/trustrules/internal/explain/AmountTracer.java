package dev.trustrules.internal.explain;

import dev.trustrules.EntitlementType;
import dev.trustrules.explain.Calculation;
import dev.trustrules.internal.explain.ArithmeticLog.Op;
import dev.trustrules.internal.explain.ArithmeticLog.Step;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a granted amount was computed, from the evaluation that really happened: the argument of the
 * rule's {@code new GrantEntitlement(...)} that holds the amount is read as written, and each part of it is
 * named from what the run recorded: a call of {@code Amounts} is the step recorded in that firing (its
 * operands and result, as computed), a binding is the fact field it was bound to, a field of a fact another
 * rule inserted is that rule's own calculation of it (chained), a limit is the global's field. So a policy
 * with other arithmetic explains itself, and a value never shows a number that was not computed.
 */
final class AmountTracer {
    private static final int MAX_DEPTH = 16;

    private final PolicyText text;
    private final ExplainRun run;

    /** A calculation, and whether its value was checked against what the rules computed. */
    private record Traced(Calculation calculation, boolean verified) {}

    AmountTracer(PolicyText text, ExplainRun run) {
        this.text = text;
        this.run = run;
    }

    /**
     * The calculation of the {@code argument}-th argument (2: refund, 3: payout) of the grant of {@code type}
     * made by {@code firing}, whose value was {@code value}.
     */
    Calculation grantAmount(ExplainRun.Firing firing, EntitlementType type, int argument, long value) {
        RuleText rule = firing == null ? null : text.rules.get(firing.rule);
        if (rule != null) {
            Traced fallback = null;
            for (Expr.New grant : RuleSource.constructions(rule.consequence, "GrantEntitlement")) {
                if (grant.args().size() <= argument || !grant.args().get(0).text().endsWith(type.name())) {
                    continue;
                }
                Traced traced = resolve(grant.args().get(argument), value, firing, rule, true, 0);
                if (traced.verified()) {
                    return traced.calculation();
                }
                fallback = fallback == null ? traced : fallback;
            }
            if (fallback != null) {
                return fallback.calculation();
            }
        }
        return new Calculation(value, Calculation.Kind.EXPRESSION, "(not traced)", firing == null ? null : firing.rule, true,
                List.of(), Values.amount(value, true) + ", from arithmetic the explanation could not trace");
    }

    private Traced resolve(Expr expr, long expected, ExplainRun.Firing firing, RuleText rule, boolean money, int depth) {
        if (depth > MAX_DEPTH) {
            return expression(expr, expected, firing, money, List.of(), false);
        }
        if (expr instanceof Expr.Literal literal && literal.value() instanceof Number number) {
            return new Traced(leaf(expected, Calculation.Kind.CONSTANT, literal.text(), firing, money,
                    Values.amount(expected, money) + ", a constant of the rule"), number.longValue() == expected);
        }
        if (expr instanceof Expr.Cast cast) {
            return resolve(cast.operand(), expected, firing, rule, money, depth + 1);
        }
        if (expr instanceof Expr.Name name && rule.bindings.containsKey(name.name())) {
            return binding(name.name(), expected, firing, rule, money, depth);
        }
        Map<String, String> locals = RuleSource.locals(rule.consequence);
        if (expr instanceof Expr.Name name && locals.containsKey(name.name())) {
            return resolve(Expr.parse(locals.get(name.name())), expected, firing, rule, money, depth + 1);
        }
        if (expr instanceof Expr.Call call && isAmounts(call)) {
            Traced step = step(call, expected, firing, rule, depth);
            return step != null ? step : expression(expr, expected, firing, money, List.of(), false);
        }
        if (expr instanceof Expr.Conditional conditional) {
            Traced then = resolve(conditional.then(), expected, firing, rule, money, depth + 1);
            if (then.verified()) {
                return then;
            }
            Traced otherwise = resolve(conditional.otherwise(), expected, firing, rule, money, depth + 1);
            return otherwise.verified() ? otherwise : then;
        }
        String limit = limitName(expr);
        Object value = evaluate(expr, firing, rule);
        boolean verified = value instanceof Number n && Evaluator.isIntegral(n) && n.longValue() == expected;
        if (limit != null) {
            return new Traced(leaf(expected, Calculation.Kind.LIMIT, limit, firing, money,
                    Values.amount(expected, money) + " = " + limit), verified);
        }
        Traced written = arithmetic(expr, expected, firing, rule, money, depth, verified);
        return written != null ? written : expression(expr, expected, firing, money, List.of(), verified);
    }

    /**
     * Arithmetic written without {@code Amounts} ({@code Math.min($freight, cap)}, {@code $paid / 2}): shown as
     * written with each operand's value and origin, when every operand's value can be read.
     */
    private Traced arithmetic(Expr expr, long expected, ExplainRun.Firing firing, RuleText rule, boolean money, int depth,
            boolean verified) {
        List<Expr> args;
        if (expr instanceof Expr.Call call && call.target() != null && !isAmounts(call)) {
            args = call.args();
        } else if (expr instanceof Expr.Binary binary && List.of("+", "-", "*", "/", "%").contains(binary.op())) {
            args = List.of(binary.left(), binary.right());
        } else {
            return null;
        }
        List<Calculation> parts = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) {
            Object value = evaluate(args.get(k), firing, rule);
            if (!(value instanceof Number n) || !Evaluator.isIntegral(n)) {
                return null;
            }
            boolean partMoney = money && !(expr instanceof Expr.Binary b && (b.op().equals("*") || b.op().equals("/")) && k == 1);
            parts.add(resolve(args.get(k), n.longValue(), firing, rule, partMoney, depth + 1).calculation());
        }
        List<String> shown = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            shown.add(part(parts, k));
        }
        String formula = expr instanceof Expr.Call call
                ? call.target().text() + "." + call.name() + "(" + String.join(", ", shown) + ")"
                : shown.get(0) + " " + ((Expr.Binary) expr).op() + " " + shown.get(1);
        return new Traced(new Calculation(expected, Calculation.Kind.EXPRESSION, expr.text(), firing.rule, money, parts,
                Values.amount(expected, money) + " = " + formula), verified);
    }

    /** A value bound in the rule's conditions: the fact field it reads, or the calculation of the rule that derived that fact. */
    private Traced binding(String variable, long expected, ExplainRun.Firing firing, RuleText rule, boolean money, int depth) {
        RuleText.Binding binding = rule.bindings.get(variable);
        Object bound = firing.declarations.get(variable);
        boolean verified = bound instanceof Number n && Evaluator.isIntegral(n) && n.longValue() == expected;
        Object fact = RuleSource.factsOf(rule, firing.objects, text.types(rule.file)).get(binding.element());
        String field = binding.expression();
        if (fact != null && field != null && field.matches("[A-Za-z_][\\w$]*")) {
            ExplainRun.Firing maker = run.insertedBy.get(fact);
            Traced derived = maker == null ? null : derived(fact, field, expected, maker, money, depth);
            if (derived != null) {
                return derived;
            }
        }
        String where = fact != null ? RuleSource.factName(fact.getClass()) : lowerFirst(elementType(rule, binding.element()));
        String name = field == null ? where : where + "." + field;
        return new Traced(leaf(expected, Calculation.Kind.FACT, name, firing, money, Values.amount(expected, money) + " = " + name),
                verified);
    }

    /** The calculation of {@code field} of a fact the rule {@code maker} inserted, from its {@code new Type(...)}. */
    private Traced derived(Object fact, String field, long expected, ExplainRun.Firing maker, boolean money, int depth) {
        List<String> fields = text.declaredFields.get(fact.getClass().getName());
        RuleText makerRule = text.rules.get(maker.rule);
        if (fields == null || makerRule == null || !fields.contains(field)) {
            return null;
        }
        int index = fields.indexOf(field);
        for (Expr.New created : RuleSource.constructions(makerRule.consequence, fact.getClass().getSimpleName())) {
            if (created.args().size() == fields.size()) {
                Traced traced = resolve(created.args().get(index), expected, maker, makerRule, money, depth + 1);
                if (traced.verified()) {
                    return traced;
                }
            }
        }
        return null;
    }

    private Traced step(Expr.Call call, long expected, ExplainRun.Firing firing, RuleText rule, int depth) {
        Op op = op(call.name());
        if (op == null) {
            return null;
        }
        List<Step> steps = firing.arithmetic.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            if (step.op() != op || step.result() != expected || !consistent(call.args(), step, firing, rule)) {
                continue;
            }
            long[] operands = {step.a(), step.b(), step.c()};
            List<Calculation> parts = new ArrayList<>();
            for (int k = 0; k < call.args().size() && k < 3; k++) {
                parts.add(resolve(call.args().get(k), operands[k], firing, rule, isMoney(op, k), depth + 1).calculation());
            }
            return new Traced(new Calculation(expected, Calculation.Kind.STEP, call.name(), firing.rule, true, parts,
                    Values.amount(expected, true) + " = " + formula(step, parts)), true);
        }
        return null;
    }

    /** Whether the arguments whose values can be read directly (literals, bindings, limits) agree with a recorded step. */
    private boolean consistent(List<Expr> args, Step step, ExplainRun.Firing firing, RuleText rule) {
        long[] operands = {step.a(), step.b(), step.c()};
        for (int k = 0; k < args.size() && k < 3; k++) {
            Expr arg = args.get(k);
            boolean direct = arg instanceof Expr.Literal || arg instanceof Expr.Name name && rule.bindings.containsKey(name.name())
                    || limitName(arg) != null;
            if (!direct) {
                continue; // another step or a local variable: checked when it is resolved
            }
            Object value = evaluate(arg, firing, rule);
            if (value instanceof Number n && Evaluator.isIntegral(n) && n.longValue() != operands[k]) {
                return false;
            }
        }
        return true;
    }

    private String formula(Step step, List<Calculation> parts) {
        String a = part(parts, 0);
        String b = part(parts, 1);
        String c = part(parts, 2);
        return switch (step.op()) {
            case PLUS -> a + " + " + b;
            case MINUS -> a + " − " + b;
            case TIMES -> a + " × " + b;
            case TIMES_CAPPED -> {
                boolean capped = step.b() != 0 && step.a() > step.c() / step.b();
                yield capped
                        ? a + " × " + b + " = " + Values.amount(BigInteger.valueOf(step.a()).multiply(BigInteger.valueOf(step.b())))
                                + ", capped at " + c
                        : a + " × " + b + ", within the cap of " + c;
            }
            case PERCENT_OF -> b + "% of " + a + ", rounded down";
            case AT_MOST -> step.a() > step.b() ? a + ", capped at " + b : a + ", within the cap of " + b;
            case AT_LEAST -> step.a() < step.b() ? a + ", raised to the floor of " + b : a + ", not below the floor of " + b;
        };
    }

    /** An operand in a formula: a leaf with what it is, a computed value alone (its own line shows how). */
    private static String part(List<Calculation> parts, int index) {
        if (index >= parts.size()) {
            return "?";
        }
        Calculation part = parts.get(index);
        String value = Values.amount(part.value(), part.money());
        return switch (part.kind()) {
            case FACT, LIMIT -> value + " (" + part.name() + ")";
            case CONSTANT -> value;
            case STEP, EXPRESSION -> value;
        };
    }

    private Traced expression(Expr expr, long expected, ExplainRun.Firing firing, boolean money, List<Calculation> operands,
            boolean verified) {
        return new Traced(new Calculation(expected, Calculation.Kind.EXPRESSION, expr.text(), firing.rule, money, operands,
                Values.amount(expected, money) + " = " + expr.text()), verified);
    }

    private Calculation leaf(long value, Calculation.Kind kind, String name, ExplainRun.Firing firing, boolean money, String line) {
        return new Calculation(value, kind, name, firing.rule, money, List.of(), line);
    }

    private Object evaluate(Expr expr, ExplainRun.Firing firing, RuleText rule) {
        try {
            return new Evaluator(new Evaluator.Scope(null, firing.declarations, run.globals, text.types(rule.file), text::isDeclared))
                    .value(expr);
        } catch (Evaluator.Unavailable e) {
            return null;
        }
    }

    /** {@code guaranteeLimits.fakeCompensationCapFen} for {@code guaranteeLimits.getFakeCompensationCapFen()} or itself. */
    private String limitName(Expr expr) {
        if (expr instanceof Expr.Member member && member.target() instanceof Expr.Name global
                && run.globals.containsKey(global.name())) {
            return global.name() + "." + member.name();
        }
        if (expr instanceof Expr.Call call && call.args().isEmpty() && call.target() instanceof Expr.Name global
                && run.globals.containsKey(global.name())) {
            String name = call.name();
            String property = name.startsWith("get") && name.length() > 3 ? name.substring(3)
                    : name.startsWith("is") && name.length() > 2 ? name.substring(2) : name;
            return global.name() + "." + lowerFirst(property);
        }
        return null;
    }

    private static boolean isAmounts(Expr.Call call) {
        String target = call.target() == null ? null : Expr.dotted(call.target());
        return target != null && (target.equals("Amounts") || target.endsWith(".Amounts")) && op(call.name()) != null;
    }

    private static Op op(String method) {
        return switch (method) {
            case "times" -> Op.TIMES;
            case "timesCapped" -> Op.TIMES_CAPPED;
            case "percentOf" -> Op.PERCENT_OF;
            case "atMost" -> Op.AT_MOST;
            case "atLeast" -> Op.AT_LEAST;
            case "plus" -> Op.PLUS;
            case "minus" -> Op.MINUS;
            default -> null;
        };
    }

    /** Whether operand {@code index} of {@code op} is an amount of fen (not a factor or a percentage). */
    private static boolean isMoney(Op op, int index) {
        return switch (op) {
            case TIMES, PERCENT_OF -> index == 0;
            case TIMES_CAPPED -> index != 1;
            default -> true;
        };
    }

    private static String elementType(RuleText rule, int element) {
        return rule.element(element) instanceof RuleText.PatternElement pattern ? pattern.type() : "fact";
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

}
