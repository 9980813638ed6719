package dev.trustrules.internal.compile;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import dev.trustrules.internal.compile.ParsedPolicy.Item;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import dev.trustrules.internal.compile.ParsedPolicy.Place;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.memorycompiler.CompilationProblem;

/**
 * Turns what the executable model's generator and the Java compiler say about a failed build into
 * problems at the file and line of the rule (function, declared type) an analyst wrote, in plain
 * words, with "did you mean" from the vocabulary. The first problem of each rule is shown; the rest
 * are its follow-ons.
 */
final class CodegenProblems {
    private static final Pattern RULE_NAME_COMMENT = Pattern.compile("\\*\\s*Rule name: (.+)$");
    private static final Pattern LAMBDA_REFERENCE = Pattern.compile("\\b(Lambda(?:Consequence|Predicate|Extractor)[0-9A-F]+)\\b");
    private static final Pattern RULE_NAMES_CALL = Pattern.compile("addRuleNames\\(\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern STATIC_METHOD = Pattern.compile("^\\s*public static [\\w.<>\\[\\], ]+? (\\w+)\\(");

    private final ParsedPolicy parsed;
    private final Map<String, ParsedFile> compiled;
    private final List<Problem> shown = new ArrayList<>();
    private final List<Problem> followOns = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    CodegenProblems(ParsedPolicy parsed, Map<String, ParsedFile> compiled) {
        this.parsed = parsed;
        this.compiled = compiled;
    }

    /** The problem of a generator that threw instead of reporting: at the code its message quotes, if any file holds it. */
    PolicyBuildException crash(RuntimeException e, Item culprit) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        Place place = culprit == null ? null : parsed.locate(culprit, null);
        Matcher code = Pattern.compile("([\\w$.]+\\([^()]*\\))|([\\w$]+\\.[\\w$.]+)").matcher(message);
        while (place == null && code.find()) {
            place = findText(null, code.group().strip());
        }
        Problem problem = new Problem(place == null ? "(policy)" : place.file(), place == null ? 0 : place.line(),
                place == null ? 0 : place.column(), Problem.Severity.ERROR, (culprit == null ? "" : culprit.kind() + " \""
                        + culprit.name() + "\": ") + "the executable model cannot compile this: "
                        + message + "; write it more plainly (a condition on the fact's fields, a consequence that inserts)");
        return new PolicyBuildException(parsed.source().origin(), List.of(problem));
    }

    PolicyBuildException exception() {
        return new PolicyBuildException(parsed.source().origin(), shown, followOns);
    }

    private void add(String key, Problem problem) {
        (reported.add(key) ? shown : followOns).add(problem);
    }

    // --- errors of the model generator (before any Java is written): unknown types, fields, constants ---

    void addModelError(KnowledgeBuilderResult error) {
        String message = error.getMessage() == null ? "" : error.getMessage().strip();
        String path = error.getResource() == null ? null : error.getResource().getSourcePath();
        ParsedFile file = path == null ? null : compiled.get(path);
        int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : -1;
        Translation translation = consequenceError(message, file, line);
        translation = translation != null ? translation : translateModelError(message, file);
        Place place = translation.place() != null ? translation.place()
                : file == null ? new Place("(policy)", 0, 0)
                : line > 0 ? parsed.place(file, line, 0) : new Place(parsed.display(file.path()), 0, 0);
        String key = ruleAt(file, place.line());
        add(key, new Problem(place.file(), place.line(), place.column(), Problem.Severity.ERROR, translation.text()));
    }

    private record Translation(String text, Place place) {}

    private static final Pattern CONSEQUENCE = Pattern.compile("Unable to parse consequence caused by: \\(line (\\d+),col (\\d+)\\)"
            + "(?: Parse error\\.)? *(?:Found (\"[^\"]*\"))?");

    /**
     * A consequence that is not Java, at the place the Java parser stopped: the generator counts its lines and
     * columns from the rule's {@code then}, and the rule's line is {@code line}.
     */
    private Translation consequenceError(String message, ParsedFile file, int line) {
        Matcher m = CONSEQUENCE.matcher(message);
        if (file == null || line <= 0 || !m.find()) {
            return null;
        }
        RuleDescr rule = null;
        for (RuleDescr candidate : file.descr().getRules()) {
            if (candidate.getLine() <= line && (rule == null || candidate.getLine() > rule.getLine())) {
                rule = candidate;
            }
        }
        if (rule == null || rule.getConsequenceLine() <= 0) {
            return null;
        }
        int consequenceLine = Integer.parseInt(m.group(1));
        int drlLine = rule.getConsequenceLine() + consequenceLine - 1;
        Place place = parsed.place(file, drlLine, consequenceLine == 1 ? 0 : Integer.parseInt(m.group(2)));
        return new Translation("the action cannot be read as Java" + (m.group(3) == null ? "" : ": " + m.group(3)
                + " is not expected there") + "; check its brackets, quotes and the ; after each statement", place);
    }

    private static final Pattern UNKNOWN_CLASS = Pattern.compile("Unable to find class: ([\\w.$]+)");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Unknown field (\\w+) on class ([\\w.$]+)");
    private static final Pattern UNPARSABLE = Pattern.compile("Unable to (?:parse|analy[sz]e) (?:left part of )?expression:? (.+)$");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property (\\w+) (?:on|in) (?:class )?([\\w.$]+)");

    private Translation translateModelError(String message, ParsedFile file) {
        Matcher m = UNKNOWN_CLASS.matcher(message);
        if (m.find()) {
            String type = m.group(1);
            Set<String> candidates = new LinkedHashSet<>(Suggestions.vocabularyTypeNames());
            candidates.addAll(declaredTypes());
            return new Translation("unknown fact type " + type + Suggestions.didYouMean(simple(type), candidates)
                    + ": rules match the facts (dev.trustrules.facts), the rule vocabulary (dev.trustrules.rules) and the "
                    + "types the policy declares; import it or declare it", find(file, simple(type)));
        }
        m = UNKNOWN_FIELD.matcher(message);
        if (m.find()) {
            String field = m.group(1);
            Class<?> type = Suggestions.vocabularyType(m.group(2));
            String kind = type != null && type.isEnum() ? "constant" : "field";
            List<String> names = type == null ? List.of() : Suggestions.readableNames(type);
            return new Translation(simple(m.group(2)) + " has no " + kind + " " + field + Suggestions.didYouMean(field, names),
                    find(file, field));
        }
        m = UNKNOWN_PROPERTY.matcher(message);
        if (m.find()) {
            return unknownField(m.group(1), simple(m.group(2)), file);
        }
        m = UNPARSABLE.matcher(message);
        if (m.find()) {
            String expression = m.group(1).strip();
            Place place = findText(file, expression);
            String first = firstIdentifier(expression);
            String type = place == null ? null : patternTypeAt(file, place);
            if (first != null && type != null) {
                Translation unknown = unknownField(first, type, file);
                if (unknown != null && knownType(type) && !readable(type).contains(first)) {
                    return new Translation(unknown.text(), place);
                }
            }
            return new Translation("cannot compile the condition \"" + expression + "\": check its field names and that both "
                    + "sides of each comparison are of one kind (numbers with numbers, text with text)", place);
        }
        Matcher quoted = QUOTED.matcher(message);
        Place place = quoted.find() ? findText(file, quoted.group(1).strip()) : null;
        Matcher notBoolean = NOT_BOOLEAN.matcher(message);
        if (notBoolean.find()) {
            return new Translation("the condition " + abbreviate(notBoolean.group(1)) + " is not a yes/no (boolean) expression: "
                    + "compare fields with values, for example paidFen > 10000", place);
        }
        return new Translation(PolicyParser.plainWords(firstLine(message)), place);
    }

    private static final Pattern QUOTED = Pattern.compile("'([^']{3,})'");
    private static final Pattern NOT_BOOLEAN = Pattern.compile("Predicate '(.+)' must be a Boolean expression");

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The first line of a message, without the stack trace some generator errors append. */
    static String firstLine(String message) {
        String line = message.strip().split("\\R", 2)[0];
        int trace = line.indexOf("Problem stacktrace");
        return (trace > 0 ? line.substring(0, trace) : line).strip();
    }

    private Translation unknownField(String field, String type, ParsedFile file) {
        List<String> names = readable(type);
        return new Translation(type + " has no field " + field + Suggestions.didYouMean(field, names), find(file, field));
    }

    private boolean knownType(String type) {
        return Suggestions.vocabularyType(type) != null || declaredFields(type) != null;
    }

    private List<String> readable(String type) {
        Class<?> vocabulary = Suggestions.vocabularyType(type);
        if (vocabulary != null) {
            return Suggestions.readableNames(vocabulary);
        }
        List<String> declared = declaredFields(type);
        return declared == null ? List.of() : declared;
    }

    private List<String> declaredFields(String type) {
        for (ParsedFile file : parsed.files()) {
            for (AbstractClassTypeDeclarationDescr declared : file.descr().getClassAndEnumDeclarationDescrs()) {
                if (declared.getTypeName().equals(type) && declared instanceof TypeDeclarationDescr typeDescr) {
                    return List.copyOf(typeDescr.getFields().keySet());
                }
            }
        }
        return null;
    }

    private Set<String> declaredTypes() {
        Set<String> names = new HashSet<>();
        for (ParsedFile file : parsed.files()) {
            file.descr().getClassAndEnumDeclarationDescrs().forEach(d -> names.add(d.getTypeName()));
        }
        return names;
    }

    /** The type of the pattern whose parentheses enclose {@code place}: the word before the nearest unclosed "(". */
    private static String patternTypeAt(ParsedFile file, Place place) {
        if (file.isTable()) {
            return null; // the place is a cell of the table, not a place in its DRL
        }
        String[] lines = file.drl().split("\\R", -1);
        if (place.line() < 1 || place.line() > lines.length) {
            return null;
        }
        String before = lines[place.line() - 1].substring(0, Math.max(0, Math.min(place.column() - 1, lines[place.line() - 1].length())));
        int depth = 0;
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    Matcher word = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*$").matcher(before.substring(0, i));
                    return word.find() ? word.group(1) : null;
                }
                depth--;
            }
        }
        return null;
    }

    // --- errors of the Java compiler in generated sources: consequences, eval, functions, declared types ---

    void addJavaErrors(CompilationProblem[] errors, MemoryFileSystem sources) {
        Map<String, String> ruleOfLambda = new HashMap<>();
        for (var path : sources.getFilePaths()) {
            String name = path.asString();
            if (name.contains("RuleMethods") && name.endsWith(".java")) {
                String rule = null;
                for (String line : new String(sources.getBytes(name), StandardCharsets.UTF_8).split("\\R")) {
                    Matcher comment = RULE_NAME_COMMENT.matcher(line);
                    if (comment.find()) {
                        rule = comment.group(1).strip();
                    }
                    Matcher lambda = LAMBDA_REFERENCE.matcher(line);
                    while (rule != null && lambda.find()) {
                        ruleOfLambda.putIfAbsent(lambda.group(1), rule);
                    }
                }
            }
        }
        for (CompilationProblem error : errors) {
            String fileName = error.getFileName();
            byte[] bytes = sources.getBytes(fileName);
            String[] lines = bytes == null ? new String[0] : new String(bytes, StandardCharsets.UTF_8).split("\\R", -1);
            Item item = owner(fileName, lines, error.getStartLine(), ruleOfLambda);
            // the compiler's "column" is the offset of the offending code in the generated file
            String code = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
            String at = identifierAt(code, error.getStartColumn(), error.getEndColumn());
            String token = token(error.getMessage());
            token = token != null ? token : at;
            String message = plainJava(error.getMessage(), at);
            if (fileName.contains("RuleMethods")) { // not the analyst's code: the rule's conditions, as the generator wrote them
                message = "the executable model could not compile this rule's conditions (" + message + "); write them more "
                        + "plainly: comparisons of the fact's fields with values and bound variables";
            }
            Place place = item == null ? new Place("(policy)", 0, 0) : parsed.locate(item, token);
            String subject = item == null ? "" : item.kind() + " \"" + item.name() + "\": ";
            add(item == null ? fileName : item.kind() + ":" + item.name(),
                    new Problem(place.file(), place.line(), place.column(), Problem.Severity.ERROR, subject + message));
        }
    }

    /** The rule, function or declared type a generated source file (and line in it) comes from. */
    private Item owner(String fileName, String[] lines, int line, Map<String, String> ruleOfLambda) {
        String simple = fileName.substring(fileName.lastIndexOf('/') + 1).replace(".java", "");
        String pkg = ParsedPolicy.packageOfClass(fileName.replaceFirst("^src/main/java/", "").replace(".java", ""));
        if (simple.startsWith("Lambda")) {
            String rule = ruleOfLambda.get(simple);
            if (rule == null) {
                for (String text : lines) {
                    Matcher names = RULE_NAMES_CALL.matcher(text);
                    if (names.find()) {
                        rule = names.group(1);
                        break;
                    }
                }
            }
            return rule == null ? null : parsed.rule(pkg, rule);
        }
        if (simple.contains("RuleMethods")) {
            for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
                Matcher comment = RULE_NAME_COMMENT.matcher(lines[i]);
                if (comment.find()) {
                    return parsed.rule(pkg, comment.group(1).strip());
                }
            }
            return null;
        }
        if (simple.startsWith("Rules")) {
            for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
                Matcher method = STATIC_METHOD.matcher(lines[i]);
                if (method.find()) {
                    return parsed.items().get("function:" + pkg + "." + method.group(1));
                }
            }
            return null;
        }
        return parsed.items().get("type:" + pkg + "." + simple);
    }

    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\((.*?)\\) is undefined for the type (\\w+)");
    private static final Pattern UNDEFINED_CONSTRUCTOR = Pattern.compile("The constructor (\\w+)\\((.*?)\\) is undefined");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("(\\w+) cannot be resolved to a type");
    private static final Pattern UNKNOWN_NAME = Pattern.compile("(\\$?\\w+) cannot be resolved(?: to a variable)?");
    private static final Pattern MISMATCH = Pattern.compile("Type mismatch: cannot convert from (\\S+) to (\\S+)");

    private static final Pattern UNHANDLED = Pattern.compile("Unhandled exception type (\\w+)");

    /** The last identifier of the code between two offsets (the method of a call, the name of a reference), or {@code null}. */
    static String identifierAt(String code, int start, int end) {
        if (start < 0 || start >= code.length()) {
            return null;
        }
        String span = code.substring(start, Math.max(start, Math.min(code.length(), end + 1)));
        Matcher call = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\(").matcher(span);
        String last = null;
        while (call.find()) {
            last = call.group(1);
        }
        if (last != null) {
            return last;
        }
        Matcher word = Pattern.compile("[A-Za-z_$][\\w$]*").matcher(span);
        return word.find() ? word.group() : null;
    }

    private String plainJava(String message, String at) {
        Matcher unhandled = UNHANDLED.matcher(message);
        if (unhandled.find()) {
            return (at == null ? "the code" : at + "()") + " can throw " + unhandled.group(1) + ", a checked exception: only "
                    + "calls outside what rules may use throw one, so it is refused (see \"What rules may call\" in "
                    + "docs/policy-authoring.md)";
        }
        Matcher m = UNDEFINED_METHOD.matcher(message);
        if (m.find()) {
            Class<?> type = Suggestions.vocabularyType(m.group(3));
            List<String> names = type == null ? List.of() : Suggestions.readableNames(type);
            return m.group(3) + " has no method " + m.group(1) + "(" + m.group(2) + ")" + Suggestions.didYouMean(m.group(1), names);
        }
        m = UNDEFINED_CONSTRUCTOR.matcher(message);
        if (m.find()) {
            Class<?> type = Suggestions.vocabularyType(m.group(1));
            String expected = type != null && type.isRecord() ? " (it takes " + components(type) + ")" : "";
            return "new " + m.group(1) + "(" + m.group(2) + ") does not match its constructor" + expected;
        }
        m = UNKNOWN_TYPE.matcher(message);
        if (m.find()) {
            Set<String> candidates = new LinkedHashSet<>(Suggestions.vocabularyTypeNames());
            candidates.addAll(declaredTypes());
            return "unknown type " + m.group(1) + Suggestions.didYouMean(m.group(1), candidates) + "; import it or declare it";
        }
        m = MISMATCH.matcher(message);
        if (m.find()) {
            return "a " + m.group(1) + " is used where a " + m.group(2) + " is needed";
        }
        m = UNKNOWN_NAME.matcher(message);
        if (m.find()) {
            return "unknown name " + m.group(1) + ": bind it in the rule's conditions ($x : ...) or declare it";
        }
        return message;
    }

    private static String components(Class<?> record) {
        StringBuilder out = new StringBuilder();
        for (var component : record.getRecordComponents()) {
            out.append(out.length() == 0 ? "" : ", ").append(component.getType().getSimpleName()).append(' ').append(component.getName());
        }
        return out.toString();
    }

    /** The name a Java compiler message is about, to find on the rule's lines. */
    private static String token(String message) {
        for (Pattern pattern : List.of(UNDEFINED_METHOD, UNDEFINED_CONSTRUCTOR, UNKNOWN_TYPE, UNKNOWN_NAME)) {
            Matcher m = pattern.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private String ruleAt(ParsedFile file, int line) {
        if (file != null && line > 0) {
            for (Item item : parsed.items().values()) {
                if (item.file() == file && item.line() <= line && line <= item.endLine()) {
                    return item.kind() + ":" + item.name();
                }
            }
        }
        return "file:" + (file == null ? "" : file.path()) + ":" + line;
    }

    /** Where {@code word} first appears as a word in {@code file} (or in any file, when not known). */
    private Place find(ParsedFile file, String word) {
        Pattern pattern = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
        for (ParsedFile candidate : file != null ? List.of(file) : parsed.files()) {
            Place place = search(candidate, pattern);
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    private Place findText(ParsedFile file, String text) {
        for (ParsedFile candidate : file != null ? List.of(file) : parsed.files()) {
            Place place = search(candidate, Pattern.compile(Pattern.quote(text)));
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    private Place search(ParsedFile file, Pattern pattern) {
        String[] lines = DrlStructure.codeOnlyKeepingStrings(file.drl()).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = pattern.matcher(lines[i]);
            if (m.find()) {
                return parsed.place(file, i + 1, file.isTable() && file.table() == null ? 0 : m.start() + 1);
            }
        }
        return null;
    }

    private static String firstIdentifier(String expression) {
        Matcher m = Pattern.compile("[A-Za-z_$][\\w$]*").matcher(expression);
        return m.find() ? m.group() : null;
    }

    private static String simple(String type) {
        return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    }
}
