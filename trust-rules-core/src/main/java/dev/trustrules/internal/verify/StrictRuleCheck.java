package dev.trustrules.internal.verify;

import dev.trustrules.internal.load.PolicySource;

import dev.trustrules.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strict check of an analyst's rule files, run on the DRL text before it is compiled.
 *
 * <p>Errors: imports outside {@code dev.trustrules}, {@code dev.trustrules.facts},
 * {@code dev.trustrules.rules}, {@code java.lang}, {@code java.time} (and its subpackages),
 * {@code java.math} and the policy's own DRL packages; any use of I/O ({@code java.io},
 * {@code java.nio}, {@code java.net}), reflection, threads, {@code System.}, {@code Runtime.},
 * process control or {@code exit(} anywhere in conditions, consequences and functions. Comments and
 * string literals are not searched.
 *
 * <p>Warnings: a rule whose consequence inserts no outcome ({@code GrantEntitlement},
 * {@code DenyEntitlement}, {@code ImposeSanction}, {@code CarryGuarantee}, {@code AssignTier}, {@code AddNote}) and
 * no fact of a type the policy declares (the outcomes' constructors demand an UPPER_SNAKE_CASE reason
 * code, so a rule inserting one has a reason code); a rule name used twice.
 */
public final class StrictRuleCheck {
    private static final Set<String> ALLOWED_PACKAGES = Set.of("dev.trustrules", "dev.trustrules.facts",
            "dev.trustrules.rules", "java.lang", "java.time", "java.math");
    private static final Set<String> OUTCOMES = Set.of("GrantEntitlement", "DenyEntitlement", "ImposeSanction",
            "CarryGuarantee", "AssignTier", "AddNote");

    private record Forbidden(Pattern pattern, String what) {}

    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden(Pattern.compile("\\bjava\\s*\\.\\s*(io|nio|net)\\b"), "I/O (java.io, java.nio, java.net)"),
            new Forbidden(Pattern.compile("\\bjava\\s*\\.\\s*lang\\s*\\.\\s*reflect\\b"), "reflection (java.lang.reflect)"),
            new Forbidden(Pattern.compile("\\bjava\\s*\\.\\s*lang\\s*\\.\\s*invoke\\b"), "reflection (java.lang.invoke)"),
            new Forbidden(Pattern.compile("\\bClass\\s*\\.\\s*forName\\b"), "reflection (Class.forName)"),
            new Forbidden(Pattern.compile("\\bgetClass\\s*\\("), "reflection (getClass())"),
            new Forbidden(Pattern.compile("\\bgetDeclared\\w*\\s*\\("), "reflection (getDeclared...)"),
            new Forbidden(Pattern.compile("\\b(Thread|ThreadLocal|ThreadGroup)\\b"), "threads (Thread)"),
            new Forbidden(Pattern.compile("\\b(Executors?|ExecutorService|ForkJoinPool|CompletableFuture)\\b"),
                    "threads (Executor)"),
            new Forbidden(Pattern.compile("\\bjava\\s*\\.\\s*util\\s*\\.\\s*concurrent\\b"), "threads (java.util.concurrent)"),
            new Forbidden(Pattern.compile("\\bSystem\\s*\\."), "System"),
            new Forbidden(Pattern.compile("\\bRuntime\\s*\\."), "Runtime"),
            new Forbidden(Pattern.compile("\\b(ProcessBuilder|ProcessHandle)\\b"), "process control (ProcessBuilder)"),
            new Forbidden(Pattern.compile("\\b(exit|halt)\\s*\\("), "process control (exit)"));

    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+([\\w.]+)");
    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^[ \\t]*import[ \\t]+(?:(static|function|accumulate)[ \\t]+)?([\\w.]+(?:\\.\\*)?)[ \\t]*;?");
    private static final Pattern DECLARE = Pattern.compile("(?m)^[ \\t]*declare[ \\t]+(?:trait[ \\t]+)?(\\w+)");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(\"([^\"]*)\"|'([^']*)'|(\\w+))");
    private static final Pattern THEN = Pattern.compile("(?m)^[ \\t]*then\\b|\\bthen[ \\t]*$");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end\\b");
    private static final Pattern NEW_TYPE = Pattern.compile("\\bnew\\s+([\\w.]+)\\s*\\(");

    private StrictRuleCheck() {}

    /** Every problem the strict check finds in the source's DRL files, in file and line order. */
    public static List<Problem> check(PolicySource source) {
        Map<String, DrlText> files = new LinkedHashMap<>();
        source.ruleFiles().forEach((path, bytes) -> {
            if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".drl")) {
                files.put(path, new DrlText(new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        Set<String> ownPackages = new HashSet<>();
        Set<String> declared = new HashSet<>();
        for (DrlText drl : files.values()) {
            Matcher m = PACKAGE.matcher(drl.code);
            if (m.find()) {
                ownPackages.add(m.group(1));
            }
            Matcher d = DECLARE.matcher(drl.code);
            while (d.find()) {
                declared.add(d.group(1));
            }
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> ruleNames = new LinkedHashMap<>();
        files.forEach((path, drl) -> {
            checkImports(path, drl, ownPackages, problems);
            checkForbidden(path, drl, problems);
            checkRules(path, drl, declared, ruleNames, problems);
        });
        problems.sort(java.util.Comparator.comparing(Problem::severity).thenComparing(Problem::file)
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }

    private static void checkImports(String path, DrlText drl, Set<String> ownPackages, List<Problem> problems) {
        Matcher m = IMPORT.matcher(drl.code);
        while (m.find()) {
            String kind = m.group(1);
            String target = m.group(2);
            String pkg;
            if (target.endsWith(".*")) {
                pkg = target.substring(0, target.length() - 2);
                if ("static".equals(kind) || "function".equals(kind)) {
                    pkg = packageOf(pkg);
                }
            } else {
                pkg = packageOf(target);
                if ("static".equals(kind) || "function".equals(kind)) {
                    pkg = packageOf(pkg);
                }
            }
            boolean allowed = ALLOWED_PACKAGES.contains(pkg) || pkg.startsWith("java.time.") || ownPackages.contains(pkg);
            int at = m.start(2);
            if (!allowed) {
                problems.add(drl.error(path, at, "import " + target + " is not allowed in strict mode: rule files may import "
                        + "only dev.trustrules.*, dev.trustrules.facts.*, dev.trustrules.rules.*, java.lang.*, java.time.*, "
                        + "java.math.* and types declared in the policy's own packages"));
                continue;
            }
            for (Forbidden f : FORBIDDEN) {
                if (f.pattern.matcher(target + "(").find() || f.pattern.matcher(simpleName(target) + ".").find()) {
                    problems.add(drl.error(path, at, "import " + target + " is not allowed in strict mode: " + f.what
                            + " is forbidden in rule files"));
                    break;
                }
            }
        }
    }

    private static void checkForbidden(String path, DrlText drl, List<Problem> problems) {
        String code = drl.withoutImports();
        for (Forbidden f : FORBIDDEN) {
            Matcher m = f.pattern.matcher(code);
            while (m.find()) {
                String found = code.substring(m.start(), m.end()).replaceAll("\\s+", "");
                problems.add(drl.error(path, m.start(), "'" + found + "' is not allowed in strict mode: " + f.what
                        + " is forbidden in rule conditions, consequences and functions"));
            }
        }
    }

    private static void checkRules(String path, DrlText drl, Set<String> declared, Map<String, String> seen,
            List<Problem> problems) {
        Matcher rule = RULE.matcher(drl.code);
        while (rule.find()) {
            int nameAt = rule.start(1);
            String name = rule.group(2) != null ? drl.original.substring(rule.start(2), rule.end(2))
                    : rule.group(3) != null ? drl.original.substring(rule.start(3), rule.end(3)) : rule.group(4);
            String where = path + ":" + drl.line(nameAt);
            String earlier = seen.putIfAbsent(name, where);
            if (earlier != null) {
                problems.add(drl.warning(path, nameAt, "duplicate rule name \"" + name + "\" (first at " + earlier + ")"));
            }
            Matcher end = END.matcher(drl.code);
            if (!end.find(rule.end())) {
                continue;
            }
            Matcher then = THEN.matcher(drl.code);
            then.region(rule.end(), end.start());
            if (!then.find()) {
                continue;
            }
            String consequence = drl.code.substring(then.end(), end.start());
            boolean outcome = false;
            boolean derived = false;
            Matcher created = NEW_TYPE.matcher(consequence);
            while (created.find()) {
                String type = simpleName(created.group(1));
                outcome |= OUTCOMES.contains(type);
                derived |= declared.contains(type);
            }
            if (!outcome && !derived) {
                problems.add(drl.warning(path, nameAt, "rule \"" + name + "\" inserts no outcome with a reason code "
                        + "(GrantEntitlement, DenyEntitlement, ImposeSanction, CarryGuarantee, AssignTier or AddNote)"));
            }
        }
    }

    private static String packageOf(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? "" : qualified.substring(0, dot);
    }

    private static String simpleName(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }

    /**
     * A DRL file's text three ways, all the same length so offsets agree: the original, with comments
     * blanked ({@code withStrings}), and with comments and string literal contents blanked ({@code code}).
     */
    private static final class DrlText {
        final String original;
        final String withStrings;
        final String code;
        private final int[] lineStarts;

        DrlText(String text) {
            this.original = text;
            char[] noComments = text.toCharArray();
            char[] noStrings = text.toCharArray();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                    while (i < n && text.charAt(i) != '\n') {
                        noComments[i] = ' ';
                        noStrings[i] = ' ';
                        i++;
                    }
                } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                    int close = text.indexOf("*/", i + 2);
                    int stop = close < 0 ? n : close + 2;
                    for (; i < stop; i++) {
                        if (text.charAt(i) != '\n') {
                            noComments[i] = ' ';
                            noStrings[i] = ' ';
                        }
                    }
                } else if (c == '"' || c == '\'') {
                    i++;
                    while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                        if (text.charAt(i) == '\\' && i + 1 < n) {
                            noStrings[i] = ' ';
                            i++;
                        }
                        noStrings[i] = ' ';
                        i++;
                    }
                    i++;
                } else {
                    i++;
                }
            }
            this.withStrings = new String(noComments);
            this.code = new String(noStrings);
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int k = 0; k < n; k++) {
                if (text.charAt(k) == '\n') {
                    starts.add(k + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The code with import lines blanked (imports are checked on their own). */
        String withoutImports() {
            char[] chars = code.toCharArray();
            Matcher m = IMPORT.matcher(code);
            while (m.find()) {
                Arrays.fill(chars, m.start(), m.end(), ' ');
            }
            return new String(chars);
        }

        int line(int offset) {
            int index = Arrays.binarySearch(lineStarts, offset);
            return index >= 0 ? index + 1 : -index - 1;
        }

        int column(int offset) {
            return offset - lineStarts[line(offset) - 1] + 1;
        }

        Problem error(String path, int offset, String message) {
            return new Problem(path, line(offset), column(offset), Problem.Severity.ERROR, message);
        }

        Problem warning(String path, int offset, String message) {
            return new Problem(path, line(offset), column(offset), Problem.Severity.WARNING, message);
        }
    }
}
