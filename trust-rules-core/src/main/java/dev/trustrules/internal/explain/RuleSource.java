package dev.trustrules.internal.explain;

import dev.trustrules.TrustRequest;
import dev.trustrules.rules.ClaimedEntitlement;
import dev.trustrules.rules.EvaluationTime;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading a rule's text against one of its matches: which fact each pattern matched, what a fact is
 * called in the JSON form ({@code order}, {@code claim}), the constructor calls and local variables of a
 * consequence.
 */
final class RuleSource {
    private static final Pattern LOCAL = Pattern.compile(
            "(?:^|[;{}\\s])(?:final\\s+)?(?:long|int|double|boolean|var|Long|Integer|Double|Boolean|String)\\s+([A-Za-z_][\\w$]*)\\s*=\\s*([^;]+);");

    /** The names of the request's facts in the JSON form, by class. */
    private static final Map<Class<?>, String> FACT_NAMES = factNames();

    private RuleSource() {}

    private static Map<Class<?>, String> factNames() {
        Map<Class<?>, String> names = new HashMap<>();
        for (RecordComponent component : TrustRequest.class.getRecordComponents()) {
            names.put(component.getType(), component.getName());
        }
        names.put(EvaluationTime.class, "evaluationTime");
        names.put(ClaimedEntitlement.class, "claimedEntitlement");
        return Map.copyOf(names);
    }

    /** The classes of the facts the engine inserts from a request. */
    static java.util.Set<Class<?>> inputTypes() {
        return FACT_NAMES.keySet();
    }

    /** What a fact of {@code type} is called: its field in the request ({@code claim}), else its type's name, decapitalised. */
    static String factName(Class<?> type) {
        String name = FACT_NAMES.get(type);
        if (name != null) {
            return name;
        }
        String simple = type.getSimpleName();
        return simple.isEmpty() ? type.getName() : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /**
     * The fact each top-level pattern of {@code rule} matched, by element index, from a match's objects (in
     * pattern order); patterns that cannot be told apart are left out.
     */
    static Map<Integer, Object> factsOf(RuleText rule, List<Object> objects, Function<String, Class<?>> types) {
        Map<Integer, Object> facts = new LinkedHashMap<>();
        int next = 0;
        for (RuleText.Element element : rule.elements) {
            if (!(element instanceof RuleText.PatternElement pattern)) {
                continue;
            }
            Class<?> type = types.apply(pattern.type());
            for (int i = next; i < objects.size(); i++) {
                Object candidate = objects.get(i);
                if (candidate != null && (type != null ? type.isInstance(candidate)
                        : candidate.getClass().getSimpleName().equals(pattern.type()))) {
                    facts.put(pattern.index(), candidate);
                    next = i + 1;
                    break;
                }
            }
        }
        return facts;
    }

    /** The calls {@code new Type(...)} in {@code code}, parsed, in order; {@code type} is a simple name. */
    static List<Expr.New> constructions(String code, String type) {
        List<Expr.New> found = new ArrayList<>();
        Matcher start = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?" + Pattern.quote(type) + "\\s*\\(").matcher(code);
        while (start.find()) {
            int close = closing(code, start.end() - 1);
            if (close > 0 && Expr.parse(code.substring(start.start(), close + 1)) instanceof Expr.New created) {
                found.add(created);
            }
        }
        return found;
    }

    /** The local variables a consequence declares with their initial expressions, by name. */
    static Map<String, String> locals(String code) {
        Map<String, String> locals = new LinkedHashMap<>();
        Matcher m = LOCAL.matcher(code);
        while (m.find()) {
            locals.putIfAbsent(m.group(1), m.group(2).strip());
        }
        return locals;
    }

    /** The index of the bracket closing the one at {@code open}, skipping string literals, or -1. */
    private static int closing(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                for (i++; i < code.length() && code.charAt(i) != c; i++) {
                    if (code.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
