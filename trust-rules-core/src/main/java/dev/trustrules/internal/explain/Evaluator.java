package dev.trustrules.internal.explain;

import dev.trustrules.internal.verify.Allowlist;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Computes the value of a part of a rule's expression for an explanation to show ("daysAfter(...) = 6"):
 * never to decide anything, which the engine did. It reads the facts of a match, its bindings and the
 * limits, and calls only what a strict policy may call: members the sandbox's allowlist allows, and the
 * getters of the policy's declared types. Whatever it cannot compute (a function of the policy, an
 * operator it does not know, a member outside the allowlist) is {@link Unavailable}, and the explanation
 * shows the expression without a value.
 */
final class Evaluator {

    /** Thrown when a value cannot be computed; carries no stack. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * What names mean where an expression is evaluated.
     *
     * @param self the fact a constraint is on ({@code filedAt} reads its field), or {@code null}
     * @param names bindings of the rule ({@code $paid}) and local variables of a consequence
     * @param globals the limits, by global name
     * @param types the class a type name in the rule's file stands for, or {@code null}
     * @param declared whether a class is one of the policy's declared types (whose getters may be read)
     */
    record Scope(Object self, Map<String, Object> names, Map<String, Object> globals, Function<String, Class<?>> types,
            Predicate<Class<?>> declared) {}

    /** A type named in an expression, as the target of a static member. */
    private record TypeRef(Class<?> type) {}

    private final Scope scope;

    Evaluator(Scope scope) {
        this.scope = scope;
    }

    /** The value of {@code expr}, or {@link Unavailable}. */
    Object value(Expr expr) {
        Object value = eval(expr);
        if (value instanceof TypeRef) {
            throw new Unavailable("a type is not a value");
        }
        return value;
    }

    private Object eval(Expr expr) {
        if (expr instanceof Expr.Literal literal) {
            return literal.value();
        }
        if (expr instanceof Expr.Name name) {
            return name(name.name());
        }
        if (expr instanceof Expr.Member member) {
            return member(member);
        }
        if (expr instanceof Expr.Call call) {
            return call(call);
        }
        if (expr instanceof Expr.Cast cast) {
            return cast(cast.type(), value(cast.operand()));
        }
        if (expr instanceof Expr.Unary unary) {
            return unary(unary.op(), value(unary.operand()));
        }
        if (expr instanceof Expr.Binary binary) {
            return binary(binary);
        }
        if (expr instanceof Expr.Conditional conditional) {
            return truth(value(conditional.test())) ? value(conditional.then()) : value(conditional.otherwise());
        }
        throw new Unavailable(expr.text());
    }

    private Object name(String name) {
        if (scope.names().containsKey(name)) {
            return scope.names().get(name);
        }
        if (scope.globals().containsKey(name)) {
            return scope.globals().get(name);
        }
        if (name.equals("this") && scope.self() != null) {
            return scope.self();
        }
        if (scope.self() != null) {
            try {
                return property(scope.self(), name);
            } catch (Unavailable e) {
                // not a field of the fact: perhaps a type
            }
        }
        Class<?> type = scope.types().apply(name);
        if (type != null) {
            return new TypeRef(type);
        }
        throw new Unavailable("unknown name " + name);
    }

    private Object member(Expr.Member member) {
        Object target;
        try {
            target = eval(member.target());
        } catch (Unavailable e) {
            String dotted = Expr.dotted(member);
            Class<?> type = dotted == null ? null : scope.types().apply(dotted);
            if (type != null) {
                return new TypeRef(type);
            }
            throw e;
        }
        if (target instanceof TypeRef ref) {
            Class<?> nested = scope.types().apply(ref.type().getName() + "$" + member.name());
            if (nested != null) {
                return new TypeRef(nested);
            }
            return staticField(ref.type(), member.name());
        }
        if (target == null) {
            throw new Unavailable("null has no " + member.name());
        }
        return property(target, member.name());
    }

    private Object call(Expr.Call call) {
        if (call.target() == null) {
            if (scope.self() == null) {
                throw new Unavailable("function " + call.name());
            }
            Object[] args = call.args().stream().map(this::value).toArray();
            return invoke(scope.self().getClass(), scope.self(), call.name(), args, false);
        }
        Object target = eval(call.target());
        Object[] args = call.args().stream().map(this::value).toArray();
        if (target instanceof TypeRef ref) {
            return invoke(ref.type(), null, call.name(), args, true);
        }
        if (target == null) {
            throw new Unavailable("null has no " + call.name());
        }
        return invoke(target.getClass(), target, call.name(), args, false);
    }

