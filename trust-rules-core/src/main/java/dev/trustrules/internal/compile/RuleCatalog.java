package dev.trustrules.internal.compile;

import dev.trustrules.EntitlementType;
import dev.trustrules.PolicyRule;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import dev.trustrules.internal.load.PolicySource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The rules of a policy's versions as written ({@link PolicyRule}): where each is, for a decision table's
 * rule the row that generated it, and the denials its consequence inserts ({@code new DenyEntitlement(type,
 * "REASON", ...)}), read from the rule files without compiling them. Only what reports need; evaluation
 * never reads it.
 */
public final class RuleCatalog {
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|[A-Za-z_$][\\w$]*|\\S");
    private static final String DENY = "DenyEntitlement";

    private RuleCatalog() {}

    /**
     * One entry per rule name over every version, sorted by name; a rule held by several versions is placed
     * where the newest of them has it.
     *
     * @param sources the versions, oldest first
     */
    public static List<PolicyRule> of(List<PolicySource> sources) {
        Map<String, Found> found = new TreeMap<>();
        for (PolicySource source : sources) {
            ParsedPolicy parsed = PolicyParser.parse(source, false);
            for (ParsedFile file : parsed.files()) {
                for (RuleDescr rule : file.descr().getRules()) {
                    if (rule instanceof QueryDescr) {
                        continue;
                    }
                    Found entry = found.computeIfAbsent(rule.getName(), name -> new Found());
                    entry.versions.add(source.version());
                    entry.file = parsed.display(file.path());
                    entry.line = Math.max(0, file.lineAsWritten(Math.max(1, rule.getLine())));
                    entry.table = file.isTable();
                    entry.denials = denials(rule);
                }
            }
        }
        List<PolicyRule> rules = new ArrayList<>();
        found.forEach((name, entry) -> rules.add(new PolicyRule(name, entry.file, entry.line, entry.table,
                List.copyOf(entry.versions), entry.denials)));
        return List.copyOf(rules);
    }

    private static final class Found {
        final Set<String> versions = new LinkedHashSet<>();
        String file;
        int line;
        boolean table;
        List<PolicyRule.Denies> denials;
    }

    /** The {@code DenyEntitlement}s the rule's consequence constructs, with their literal type and reason. */
    static List<PolicyRule.Denies> denials(RuleDescr rule) {
        String consequence = rule.getConsequence() == null ? "" : ParsedPolicy.withoutComments(rule.getConsequence().toString());
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
                List<List<String>> arguments = arguments(tokens, k + 1);
                denials.add(new PolicyRule.Denies(entitlement(arguments.isEmpty() ? List.of() : arguments.get(0)),
                        reason(arguments.size() < 2 ? List.of() : arguments.get(1))));
            }
        }
        return List.copyOf(denials);
    }

    /** The arguments of a call whose opening bracket ends just before {@code from}, each as its tokens. */
    private static List<List<String>> arguments(List<String> tokens, int from) {
        List<List<String>> arguments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int depth = 0;
        for (int k = from; k < tokens.size(); k++) {
            String token = tokens.get(k);
            if (token.equals("(") || token.equals("[") || token.equals("{")) {
                depth++;
            } else if (token.equals(")") || token.equals("]") || token.equals("}")) {
                if (depth-- == 0) {
                    break;
                }
            } else if (token.equals(",") && depth == 0) {
                arguments.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(token);
        }
        arguments.add(current);
        return arguments;
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
