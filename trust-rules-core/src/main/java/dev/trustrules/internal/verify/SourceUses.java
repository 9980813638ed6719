package dev.trustrules.internal.verify;

import dev.trustrules.Problem;
import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.ParsedPolicy.Item;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import dev.trustrules.internal.compile.ParsedPolicy.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.ImportDescr;

/**
 * The allowlist applied to the rule text, before anything is compiled: each class a rule or function
 * names, and each member it calls on a class, is looked up in the same {@link Allowlist} the
 * {@link BytecodeVerifier} applies to the compiled code. This is for the message: it names the class
 * and points at its line and column, where the compiler would only say that {@code loadClass} throws
 * a checked exception. It is not the gate: whatever the text hides (unicode escapes, MVEL property
 * syntax) the bytecode check still sees.
 */
public final class SourceUses {
    private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|[A-Za-z_$][\\w$]*|\\S");
    private static final Pattern QUALIFIED_START = Pattern.compile("java|javax|jdk|sun|com|org|net|dev");

    private final ParsedPolicy parsed;
    private final Allowlist allowlist;
    private final Set<String> declared = new HashSet<>();
    private final Map<String, Optional<Class<?>>> classes = new HashMap<>();
    private final Set<Problem> problems = new LinkedHashSet<>();

    private SourceUses(ParsedPolicy parsed, Allowlist allowlist) {
        this.parsed = parsed;
        this.allowlist = allowlist;
        parsed.files().forEach(f -> f.descr().getClassAndEnumDeclarationDescrs().forEach(t -> declared.add(t.getTypeName())));
    }

    /** The uses of types and members outside the allowlist, each at its place. */
    public static List<Problem> check(ParsedPolicy parsed, Allowlist allowlist) {
        SourceUses uses = new SourceUses(parsed, allowlist);
        Set<Item> seen = new HashSet<>();
        for (Item item : parsed.items().values()) {
            if (!item.kind().equals("declare") && seen.add(item) && (!item.file().isTable() || item.file().table() != null)) {
                uses.check(item);
            }
        }
        return new ArrayList<>(uses.problems);
    }

