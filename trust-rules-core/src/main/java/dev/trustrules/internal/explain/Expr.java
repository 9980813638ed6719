package dev.trustrules.internal.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expression of a rule's text (a constraint, an {@code eval}, a consequence's argument), parsed into a
 * small tree so that an explanation can name its parts and show their values. The grammar is the subset
 * of Java and of the DRL constraint language that rule files use for arithmetic and comparisons: literals,
 * names, member access and calls, {@code new}, casts, unary and binary operators and the conditional.
 * Anything else ({@code matches}, {@code in}, inline casts, null-safe access) parses as {@link Opaque}:
 * shown as written, never evaluated.
 */
sealed interface Expr {
    /** The expression as written, trimmed. */
    String text();

    record Literal(String text, Object value) implements Expr {}

    record Name(String text, String name) implements Expr {}

    record Member(String text, Expr target, String name) implements Expr {}

    /** A call: {@code target.name(args)}, or {@code name(args)} when {@code target} is null. */
    record Call(String text, Expr target, String name, List<Expr> args) implements Expr {}

    record New(String text, String type, List<Expr> args) implements Expr {}

    record Cast(String text, String type, Expr operand) implements Expr {}

    record Unary(String text, String op, Expr operand) implements Expr {}

    record Binary(String text, String op, Expr left, Expr right) implements Expr {}

    record Conditional(String text, Expr test, Expr then, Expr otherwise) implements Expr {}

    record Opaque(String text) implements Expr {}

    /** The comparison operators. */
    List<String> COMPARISONS = List.of("==", "!=", "<", "<=", ">", ">=");

    /** {@code text} parsed; never throws (what cannot be parsed is {@link Opaque}). */
    static Expr parse(String text) {
        try {
            Parser parser = new Parser(text);
            Expr expr = parser.expression();
            return parser.atEnd() ? expr : new Opaque(text.strip());
        } catch (RuntimeException e) {
            return new Opaque(text.strip());
        }
    }

    /** The dotted name a chain of names stands for ({@code dev.trustrules.facts.Category}), or {@code null}. */
    static String dotted(Expr expr) {
        if (expr instanceof Name name) {
            return name.name();
        }
        if (expr instanceof Member member) {
            String target = dotted(member.target());
            return target == null ? null : target + "." + member.name();
        }
        return null;
    }

    /** The sub-expressions of {@code expr}, itself first, depth first. */
    static List<Expr> all(Expr expr) {
        List<Expr> out = new ArrayList<>();
        collect(expr, out);
        return out;
    }

    private static void collect(Expr expr, List<Expr> out) {
        out.add(expr);
        if (expr instanceof Member m) {
            collect(m.target(), out);
        } else if (expr instanceof Call c) {
            if (c.target() != null) {
                collect(c.target(), out);
            }
            c.args().forEach(a -> collect(a, out));
        } else if (expr instanceof New n) {
            n.args().forEach(a -> collect(a, out));
        } else if (expr instanceof Cast c) {
            collect(c.operand(), out);
        } else if (expr instanceof Unary u) {
            collect(u.operand(), out);
        } else if (expr instanceof Binary b) {
            collect(b.left(), out);
            collect(b.right(), out);
        } else if (expr instanceof Conditional c) {
            collect(c.test(), out);
            collect(c.then(), out);
            collect(c.otherwise(), out);
        }
    }

    /** Recursive descent over the tokens of one expression. */
    final class Parser {
        private static final Pattern TOKEN = Pattern.compile("\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'"
                + "|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?[lLdDfF]?|[A-Za-z_$][\\w$]*"
                + "|==|!=|<=|>=|&&|\\|\\||!\\.|[<>(),.:!?+\\-*/%\\[\\]{}=#@;])");
        private static final java.util.Set<String> PRIMITIVES = java.util.Set.of("long", "int", "short", "byte", "double",
                "float", "boolean", "char");

        private final String source;
        private final List<String> tokens = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();
        private final List<Integer> ends = new ArrayList<>();
        private int at;

        Parser(String source) {
            this.source = source;
            Matcher m = TOKEN.matcher(source);
            int position = 0;
            while (position < source.length()) {
                if (!m.find(position) || m.start() != position) {
                    if (source.substring(position).isBlank()) {
                        break;
                    }
                    throw new IllegalArgumentException("cannot read " + source.substring(position));
                }
                tokens.add(m.group(1));
                starts.add(m.start(1));
                ends.add(m.end(1));
                position = m.end();
            }
        }

        boolean atEnd() {
            return at == tokens.size();
        }

        private String peek() {
            return at < tokens.size() ? tokens.get(at) : "";
        }

        private String peek(int ahead) {
            return at + ahead < tokens.size() ? tokens.get(at + ahead) : "";
        }

        private String next() {
            if (at >= tokens.size()) {
                throw new IllegalArgumentException("unexpected end");
            }
            return tokens.get(at++);
        }

        private void expect(String token) {
            if (!next().equals(token)) {
                throw new IllegalArgumentException("expected " + token);
            }
        }

        private String text(int fromToken) {
            return source.substring(starts.get(fromToken), ends.get(at - 1)).strip();
        }

        Expr expression() {
            int from = at;
            Expr test = or();
            if (peek().equals("?")) {
                next();
                Expr then = expression();
                expect(":");
                Expr otherwise = expression();
                return new Conditional(text(from), test, then, otherwise);
            }
            return test;
        }