    private Object staticField(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            if (!Modifier.isStatic(field.getModifiers()) || !allowed(field.getDeclaringClass(), name)) {
                throw new Unavailable(type.getSimpleName() + "." + name);
            }
            return field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new Unavailable(type.getSimpleName() + "." + name);
        }
    }

    /** A fact's field: its record accessor, getter or is-getter. */
    Object property(Object target, String name) {
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of(name, "get" + capital, "is" + capital)) {
            try {
                Method method = target.getClass().getMethod(candidate);
                if (!Modifier.isStatic(method.getModifiers()) && allowed(method.getDeclaringClass(), candidate)) {
                    return method.invoke(target);
                }
            } catch (NoSuchMethodException e) {
                // the next form
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new Unavailable(name);
            }
        }
        throw new Unavailable(target.getClass().getSimpleName() + " has no " + name);
    }

    private Object invoke(Class<?> type, Object target, String name, Object[] args, boolean isStatic) {
        for (Method method : type.getMethods()) {
            if (!method.getName().equals(name) || method.getParameterCount() != args.length
                    || Modifier.isStatic(method.getModifiers()) != isStatic || !allowed(method.getDeclaringClass(), name)) {
                continue;
            }
            Object[] converted = convert(method.getParameterTypes(), args);
            if (converted == null) {
                continue;
            }
            try {
                return method.invoke(target, converted);
            } catch (IllegalAccessException | InvocationTargetException | IllegalArgumentException e) {
                throw new Unavailable(name + " failed");
            }
        }
        throw new Unavailable(type.getSimpleName() + "." + name);
    }

    private boolean allowed(Class<?> owner, String member) {
        return scope.declared().test(owner) || Allowlist.standard().allowsMember(owner.getName().replace('.', '/'), member);
    }

    private static Object[] convert(Class<?>[] parameters, Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Class<?> parameter = parameters[i];
            Object arg = args[i];
            if (arg == null) {
                if (parameter.isPrimitive()) {
                    return null;
                }
                out[i] = null;
            } else if (parameter.isPrimitive() && arg instanceof Number number) {
                if (parameter == long.class && isIntegral(number)) {
                    out[i] = number.longValue();
                } else if (parameter == int.class && isIntegral(number) && number.longValue() == number.intValue()) {
                    out[i] = number.intValue();
                } else if (parameter == double.class) {
                    out[i] = number.doubleValue();
                } else {
                    return null;
                }
            } else if (parameter == boolean.class && arg instanceof Boolean) {
                out[i] = arg;
            } else if (!parameter.isPrimitive() && parameter.isInstance(arg)) {
                out[i] = arg;
            } else {
                return null;
            }
        }
        return out;
    }

    private static Object cast(String type, Object value) {
        if (value instanceof Number number) {
            return switch (type) {
                case "long", "Long" -> number.longValue();
                case "int", "Integer" -> number.intValue();
                case "double", "Double" -> number.doubleValue();
                default -> value;
            };
        }
        return value;
    }

    private static Object unary(String op, Object value) {
        if (op.equals("!")) {
            return !truth(value);
        }
        if (value instanceof Number number) {
            return isIntegral(number) ? (Object) Math.negateExact(number.longValue()) : (Object) (-number.doubleValue());
        }
        throw new Unavailable("-" + value);
    }

    private Object binary(Expr.Binary binary) {
        String op = binary.op();
        if (op.equals("&&")) {
            return truth(value(binary.left())) && truth(value(binary.right()));
        }
        if (op.equals("||")) {
            return truth(value(binary.left())) || truth(value(binary.right()));
        }
        Object left = value(binary.left());
        Object right = value(binary.right());
        switch (op) {
            case "==":
                return same(left, right);
            case "!=":
                return !same(left, right);
            case "<", "<=", ">", ">=":
                int order = compare(left, right);
                return switch (op) {
                    case "<" -> order < 0;
                    case "<=" -> order <= 0;
                    case ">" -> order > 0;
                    default -> order >= 0;
                };
            case "+":
                if (left instanceof String || right instanceof String) {
                    return String.valueOf(left) + right;
                }
                return arithmetic(op, left, right);
            default:
                return arithmetic(op, left, right);
        }
    }

    private static Object arithmetic(String op, Object left, Object right) {
        if (!(left instanceof Number a) || !(right instanceof Number b)) {
            throw new Unavailable(left + " " + op + " " + right);
        }
        try {
            if (isIntegral(a) && isIntegral(b)) {
                long x = a.longValue();
                long y = b.longValue();
                return switch (op) {
                    case "+" -> Math.addExact(x, y);
                    case "-" -> Math.subtractExact(x, y);
                    case "*" -> Math.multiplyExact(x, y);
                    case "/" -> x / y;
                    case "%" -> x % y;
                    default -> throw new Unavailable(op);
                };
            }
            double x = a.doubleValue();
            double y = b.doubleValue();
            return switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> x / y;
                case "%" -> x % y;
                default -> throw new Unavailable(op);
            };
        } catch (ArithmeticException e) {
            throw new Unavailable(e.getMessage());
        }
    }

    static boolean same(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return isIntegral(a) && isIntegral(b) ? a.longValue() == b.longValue() : a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(left, right);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return isIntegral(a) && isIntegral(b) ? Long.compare(a.longValue(), b.longValue())
                    : Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (left instanceof Comparable comparable && right != null && left.getClass() == right.getClass()) {
            return comparable.compareTo(right);
        }
        throw new Unavailable(left + " compared with " + right);
    }

    static boolean truth(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new Unavailable(value + " is not true or false");
    }

    static boolean isIntegral(Number number) {
        return number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte;
    }
}