    private void check(Item item) {
        String[] lines = ParsedPolicy.withoutComments(item.file().drl()).split("\\R", -1);
        Map<String, String> staticImports = staticImports(item.file());
        for (int line = item.line(); line <= Math.min(item.endLine(), lines.length); line++) {
            List<int[]> spans = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(lines[line - 1]);
            while (m.find()) {
                tokens.add(m.group());
                spans.add(new int[] {m.start()});
            }
            if (line == item.line()) {
                int name = tokens.indexOf("\"" + item.name() + "\"");
                for (int i = 0; i <= name; i++) {
                    tokens.set(i, " "); // the rule's own name is not code
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                if (!isIdentifier(token) || (i > 0 && tokens.get(i - 1).equals("."))) {
                    continue;
                }
                int column = spans.get(i)[0] + 1;
                boolean constructed = i > 0 && tokens.get(i - 1).equals("new");
                if (Character.isUpperCase(token.charAt(0))) {
                    checkType(item, line, column, resolve(item.file(), token), tokens, spans, i + 1, constructed);
                } else if (QUALIFIED_START.matcher(token).matches() && i + 1 < tokens.size() && tokens.get(i + 1).equals(".")) {
                    StringBuilder name = new StringBuilder(token);
                    int k = i + 1;
                    Class<?> type = null;
                    while (type == null && k + 1 < tokens.size() && tokens.get(k).equals(".") && isIdentifier(tokens.get(k + 1))) {
                        name.append('.').append(tokens.get(k + 1));
                        k += 2;
                        type = load(name.toString());
                    }
                    if (type != null) {
                        checkType(item, line, column, type, tokens, spans, k, constructed);
                    }
                } else if (staticImports.containsKey(token) && i + 1 < tokens.size() && tokens.get(i + 1).equals("(")) {
                    String owner = staticImports.get(token);
                    Class<?> type = load(owner);
                    if (type != null && !allowlist.allowsMember(internal(type), token)) {
                        report(item, line, column, "calls " + type.getName() + "." + token + "()");
                    }
                }
            }
        }
    }

    /** Checks a type named at {@code tokens[next - 1]} and the member after it, if any. */
    private void checkType(Item item, int line, int column, Class<?> type, List<String> tokens, List<int[]> spans, int next,
            boolean constructed) {
        if (type == null || type.isPrimitive()) {
            return;
        }
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        String name = internal(element);
        if (!allowlist.allowsType(name)) {
            report(item, line, column, "uses " + element.getName());
            return;
        }
        if (constructed) {
            if (!allowlist.allowsConstruction(name)) {
                report(item, line, column, "creates a " + element.getName());
            }
        } else if (next + 2 < tokens.size() && tokens.get(next).equals(":") && tokens.get(next + 1).equals(":")) {
            String member = tokens.get(next + 2);
            boolean construct = member.equals("new");
            if (construct ? !allowlist.allowsConstruction(name) : !allowlist.allowsMember(name, member)) {
                report(item, line, column, "refers to " + element.getName() + "." + member + " as a method reference");
            }
        } else if (next + 1 < tokens.size() && tokens.get(next).equals(".") && isIdentifier(tokens.get(next + 1))) {
            String member = tokens.get(next + 1);
            if (member.equals("class")) {
                return;
            }
            boolean call = next + 2 < tokens.size() && tokens.get(next + 2).equals("(");
            if (!allowlist.allowsMember(name, member) && (call || hasField(element, member))) {
                report(item, line, spans.get(next + 1)[0] + 1, (call ? "calls " : "reads ") + element.getName() + "." + member
                        + (call ? "()" : ""));
            }
        }
    }

    private static boolean hasField(Class<?> type, String name) {
        try {
            type.getField(name);
            return true;
        } catch (NoSuchFieldException | LinkageError e) {
            return false;
        }
    }

    private void report(Item item, int line, int column, String detail) {
        String subject = item.kind().equals("rule") ? "rule \"" + item.name() + "\"" : item.kind() + " " + item.name();
        Place place = parsed.place(item.file(), line, column);
        problems.add(new Problem(place.file(), place.line(), place.column(), Problem.Severity.ERROR,
                subject + " " + detail + ", which is not allowed in strict mode: " + ViolationProblems.reason(detail)
                        + ViolationProblems.SEE));
    }

    /** The class a simple name means in a file: declared (none: the policy's own), imported, or java.lang. */
    private Class<?> resolve(ParsedFile file, String simple) {
        if (declared.contains(simple)) {
            return null;
        }
        for (ImportDescr imported : file.descr().getImports()) {
            String target = imported.getTarget();
            if (target.endsWith("." + simple)) {
                return load(target);
            }
        }
        for (ImportDescr imported : file.descr().getImports()) {
            String target = imported.getTarget();
            if (target.endsWith(".*")) {
                Class<?> type = load(target.substring(0, target.length() - 1) + simple);
                if (type != null) {
                    return type;
                }
            }
        }
        return load("java.lang." + simple);
    }

    private Map<String, String> staticImports(ParsedFile file) {
        Map<String, String> members = new HashMap<>();
        for (var imported : file.descr().getFunctionImports()) {
            String target = imported.getTarget();
            int dot = target.lastIndexOf('.');
            if (dot > 0 && !target.endsWith(".*")) {
                members.put(target.substring(dot + 1), target.substring(0, dot));
            }
        }
        for (ImportDescr imported : file.descr().getImports()) {
            String target = imported.getTarget();
            int dot = target.lastIndexOf('.');
            if (dot > 0 && !target.endsWith(".*") && Character.isLowerCase(target.charAt(dot + 1))) {
                members.put(target.substring(dot + 1), target.substring(0, dot));
            }
        }
        return members;
    }

    private Class<?> load(String name) {
        return classes.computeIfAbsent(name, n -> {
            try {
                return Optional.of(Class.forName(n, false, SourceUses.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError | IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static String internal(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    private static boolean isIdentifier(String token) {
        return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_' || token.charAt(0) == '$');
    }
}