        private Expr or() {
            int from = at;
            Expr left = and();
            while (peek().equals("||")) {
                next();
                Expr right = and();
                left = new Binary(text(from), "||", left, right);
            }
            return left;
        }

        private Expr and() {
            int from = at;
            Expr left = comparison();
            while (peek().equals("&&")) {
                next();
                Expr right = comparison();
                left = new Binary(text(from), "&&", left, right);
            }
            return left;
        }

        private Expr comparison() {
            int from = at;
            Expr left = additive();
            while (COMPARISONS.contains(peek())) {
                String op = next();
                Expr right = additive();
                left = new Binary(text(from), op, left, right);
            }
            if (peek().matches("matches|contains|memberOf|excludes|soundslike|in|not|str|instanceof")) {
                throw new IllegalArgumentException("operator " + peek() + " is not evaluated");
            }
            return left;
        }

        private Expr additive() {
            int from = at;
            Expr left = multiplicative();
            while (peek().equals("+") || peek().equals("-")) {
                String op = next();
                Expr right = multiplicative();
                left = new Binary(text(from), op, left, right);
            }
            return left;
        }

        private Expr multiplicative() {
            int from = at;
            Expr left = unary();
            while (peek().equals("*") || peek().equals("/") || peek().equals("%")) {
                String op = next();
                Expr right = unary();
                left = new Binary(text(from), op, left, right);
            }
            return left;
        }

        private Expr unary() {
            int from = at;
            if (peek().equals("!") || peek().equals("-")) {
                String op = next();
                Expr operand = unary();
                return new Unary(text(from), op, operand);
            }
            if (peek().equals("(") && isCast()) {
                next();
                String type = next();
                expect(")");
                Expr operand = unary();
                return new Cast(text(from), type, operand);
            }
            return postfix();
        }

        private boolean isCast() {
            String type = peek(1);
            if (!peek(2).equals(")") || type.isEmpty()) {
                return false;
            }
            if (PRIMITIVES.contains(type)) {
                return true;
            }
            String after = peek(3);
            return Character.isUpperCase(type.charAt(0)) && !after.isEmpty()
                    && (Character.isJavaIdentifierStart(after.charAt(0)) || after.equals("(") || Character.isDigit(after.charAt(0)));
        }

        private Expr postfix() {
            int from = at;
            Expr expr = primary();
            while (peek().equals(".") || peek().equals("[")) {
                if (next().equals("[")) {
                    throw new IllegalArgumentException("indexing is not evaluated");
                }
                String name = next();
                if (!Character.isJavaIdentifierStart(name.charAt(0))) {
                    throw new IllegalArgumentException("expected a name after .");
                }
                if (peek().equals("(")) {
                    List<Expr> args = arguments();
                    expr = new Call(text(from), expr, name, args);
                } else {
                    expr = new Member(text(from), expr, name);
                }
            }
            return expr;
        }

        private List<Expr> arguments() {
            expect("(");
            List<Expr> args = new ArrayList<>();
            if (peek().equals(")")) {
                next();
                return args;
            }
            while (true) {
                args.add(expression());
                String separator = next();
                if (separator.equals(")")) {
                    return args;
                }
                if (!separator.equals(",")) {
                    throw new IllegalArgumentException("expected , or )");
                }
            }
        }

        private Expr primary() {
            int from = at;
            String token = next();
            char first = token.charAt(0);
            if (token.equals("(")) {
                Expr inner = expression();
                expect(")");
                return inner;
            }
            if (first == '"') {
                return new Literal(token, unescape(token.substring(1, token.length() - 1)));
            }
            if (first == '\'') {
                String body = unescape(token.substring(1, token.length() - 1));
                return new Literal(token, body.length() == 1 ? (Object) body.charAt(0) : body);
            }
            if (Character.isDigit(first)) {
                return new Literal(token, number(token));
            }
            if (token.equals("new")) {
                StringBuilder type = new StringBuilder(next());
                while (peek().equals(".")) {
                    next();
                    type.append('.').append(next());
                }
                List<Expr> args = arguments();
                return new New(text(from), type.toString(), args);
            }
            if (token.equals("true") || token.equals("false")) {
                return new Literal(token, Boolean.valueOf(token));
            }
            if (token.equals("null")) {
                return new Literal(token, null);
            }
            if (Character.isJavaIdentifierStart(first)) {
                if (peek().equals("(")) {
                    List<Expr> args = arguments();
                    return new Call(text(from), null, token, args);
                }
                return new Name(token, token);
            }
            throw new IllegalArgumentException("unexpected " + token);
        }

        private static Object number(String token) {
            String digits = token.replace("_", "");
            char last = Character.toLowerCase(digits.charAt(digits.length() - 1));
            if (last == 'd' || last == 'f' || digits.contains(".") || digits.contains("e") || digits.contains("E")) {
                return Double.valueOf(last == 'd' || last == 'f' ? digits.substring(0, digits.length() - 1) : digits);
            }
            if (last == 'l') {
                return Long.valueOf(digits.substring(0, digits.length() - 1));
            }
            long value = Long.parseLong(digits);
            return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
        }

        private static String unescape(String body) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\\' && i + 1 < body.length()) {
                    char e = body.charAt(++i);
                    out.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> e;
                    });
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
