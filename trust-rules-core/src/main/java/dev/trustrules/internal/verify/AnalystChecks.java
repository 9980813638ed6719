package dev.trustrules.internal.verify;

import dev.trustrules.Problem;
import dev.trustrules.internal.Vocabulary;
import dev.trustrules.internal.compile.CallArguments;
import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.ParsedPolicy.Item;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import dev.trustrules.internal.compile.ParsedPolicy.Place;
import dev.trustrules.internal.compile.Suggestions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;

/**
 * The mistakes an analyst makes that compile and silently change payouts, or that the compiler reports
 * badly, caught before compiling, each at the file and line with a fix in plain words: an unknown fact
 * type, field or enum constant (with "did you mean"), text compared with a number or a yes/no field, a
 * decimal amount where fen are expected, a reason code that is not an UPPER_SNAKE_CASE code.
 */
public final class AnalystChecks {
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|\\d[\\d_]*(?:\\.\\d+)?[lLdDfF]?|[A-Za-z_$][\\w$]*"
                    + "|==|!=|<=|>=|&&|\\|\\||[<>(),.:!?+\\-*/%\\[\\]{}=;]");
    private static final Set<String> WORDS = Set.of("null", "true", "false", "this", "instanceof", "matches", "contains",
            "memberOf", "in", "not", "soundslike", "str", "excludes", "new", "return", "if", "else", "int", "long", "double",
            "boolean", "String", "var", "final", "drools", "kcontext", "insert", "insertLogical", "update", "modify", "delete",
            "retract", "from", "over", "window", "collect", "accumulate", "init", "action", "reverse", "result", "length");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** The outcome types and the index of their reason code argument. */
    private static final Map<String, Integer> REASON_ARGUMENT = Map.of("GrantEntitlement", 1, "DenyEntitlement", 1,
            "ImposeSanction", 1, "CarryGuarantee", 1, "AssignTier", 1, "AddNote", 0, "AssignStanding", 3, "AssignTraffic", 3);

    private final ParsedPolicy parsed;
    private final Map<String, TypeInfo> declared = new HashMap<>();
    private final Set<String> globals = new HashSet<>();
    private final Set<String> functions = new HashSet<>();
    private final Set<Problem> problems = new LinkedHashSet<>();

    /** What a rule can read of a type: its fields and methods with their types ({@code null} type: unknown). */
    private record TypeInfo(String name, Map<String, String> fields, Set<String> methods, List<String> constants) {
        boolean isEnum() {
            return !constants.isEmpty();
        }

        List<String> readable() {
            List<String> names = new ArrayList<>(fields.keySet());
            names.addAll(methods);
            return names;
        }
    }

    private AnalystChecks(ParsedPolicy parsed) {
        this.parsed = parsed;
    }

    /** The mistakes found in {@code parsed}, errors in file and line order. */
    public static List<Problem> check(ParsedPolicy parsed) {
        AnalystChecks checks = new AnalystChecks(parsed);
        checks.collectDeclarations();
        for (ParsedFile file : parsed.files()) {
            checks.checkFile(file);
        }
        List<Problem> sorted = new ArrayList<>(checks.problems);
        sorted.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }

    private void collectDeclarations() {
        for (ParsedFile file : parsed.files()) {
            for (GlobalDescr global : file.descr().getGlobals()) {
                globals.add(global.getIdentifier());
            }
            file.descr().getFunctions().forEach(f -> functions.add(f.getName()));
            for (AbstractClassTypeDeclarationDescr type : file.descr().getClassAndEnumDeclarationDescrs()) {
                Map<String, String> fields = new LinkedHashMap<>();
                type.getFields().forEach((name, field) -> fields.put(name, field.getPattern() == null ? null : field.getPattern().getObjectType()));
                List<String> constants = new ArrayList<>();
                if (type instanceof EnumDeclarationDescr enumType) {
                    for (EnumLiteralDescr literal : enumType.getLiterals()) {
                        constants.add(literal.getName());
                    }
                }
                TypeInfo info = new TypeInfo(type.getTypeName(), fields, Set.of(), constants);
                declared.put(file.packageName() + "." + type.getTypeName(), info);
            }
        }
    }

    private void checkFile(ParsedFile file) {
        for (AbstractClassTypeDeclarationDescr type : file.descr().getClassAndEnumDeclarationDescrs()) {
            if (type instanceof TypeDeclarationDescr typeDescr) {
                checkDefaults(file, typeDescr);
            }
        }
        for (RuleDescr rule : file.descr().getRules()) {
            if (rule instanceof QueryDescr) {
                continue;
            }
            Item item = parsed.rule(rule.getName());
            if (item == null || item.file() != file) {
                item = new Item(file, "rule", rule.getName(), Math.max(1, rule.getLine()), Math.max(0, rule.getColumn()) + 1,
                        Math.max(rule.getLine(), rule.getEndLine()));
            }
            Set<String> bindings = new HashSet<>();
            collectBindings(rule.getLhs(), bindings);
            walk(file, item, rule.getLhs(), bindings);
            String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
            List<String> tokens = tokens(consequence);
            checkEnumConstants(file, item, tokens);
            checkReasonCodes(item, tokens);
        }
    }

    private static void collectBindings(BaseDescr descr, Set<String> bindings) {
        if (descr instanceof PatternDescr pattern) {
            bindings.addAll(pattern.getAllBoundIdentifiers());
            if (pattern.getIdentifier() != null) {
                bindings.add(pattern.getIdentifier());
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    Matcher bound = Pattern.compile("([$\\w]+)\\s*:(?!=)").matcher(expression.getExpression());
                    while (bound.find()) {
                        bindings.add(bound.group(1));
                    }
                }
            }
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                accumulate.getFunctions().forEach(f -> {
                    if (f.getBind() != null) {
                        bindings.add(f.getBind());
                    }
                });
                if (accumulate.getInput() != null) {
                    collectBindings(accumulate.getInput(), bindings);
                }
            }
        }
        if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                collectBindings(child, bindings);
            }
        }
    }

    private void walk(ParsedFile file, Item item, BaseDescr descr, Set<String> bindings) {
        if (descr instanceof PatternDescr pattern) {
            checkPattern(file, item, pattern, bindings);
            if (pattern.getSource() instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
                walk(file, item, accumulate.getInput(), bindings);
            }
        }
        if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                walk(file, item, child, bindings);
            }
        }
    }

    private void checkPattern(ParsedFile file, Item item, PatternDescr pattern, Set<String> bindings) {
        String typeName = pattern.getObjectType();
        if (typeName == null || pattern.isQuery()) {
            return;
        }
        boolean fromSource = pattern.getSource() instanceof FromDescr || pattern.getSource() instanceof AccumulateDescr;
        TypeInfo type = resolve(file, typeName);
        if (type == null) {
            if (!knownElsewhere(file, typeName) && !fromSource) {
                Set<String> candidates = new LinkedHashSet<>(Vocabulary.simpleNames());
                declared.values().forEach(t -> candidates.add(t.name()));
                error(item, typeName, "unknown fact type " + typeName + Suggestions.didYouMean(simple(typeName), candidates)
                        + ": rules match the facts (dev.trustrules.facts), the rule vocabulary (dev.trustrules.rules) and the "
                        + "types the policy declares; import it or declare it");
            }
            return;
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                checkConstraint(file, item, type, expression.getExpression(), bindings);
            }
        }
    }

    /** A type the file can name although it is not in the vocabulary nor declared (an import of another class). */
    private boolean knownElsewhere(ParsedFile file, String typeName) {
        if (typeName.contains(".")) {
            return true; // a fully qualified name: the compiler reports it if it does not exist
        }
        for (ImportDescr imported : file.descr().getImports()) {
            String target = imported.getTarget();
            if (target.endsWith("." + typeName)
                    || target.endsWith(".*") && exists(target.substring(0, target.length() - 1) + typeName)) {
                return true;
            }
        }
        return exists("java.lang." + typeName);
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, AnalystChecks.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private TypeInfo resolve(ParsedFile file, String typeName) {
        String simple = simple(typeName);
        TypeInfo own = declared.get(file.packageName() + "." + simple);
        if (own != null && !typeName.contains(".")) {
            return own;
        }
        if (typeName.contains(".")) {
            TypeInfo qualified = declared.get(typeName);
            return qualified != null ? qualified : vocabulary(Vocabulary.type(typeName));
        }
        for (ImportDescr imported : file.descr().getImports()) {
            String target = imported.getTarget();
            if (target.endsWith("." + simple)) {
                TypeInfo info = declared.get(target);
                return info != null ? info : vocabulary(Vocabulary.type(target));
            }
            if (target.endsWith(".*")) {
                String pkg = target.substring(0, target.length() - 2);
                TypeInfo info = declared.get(pkg + "." + simple);
                if (info != null) {
                    return info;
                }
                Class<?> type = Vocabulary.type(pkg + "." + simple);
                if (type != null) {
                    return vocabulary(type);
                }
            }
        }
        return null;
    }

    private static TypeInfo vocabulary(Class<?> type) {
        if (type == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Set<String> methods = new HashSet<>();
        List<String> constants = new ArrayList<>();
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), component.getType().getSimpleName());
            }
        }
        for (Method method : type.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class) {
                if (method.getParameterCount() == 0) {
                    fields.putIfAbsent(method.getName(), method.getReturnType().getSimpleName());
                    String bean = beanProperty(method.getName());
                    if (bean != null) {
                        fields.putIfAbsent(bean, method.getReturnType().getSimpleName());
                    }
                }
                methods.add(method.getName());
            }
        }
        return new TypeInfo(type.getSimpleName(), fields, methods, constants);
    }

    private static String beanProperty(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.startsWith(prefix) && method.length() > prefix.length() && Character.isUpperCase(method.charAt(prefix.length()))) {
                return Character.toLowerCase(method.charAt(prefix.length())) + method.substring(prefix.length() + 1);
            }
        }
        return null;
    }

    private void checkConstraint(ParsedFile file, Item item, TypeInfo type, String expression, Set<String> bindings) {
        List<String> tokens = tokens(expression);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!isIdentifier(token) || token.startsWith("$") || WORDS.contains(token)) {
                continue;
            }
            String previous = i > 0 ? tokens.get(i - 1) : "";
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (previous.equals(".") || previous.equals("#") || next.equals(":") || bindings.contains(token)
                    || globals.contains(token) || Character.isUpperCase(token.charAt(0))) {
                continue;
            }
            if (next.equals(".") && qualifiedName(tokens, i)) {
                continue;
            }
            boolean call = next.equals("(");
            if (call ? !type.methods().contains(token) && !type.fields().containsKey(token) && !functions.contains(token)
                    : !type.fields().containsKey(token)) {
                if (type.isEnum() || (type.fields().isEmpty() && type.methods().isEmpty())) {
                    continue;
                }
                error(item, token, type.name() + " has no " + (call ? "method " + token + "()" : "field " + token)
                        + Suggestions.didYouMean(token, type.readable()));
                continue;
            }
            if (call) {
                continue;
            }
            String fieldType = type.fields().get(token);
            checkComparison(item, type, token, fieldType, tokens, i);
        }
        checkEnumConstants(file, item, tokens);
    }

    /** Whether the tokens from {@code at} spell a qualified type name ({@code dev.trustrules.facts.ViolationType}). */
    private boolean qualifiedName(List<String> tokens, int at) {
        StringBuilder prefix = new StringBuilder(tokens.get(at));
        for (int k = at + 1; k + 1 < tokens.size() && tokens.get(k).equals(".") && isIdentifier(tokens.get(k + 1)); k += 2) {
            if (Character.isUpperCase(tokens.get(k + 1).charAt(0))) {
                String pkg = prefix.toString();
                return pkg.matches("(java|javax|jdk|sun|org|com|net|dev)(\\..*)?") || packages().contains(pkg);
            }
            prefix.append('.').append(tokens.get(k + 1));
        }
        return false;
    }

    private Set<String> packages() {
        Set<String> packages = new HashSet<>();
        parsed.files().forEach(f -> packages.add(f.packageName()));
        return packages;
    }

    /** {@code field op literal} (or the reverse) where the literal cannot be what the field holds. */
    private void checkComparison(Item item, TypeInfo type, String field, String fieldType, List<String> tokens, int at) {
        String literal = null;
        if (at + 2 < tokens.size() && COMPARISONS.contains(tokens.get(at + 1))) {
            literal = tokens.get(at + 2);
        } else if (at >= 2 && COMPARISONS.contains(tokens.get(at - 1))) {
            literal = tokens.get(at - 2);
        }
        if (literal == null || fieldType == null) {
            return;
        }
        boolean text = literal.startsWith("\"") || literal.startsWith("'");
        boolean decimal = literal.matches("\\d[\\d_]*\\.\\d+[dDfF]?");
        String kind = fieldType.toLowerCase(java.util.Locale.ROOT);
        boolean numeric = Set.of("long", "int", "short", "byte", "double", "float", "integer").contains(kind);
        boolean yesNo = kind.equals("boolean");
        String what = type.name() + "." + field;
        if (text && yesNo) {
            error(item, field, what + " is yes/no, and " + literal + " is text: write " + field + " == true or " + field
                    + " == false");
        } else if (text && numeric) {
            String digits = literal.replaceAll("[^0-9.]", "");
            String example = field.endsWith("Fen") && !digits.isEmpty() ? fen(digits) : "a number";
            error(item, field, what + " is a number" + (field.endsWith("Fen") ? " of fen (1 CNY = 100 fen)" : "") + ", and "
                    + literal + " is text: write " + example + " without quotes");
        } else if (decimal && field.endsWith("Fen")) {
            error(item, field, "amounts are in fen: " + literal + " CNY is " + fen(literal) + "; write " + what
                    + " against " + fen(literal) + " (whole fen, no decimal point)");
        }
    }

    private static String fen(String cny) {
        try {
            return new java.math.BigDecimal(cny.replaceAll("[dDfF]$", "").replace("_", "")).movePointRight(2)
                    .setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        } catch (NumberFormatException e) {
            return "a whole number of fen";
        }
    }

    private void checkEnumConstants(ParsedFile file, Item item, List<String> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String owner = tokens.get(i);
            if (!isIdentifier(owner) || !Character.isUpperCase(owner.charAt(0)) || !tokens.get(i + 1).equals(".")
                    || (i > 0 && tokens.get(i - 1).equals("."))) {
                continue;
            }
            String constant = tokens.get(i + 2);
            if (!isIdentifier(constant) || !constant.equals(constant.toUpperCase(java.util.Locale.ROOT))
                    || (i + 3 < tokens.size() && tokens.get(i + 3).equals("("))) {
                continue;
            }
            TypeInfo type = resolve(file, owner);
            if (type != null && type.isEnum() && !type.constants().contains(constant)) {
                error(item, constant, owner + " has no constant " + constant + Suggestions.didYouMean(constant, type.constants())
                        + " (it has " + String.join(", ", type.constants()) + ")");
            }
        }
    }

    private void checkReasonCodes(Item item, List<String> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).equals("new") || !REASON_ARGUMENT.containsKey(simple(tokens.get(i + 1)))
                    || !tokens.get(i + 2).equals("(")) {
                continue;
            }
            int wanted = REASON_ARGUMENT.get(simple(tokens.get(i + 1)));
            List<List<String>> arguments = CallArguments.of(tokens, i + 3);
            for (String token : wanted < arguments.size() ? arguments.get(wanted) : List.<String>of()) {
                if (token.startsWith("\"")) {
                    String code = token.substring(1, token.length() - 1);
                    if (!REASON_CODE.matcher(code).matches()) {
                        String fix = code.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                                .replaceAll("^_+|_+$", "");
                        error(item, "\"" + code + "\"", "\"" + code + "\" is not a reason code: a reason code is UPPER_SNAKE_CASE, letters, "
                                + "digits and _ starting with a letter" + (fix.matches("[A-Z][A-Z0-9_]*") ? " (for example \"" + fix
                                + "\")" : "") + "; the words go in the detail");
                    }
                }
            }
        }
    }

    private void checkDefaults(ParsedFile file, TypeDeclarationDescr type) {
        for (Map.Entry<String, TypeFieldDescr> entry : type.getFields().entrySet()) {
            TypeFieldDescr field = entry.getValue();
            String init = field.getInitExpr() == null ? null : field.getInitExpr().strip();
            String fieldType = field.getPattern() == null ? "" : field.getPattern().getObjectType();
            if (init == null || init.isEmpty()) {
                continue;
            }
            Item item = parsed.items().get("type:" + file.packageName() + "." + type.getTypeName());
            if (item == null) {
                continue;
            }
            boolean integral = Set.of("long", "int", "short", "byte").contains(fieldType);
            if (integral && init.matches("-?\\d[\\d_]*\\.\\d+[dDfF]?")) {
                error(item, entry.getKey(), (entry.getKey().endsWith("Fen") ? "amounts are in fen: " + init + " CNY is "
                        + fen(init.replace("-", "")) + "; " : "") + type.getTypeName() + "." + entry.getKey() + " is a whole "
                        + "number (" + fieldType + "), so " + init + " is not a value it can hold");
            } else if ((integral || fieldType.equals("double") || fieldType.equals("boolean")) && init.startsWith("\"")) {
                error(item, entry.getKey(), type.getTypeName() + "." + entry.getKey() + " is " + (fieldType.equals("boolean")
                        ? "yes/no: write true or false" : "a number: write it without quotes") + ", not the text " + init);
            }
        }
    }

    private void error(Item item, String token, String message) {
        Place place = parsed.locate(item, token);
        String subject = item.kind().equals("rule") ? "rule \"" + item.name() + "\": " : item.kind() + " " + item.name() + ": ";
        problems.add(new Problem(place.file(), place.line(), place.column(), Problem.Severity.ERROR, subject + message));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static boolean isIdentifier(String token) {
        return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_' || token.charAt(0) == '$');
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
