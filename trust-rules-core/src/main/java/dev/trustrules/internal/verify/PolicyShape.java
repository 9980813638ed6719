package dev.trustrules.internal.verify;

import dev.trustrules.Problem;
import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.ParsedPolicy.Item;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import dev.trustrules.internal.compile.ParsedPolicy.Place;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;

/**
 * The strict check of what a policy's rule files are made of, before they are compiled: an allowlist
 * of DRL constructs. Refused: attributes that read the clock ({@code timer}, {@code calendars},
 * {@code duration}, {@code date-effective}, {@code date-expires}), a salience that is not a whole
 * number, queries, entry points, windows, events and traits, imported accumulate functions and
 * accumulate with inline code. Warned: a rule that inserts no outcome with a reason code, a rule name
 * used twice, a {@code modify}/{@code update} of a matched fact in a rule without {@code no-loop}.
 * What the rules' code may call is checked on the compiled classes ({@link BytecodeVerifier}).
 */
public final class PolicyShape {
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus", "enabled", "dialect");
    private static final Set<String> CLOCK_ATTRIBUTES = Set.of("timer", "calendars", "duration", "date-effective", "date-expires");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average", "collectList",
            "collectSet");
    private static final Set<String> TIME_ANNOTATIONS = Set.of("role", "timestamp", "duration", "expires");
    private static final Set<String> OUTCOMES = Set.of("GrantEntitlement", "DenyEntitlement", "ImposeSanction", "CarryGuarantee",
            "AssignTier", "AddNote", "AssignStanding", "AssignTraffic");
    private static final Pattern NEW_TYPE = Pattern.compile("\\bnew\\s+([\\w.]+)\\s*\\(");
    private static final Pattern MODIFY = Pattern.compile("\\b(modify|update)\\s*\\(");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    /** A declared field's default: a literal or an enum constant, nothing that runs code. */
    private static final Pattern CONSTANT = Pattern.compile("-?\\d[\\d_]*(\\.\\d+)?[lLdDfF]?|\"(?:[^\"\\\\\\n]|\\\\[ntr\"\\\\])*\"|'.'"
            + "|true|false|null|[A-Z][\\w$]*(\\.[A-Z][\\w$]*)+");
    private static final String MVEL = "dialect \"mvel\" is not allowed in strict mode: write conditions and consequences "
            + "in the default dialect (java), which the sandbox verifies";

    private PolicyShape() {}

    /**
     * The problems of {@code parsed}: errors (with {@code strict}) and warnings.
     *
     * @param strict whether to report the constructs a strict policy may not use; warnings are reported either way
     */
    public static List<Problem> check(ParsedPolicy parsed, boolean strict) {
        List<Problem> problems = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (ParsedFile file : parsed.files()) {
            for (AbstractClassTypeDeclarationDescr type : file.descr().getClassAndEnumDeclarationDescrs()) {
                declared.add(type.getTypeName());
            }
        }
        Map<String, Place> names = new LinkedHashMap<>();
        for (ParsedFile file : parsed.files()) {
            String shown = parsed.display(file.path());
            if (strict) {
                checkPackage(parsed, file, shown, problems);
            }
            for (RuleDescr rule : file.descr().getRules()) {
                Item item = new Item(file, rule instanceof QueryDescr ? "query" : "rule", rule.getName(), Math.max(1, rule.getLine()),
                        Math.max(0, rule.getColumn()) + 1, Math.max(rule.getLine(), rule.getEndLine()));
                Place at = parsed.locate(item, "\"" + rule.getName() + "\"");
                if (strict) {
                    checkRule(parsed, item, rule, at, problems);
                }
                warnings(parsed, item, rule, at, declared, names, problems);
            }
        }
        return problems;
    }

    private static void checkPackage(ParsedPolicy parsed, ParsedFile file, String shown, List<Problem> problems) {
        var descr = file.descr();
        for (AttributeDescr attribute : descr.getAttributes()) {
            if (CLOCK_ATTRIBUTES.contains(attribute.getName())) {
                problems.add(error(shown, attribute.getLine(), attribute.getColumn() + 1, clockAttribute(attribute.getName())));
            }
        }
        descr.getAccumulateImports().forEach(imported -> problems.add(error(shown, imported.getLine(), imported.getColumn() + 1,
                "import accumulate " + imported.getTarget() + " is not allowed: custom accumulate functions run code outside the "
                        + "policy; use count, sum, min, max, average, collectList or collectSet")));
        descr.getEntryPointDeclarations().forEach(entry -> problems.add(error(shown, entry.getLine(), entry.getColumn() + 1,
                "declare entry-point is not allowed: a policy decides the facts of one request, inserted by trust-rules")));
        descr.getWindowDeclarations().forEach(window -> problems.add(error(shown, window.getLine(), window.getColumn() + 1,
                "declare window is not allowed: windows are over time, and a decision may not depend on the clock")));
        for (AttributeDescr attribute : descr.getAttributes()) {
            if (attribute.getName().equals("dialect") && !"java".equals(attribute.getValue().strip())) {
                problems.add(error(shown, attribute.getLine(), attribute.getColumn() + 1, MVEL));
            }
        }
        java.util.Set<String> declaredNames = new java.util.HashSet<>();
        parsed.files().forEach(f -> f.descr().getClassAndEnumDeclarationDescrs().forEach(t -> declaredNames.add(t.getTypeName())));
        for (var enumType : descr.getEnumDeclarations()) {
            Item declared = parsed.items().get("type:" + file.packageName() + "." + enumType.getTypeName());
            for (var literal : enumType.getLiterals()) {
                for (String argument : literal.getConstructorArgs()) {
                    if (!CONSTANT.matcher(argument.strip()).matches()) {
                        Place at = declared == null ? new Place(shown, enumType.getLine(), 0) : parsed.locate(declared, literal.getName());
                        problems.add(error(at, "declare enum " + enumType.getTypeName() + ": " + literal.getName() + " is built from "
                                + "computed values (" + abbreviate(argument.strip()) + "); an enum constant's values are constants: "
                                + "numbers, texts in quotes, true, false, null or other enum constants"));
                    }
                }
            }
        }
        for (TypeDeclarationDescr type : descr.getTypeDeclarations()) {
            Item declared = parsed.items().get("type:" + file.packageName() + "." + type.getTypeName());
            for (var superType : type.getSuperTypes()) {
                String name = superType.getName().substring(superType.getName().lastIndexOf('.') + 1);
                if (!declaredNames.contains(name) && !name.equals("Object")) {
                    Place at = declared == null ? new Place(shown, type.getLine(), 0) : parsed.locate(declared, "extends");
                    problems.add(error(at, "declare " + type.getTypeName() + " extends " + superType.getName() + ": a declared "
                            + "type may extend only another type the policy declares"));
                }
            }
            for (var field : type.getFields().entrySet()) {
                String init = field.getValue().getInitExpr();
                if (init != null && !init.isBlank() && !CONSTANT.matcher(init.strip()).matches()) {
                    Place at = declared == null ? new Place(shown, type.getLine(), 0) : parsed.locate(declared, field.getKey());
                    problems.add(error(at, "declare " + type.getTypeName() + ": the default of " + field.getKey() + " is computed ("
                            + abbreviate(init.strip()) + "); a default is a constant: a number, a text in quotes, true, false, "
                            + "null or an enum constant (Type.NAME)"));
                }
            }
            if (type.isTrait()) {
                problems.add(error(shown, type.getLine(), type.getColumn() + 1, "declare trait " + type.getTypeName()
                        + " is not allowed: declare a plain type"));
            }
            for (AnnotationDescr annotation : type.getAnnotations()) {
                if (TIME_ANNOTATIONS.contains(annotation.getName().toLowerCase(Locale.ROOT))) {
                    problems.add(error(shown, annotation.getLine() > 0 ? annotation.getLine() : type.getLine(), 0, "declare "
                            + type.getTypeName() + " has @" + annotation.getName() + ", which makes it an event in time: a "
                            + "decision may not depend on the clock; declare a plain type"));
                }
            }
        }
        if (descr.getUnit() != null) {
            problems.add(error(shown, descr.getUnit().getLine(), 0, "rule units are not allowed: write plain rules"));
        }
    }

    private static void checkRule(ParsedPolicy parsed, Item item, RuleDescr rule, Place at, List<Problem> problems) {
        String what = item.kind() + " \"" + item.name() + "\"";
        if (rule instanceof QueryDescr) {
            problems.add(error(at, what + " is a query: queries are not decisions and may call themselves without end; "
                    + "write it as a rule that inserts a fact"));
            return;
        }
        for (Map.Entry<String, AttributeDescr> attribute : rule.getAttributes().entrySet()) {
            String name = attribute.getKey();
            Place place = parsed.locate(item, name);
            if (name.equals("dialect") && !"java".equals(attribute.getValue().getValue().strip())) {
                problems.add(error(place, what + ": " + MVEL));
            } else if (CLOCK_ATTRIBUTES.contains(name)) {
                problems.add(error(place, what + ": " + clockAttribute(name)));
            } else if (!ATTRIBUTES.contains(name)) {
                problems.add(error(place, what + " has the attribute " + name + ", which strict policies may not use; they may use "
                        + "salience, no-loop, lock-on-active, agenda-group, activation-group, ruleflow-group, auto-focus, enabled "
                        + "and dialect"));
            } else if (name.equals("salience") && !INTEGER.matcher(attribute.getValue().getValue().strip()).matches()) {
                problems.add(error(place, what + " has salience " + attribute.getValue().getValue().strip()
                        + ": a salience is a whole number, the same for every evaluation (for example salience 10)"));
            } else if (name.equals("enabled") && !attribute.getValue().getValue().strip().matches("true|false")) {
                problems.add(error(place, what + " has enabled " + attribute.getValue().getValue().strip()
                        + ": enabled is true or false"));
            }
        }
        walk(parsed, item, rule.getLhs(), problems);
    }

    private static void walk(ParsedPolicy parsed, Item item, BaseDescr descr, List<Problem> problems) {
        String what = item.kind() + " \"" + item.name() + "\"";
        if (descr instanceof EvalDescr eval && eval.getContent() != null && !eval.getContent().toString().contains("$")) {
            problems.add(warning(parsed.locate(item, "eval"), what + " has an eval that reads no bound variable ($x): "
                    + "the executable model computes it once, when the policy is built, not at each evaluation; "
                    + "bind the facts it depends on"));
        }
        if (descr instanceof PatternDescr pattern) {
            if (!pattern.getBehaviors().isEmpty()) {
                problems.add(error(parsed.locate(item, "over"), what + " uses a sliding window (over window:...): windows are "
                        + "over time, and a decision may not depend on the clock"));
            }
            if (pattern.getSource() != null) {
                walk(parsed, item, pattern.getSource(), problems);
            }
        } else if (descr instanceof EntryPointDescr) {
            problems.add(error(parsed.locate(item, "entry-point"), what + " matches facts from an entry point: a policy decides "
                    + "the facts of one request, inserted by trust-rules"));
        } else if (descr instanceof WindowReferenceDescr) {
            problems.add(error(parsed.locate(item, "window"), what + " matches facts from a window: windows are over time, and a "
                    + "decision may not depend on the clock"));
        } else if (descr instanceof AccumulateDescr accumulate) {
            if (!accumulate.isExternalFunction()) {
                problems.add(error(parsed.locate(item, "accumulate"), what + " accumulates with inline code (init, action, "
                        + "result): use count, sum, min, max, average, collectList or collectSet"));
            } else {
                for (var function : accumulate.getFunctions()) {
                    if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                        problems.add(error(parsed.locate(item, function.getFunction()), what + " accumulates with "
                                + function.getFunction() + ", which is not built in: use count, sum, min, max, average, "
                                + "collectList or collectSet"));
                    }
                }
            }
            if (accumulate.getInput() != null) {
                walk(parsed, item, accumulate.getInput(), problems);
            }
        }
        if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                walk(parsed, item, child, problems);
            }
        }
    }

    private static void warnings(ParsedPolicy parsed, Item item, RuleDescr rule, Place at, Set<String> declared,
            Map<String, Place> names, List<Problem> problems) {
        if (rule instanceof QueryDescr) {
            return;
        }
        Place earlier = names.putIfAbsent(rule.getName(), at);
        if (earlier != null) {
            problems.add(warning(at, "duplicate rule name \"" + rule.getName() + "\" (first at " + earlier.file() + ":"
                    + earlier.line() + ")"));
        }
        String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        boolean outcome = false;
        Matcher created = NEW_TYPE.matcher(consequence);
        while (created.find()) {
            String type = created.group(1).substring(created.group(1).lastIndexOf('.') + 1);
            outcome |= OUTCOMES.contains(type) || declared.contains(type);
        }
        if (!outcome && !item.file().isTable()) { // a table row without an action documents a case that decides nothing
            problems.add(warning(at, "rule \"" + rule.getName() + "\" inserts no outcome with a reason code "
                    + "(GrantEntitlement, DenyEntitlement, ImposeSanction, CarryGuarantee, AssignTier, AssignStanding, AssignTraffic or AddNote)"));
        }
        Matcher modify = MODIFY.matcher(consequence);
        if (modify.find() && !rule.getAttributes().containsKey("no-loop") && !rule.getAttributes().containsKey("lock-on-active")) {
            problems.add(warning(parsed.locate(item, modify.group(1)), "rule \"" + rule.getName() + "\" changes a fact with "
                    + modify.group(1) + " but has no no-loop: if its conditions still match the changed fact it fires again, "
                    + "up to the firing cap; add no-loop (or lock-on-active)"));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String clockAttribute(String name) {
        return name + " is not allowed: it makes a rule depend on the clock, so a replayed decision could differ; compare "
                + "with the evaluation time (EvaluationTime) in a condition, or ship a new policy version with an effectiveFrom";
    }

    private static Problem error(String file, int line, int column, String message) {
        return new Problem(file, line, column, Problem.Severity.ERROR, message);
    }

    private static Problem error(Place at, String message) {
        return new Problem(at.file(), at.line(), at.column(), Problem.Severity.ERROR, message);
    }

    private static Problem warning(Place at, String message) {
        return new Problem(at.file(), at.line(), at.column(), Problem.Severity.WARNING, message);
    }
}
