package dev.trustrules.internal.compile;

import dev.trustrules.EntitlementType;
import dev.trustrules.PolicyRule;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import dev.trustrules.internal.load.PolicySource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The rules of a policy's versions as written ({@link PolicyRule}): where each is, for a decision table's
 * rule the row that generated it, and the denials its consequence inserts ({@code new DenyEntitlement(type,
 * "REASON", ...)}), for reports; evaluation never reads it. The files are scanned for their {@code rule}
 * blocks (comments and strings kept apart), in about a third of the time the DRL parser takes to load and
 * read them (docs/performance.md); should the scan not find exactly the rules the policy compiled (a name
 * written in a way the scan does not read, a spreadsheet), the files are parsed instead.
 */
public final class RuleCatalog {
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|[A-Za-z_$][\\w$]*|\\S");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(\"[^\"\\n]*\"|'[^'\\n]*'|[\\w$.\\-]+)");
    private static final Pattern THEN = Pattern.compile("(?<![\\w$.])then(?![\\w$])");
    private static final Pattern BLOCK_START = Pattern.compile("(?m)^[ \\t]*(rule|query|declare|function)(?![\\w$])");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end(?![\\w$])");
    private static final String DENY = "DenyEntitlement";

    private RuleCatalog() {}

    /** How one version's new files are read: each file's rules, by path; {@code null} when this reader cannot. */
    private interface Reader {
        Map<String, List<Written>> read(PolicySource part);
    }

    /** A rule as written in one file. */
    private record Written(String name, int line, boolean table, List<PolicyRule.Denies> denials) {}

    private record FileRules(byte[] bytes, String display, List<Written> rules) {}

    private static final class Found {
        final Set<String> versions = new LinkedHashSet<>();
        String file;
        Written written;
    }

    /**
     * One entry per rule name over every version, sorted by name; a rule held by several versions is placed
     * where the newest of them has it.
     *
     * @param sources the versions, oldest first
     * @param ruleNames the names of the rules the versions compiled to, to check the scan against
     */
    public static List<PolicyRule> of(List<PolicySource> sources, Collection<String> ruleNames) {
        List<PolicyRule> scanned = catalog(sources, RuleCatalog::scanFiles);
        if (scanned != null && scanned.stream().map(PolicyRule::name).toList().equals(List.copyOf(new TreeSet<>(ruleNames)))) {
            return scanned;
        }
        return parsed(sources);
    }

    /** The catalogue read with the DRL parser (what the build reads), one entry per rule name. */
    public static List<PolicyRule> parsed(List<PolicySource> sources) {
        return catalog(sources, RuleCatalog::parseFiles);
    }

    /** The catalogue read by scanning the files, or {@code null} when a file cannot be scanned (a spreadsheet). */
    public static List<PolicyRule> scanned(List<PolicySource> sources) {
        return catalog(sources, RuleCatalog::scanFiles);
    }

    /** Reads each version's files (a file a later version shares with an earlier one once) and merges their rules. */
    private static List<PolicyRule> catalog(List<PolicySource> sources, Reader reader) {
        Map<String, Found> found = new TreeMap<>();
        Map<String, FileRules> known = new HashMap<>();
        for (PolicySource source : sources) {
            SortedMap<String, byte[]> unread = new TreeMap<>();
            source.ruleFiles().forEach((path, bytes) -> {
                FileRules file = known.get(path);
                if (file == null || !file.display().equals(source.displayPath(path)) || !Arrays.equals(file.bytes(), bytes)) {
                    unread.put(path, bytes);
                }
            });
            if (!unread.isEmpty()) {
                Map<String, List<Written>> read = reader.read(new PolicySource(source.origin(), source.name(), source.version(),
                        source.currency(), source.effectiveFrom(), unread, source.displayPaths()));
                if (read == null) {
                    return null;
                }
                read.forEach((path, rules) -> known.put(path, new FileRules(unread.get(path), source.displayPath(path), rules)));
            }
            for (String path : source.ruleFiles().keySet()) {
                FileRules file = known.get(path);
                for (Written rule : file == null ? List.<Written>of() : file.rules()) {
                    Found entry = found.computeIfAbsent(rule.name(), name -> new Found());
                    entry.versions.add(source.version());
                    entry.file = file.display();
                    entry.written = rule;
                }
            }
        }
        List<PolicyRule> rules = new ArrayList<>();
        found.forEach((name, entry) -> rules.add(new PolicyRule(name, entry.file, entry.written.line(), entry.written.table(),
                List.copyOf(entry.versions), entry.written.denials())));
        return List.copyOf(rules);
    }

    // --- reading with the parser ---

    private static Map<String, List<Written>> parseFiles(PolicySource part) {
        Map<String, List<Written>> files = new HashMap<>();
        for (ParsedFile file : PolicyParser.parse(part, false).files()) {
            List<Written> rules = new ArrayList<>();
            for (RuleDescr rule : file.descr().getRules()) {
                if (!(rule instanceof QueryDescr)) {
                    String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
                    rules.add(new Written(rule.getName(), Math.max(0, file.lineAsWritten(Math.max(1, rule.getLine()))),
                            file.isTable(), denials(ParsedPolicy.withoutComments(consequence))));
                }
            }
            files.put(file.path(), rules);
        }
        return files;
    }

    // --- reading by scanning ---

    private static Map<String, List<Written>> scanFiles(PolicySource part) {
        Map<String, List<Written>> files = new HashMap<>();
        for (Map.Entry<String, byte[]> entry : part.ruleFiles().entrySet()) {
            String path = entry.getKey();
            String text = new String(entry.getValue(), StandardCharsets.UTF_8);
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            ParsedFile file;
            if (path.toLowerCase(Locale.ROOT).endsWith(".drl")) {
                file = new ParsedFile(path, text, text, null, null);
            } else if (path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                try {
                    DecisionTables.Converted converted = DecisionTables.csv(text, false, PolicyParser.folderPackage(path));
                    file = new ParsedFile(path, text, converted.drl(), null, converted.map());
                } catch (DecisionTables.UnreadableTable e) {
                    return null;
                }
            } else {
                return null;
            }
            files.put(path, scan(file));
        }
        return files;
    }

    /** The {@code rule} blocks of a DRL text: name, line, and the denials of the text between {@code then} and {@code end}. */
    private static List<Written> scan(ParsedFile file) {
        String kept = ParsedPolicy.withoutComments(file.drl());
        String blank = DrlStructure.codeOnly(file.drl());
        List<Written> rules = new ArrayList<>();
        Matcher rule = RULE.matcher(blank);
        while (rule.find()) {
            String written = kept.substring(rule.start(1), rule.end(1));
            String name = written.startsWith("\"") || written.startsWith("'") ? written.substring(1, written.length() - 1) : written;
            int line = DrlStructure.lineOf(blank, rule.start(1));
            Matcher end = END.matcher(blank);
            int stop = end.find(rule.end()) ? end.start() : blank.length();
            Matcher next = BLOCK_START.matcher(blank).region(rule.end(), stop);
            stop = next.find() ? next.start() : stop;
            Matcher then = THEN.matcher(blank).region(rule.end(), stop);
            String consequence = then.find() ? kept.substring(then.end(), stop) : "";
            rules.add(new Written(name, Math.max(0, file.lineAsWritten(line)), file.isTable(), denials(consequence)));
        }
        return rules;
    }

    // --- what a consequence denies ---

    /** The {@code DenyEntitlement}s a consequence (comments removed) constructs, with their literal type and reason. */
    static List<PolicyRule.Denies> denials(String consequence) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(consequence);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<PolicyRule.Denies> denials = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals("new")) {
                continue;
            }
            int k = i + 1;
            String type = null;
            while (k < tokens.size() && isIdentifier(tokens.get(k))) {
                type = tokens.get(k);
                k += k + 1 < tokens.size() && tokens.get(k + 1).equals(".") ? 2 : 1;
            }
            if (DENY.equals(type) && k < tokens.size() && tokens.get(k).equals("(")) {
                List<List<String>> arguments = CallArguments.of(tokens, k + 1);
                denials.add(new PolicyRule.Denies(entitlement(arguments.get(0)), reason(arguments.size() < 2 ? List.of() : arguments.get(1))));
            }
        }
        return List.copyOf(denials);
    }

    /** {@code EntitlementType.X}, qualified or not, or {@code X} alone; else {@code null} (computed). */
    private static EntitlementType entitlement(List<String> argument) {
        int last = argument.size() - 1;
        boolean qualified = last >= 2 && argument.get(last - 1).equals(".") && argument.get(last - 2).equals("EntitlementType");
        if (last < 0 || (last > 0 && !qualified) || !argument.stream().allMatch(t -> t.equals(".") || isIdentifier(t))) {
            return null;
        }
        try {
            return EntitlementType.valueOf(argument.get(last));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A reason code written as one string literal; else {@code null} (computed). */
    private static String reason(List<String> argument) {
        if (argument.size() != 1 || !argument.get(0).startsWith("\"") || argument.get(0).length() < 2) {
            return null;
        }
        String code = argument.get(0).substring(1, argument.get(0).length() - 1);
        return code.isBlank() ? null : code;
    }

    private static boolean isIdentifier(String token) {
        return !token.isEmpty() && Character.isJavaIdentifierStart(token.charAt(0)) && !token.equals("new");
    }
}
