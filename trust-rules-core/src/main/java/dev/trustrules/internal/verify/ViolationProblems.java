package dev.trustrules.internal.verify;

import dev.trustrules.Problem;
import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.ParsedPolicy.Item;
import dev.trustrules.internal.compile.ParsedPolicy.Place;
import dev.trustrules.internal.verify.BytecodeVerifier.Report;
import dev.trustrules.internal.verify.BytecodeVerifier.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports what the {@link BytecodeVerifier} found at the rule, function or declared type of the rule
 * files that caused it, with why it is refused and what to do instead.
 */
public final class ViolationProblems {
    /** Where the allowlist is explained to analysts. */
    static final String SEE = " (see \"What rules may call\" in docs/policy-authoring.md)";

    private ViolationProblems() {}

    /** One error per distinct violation and place, in file and line order. */
    public static List<Problem> of(Report report, ParsedPolicy parsed) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Violation violation : report.violations()) {
            Item item = owner(violation, report, parsed);
            Place place = item == null ? new Place(packageFile(violation, parsed), 0, 0)
                    : violation.kind() == BytecodeVerifier.Kind.LOOP ? parsed.locateFirst(item, List.of("while", "for", "do"))
                    : violation.kind() == BytecodeVerifier.Kind.LOCAL_CLASS
                    ? parsed.locateFirst(item, List.of("class", "record", "enum", "interface", "new"))
                    : violation.kind() == BytecodeVerifier.Kind.RECURSION ? parsed.locate(item, violation.token(), false)
                    : parsed.locate(item, violation.token());
            String subject = item == null ? "generated class " + violation.className().replace('/', '.')
                    : item.kind().equals("rule") ? "rule \"" + item.name() + "\"" : item.kind() + " " + item.name();
            problems.add(new Problem(place.file(), place.line(), place.column(), Problem.Severity.ERROR,
                    subject + " " + violation.detail() + ", which is not allowed in strict mode: " + why(violation)));
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }

    private static Item owner(Violation violation, Report report, ParsedPolicy parsed) {
        Item item = ownerOf(violation.className(), violation.method(), report, parsed);
        // a local or anonymous class belongs to the rule or function that declares it
        for (String type = violation.className(); item == null && report.enclosingMethod().containsKey(type); ) {
            String enclosing = report.enclosingMethod().get(type);
            int dot = enclosing.lastIndexOf('.');
            type = enclosing.substring(0, dot);
            String method = enclosing.substring(dot + 1);
            item = ownerOf(type, method.isEmpty() ? null : method, report, parsed);
        }
        return item;
    }

    private static Item ownerOf(String className, String method, Report report, ParsedPolicy parsed) {
        // a lambda's body belongs to the method that creates it (a function, a rule's consequence)
        for (int hops = 0; method != null && report.lambdaCaller().containsKey(className + "." + method) && hops < 16; hops++) {
            method = report.lambdaCaller().get(className + "." + method);
        }
        String rule = method == null ? null : report.ruleOfMethod().get(className + "." + method);
        if (rule == null) {
            rule = report.ruleOfClass().get(className);
        }
        String pkg = ParsedPolicy.packageOfClass(className);
        if (rule != null && parsed.rule(pkg, rule) != null) {
            return parsed.rule(pkg, rule);
        }
        String simple = className.substring(className.lastIndexOf('/') + 1);
        if (method != null) {
            Item function = parsed.items().get("function:" + pkg + "." + method);
            if (function != null) {
                return function;
            }
        }
        int dollar = simple.indexOf('$');
        return parsed.items().get("type:" + pkg + "." + (dollar > 0 ? simple.substring(0, dollar) : simple));
    }

    private static String packageFile(Violation violation, ParsedPolicy parsed) {
        String pkg = ParsedPolicy.packageOfClass(violation.className());
        for (var file : parsed.files()) {
            if (pkg.equals(file.packageName()) || pkg.startsWith(file.packageName() + ".")) {
                return parsed.display(file.path());
            }
        }
        return "(policy)";
    }

    private static String why(Violation violation) {
        return switch (violation.kind()) {
            case LOOP -> "policy code may not loop (while, for, do), so that every evaluation ends; "
                    + "let rules match each fact instead";
            case RECURSION -> "policy code may not call itself, so that every evaluation ends";
            case SYNCHRONIZED -> "policy code may not synchronize: it could block every other evaluation";
            case STATIC_STATE -> "policy code may not keep state between evaluations: a decision depends on its request only";
            case LOCAL_CLASS -> "policy code may not declare classes: declare a type with declare ... end, and functions "
                    + "with function";
            case DYNAMIC -> "policy code may not make dynamic calls, which bypass this check" + SEE;
            case NOT_ALLOWED -> reason(violation.detail()) + SEE;
        };
    }

    /** Why a type or member is not allowed, from what the violation names. */
    static String reason(String detail) {
        String d = detail.replace("()", "");
        if (d.matches(".*(\\.now\\b|currentTimeMillis|nanoTime|java\\.time\\.Clock|java\\.util\\.Date|java\\.util\\.Calendar"
                + "|java\\.util\\.GregorianCalendar|java\\.util\\.TimeZone).*")) {
            return "it reads the wall clock, so a replayed decision could differ; compare with the evaluation time "
                    + "(EvaluationTime, inserted in every evaluation) instead";
        }
        if (d.matches(".*(Math\\.random|java\\.util\\.Random|ThreadLocalRandom|SplittableRandom|SecureRandom|randomUUID"
                + "|java\\.util\\.UUID).*")) {
            return "it is random, so a replayed decision could differ";
        }
        if (d.matches(".*\\b(java\\.io|java\\.nio|java\\.net|javax\\.net|java\\.util\\.logging|java\\.sql|javax\\.naming|java\\.rmi"
                + "|javax\\.script|java\\.util\\.zip|java\\.util\\.prefs)\\..*|.*System\\.(out|err|in|console|getenv|getProperty"
                + "|setProperty|getProperties|load|loadLibrary).*")) {
            return "it reaches files, the network, the environment or the logs, and rules may only decide";
        }
        if (d.matches(".*\\b(java\\.lang\\.reflect|java\\.lang\\.invoke|java\\.beans|sun\\.|jdk\\.internal)\\..*"
                + "|.*java\\.lang\\.(Class|ClassLoader|ModuleLayer|Module|ServiceLoader)\\b.*|.*java\\.util\\.ServiceLoader.*"
                + "|.*\\b(getClass|forName)\\b.*")) {
            return "it is reflection, which reaches code the policy may not call";
        }
        if (d.matches(".*\\b(java\\.lang\\.(Thread|ThreadGroup|ThreadLocal|Runtime|ProcessBuilder|Process|ProcessHandle|System|Runnable)"
                + "|java\\.util\\.concurrent|java\\.util\\.Timer)\\b.*")) {
            return "it controls threads, processes or the JVM, and rules may only decide";
        }
        if (d.matches(".*\\borg\\.mvel2\\..*")) {
            return "it runs interpreted code, which this check cannot see";
        }
        if (d.matches(".*\\b(org\\.drools|org\\.kie)\\..*")) {
            return "rules reach the engine only through insert, modify (update) and delete";
        }
        return "it is not on the list of what rules may use";
    }
}
