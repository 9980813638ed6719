package dev.trustrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.BuyerTier;
import dev.trustrules.EntitlementType;
import dev.trustrules.SanctionType;
import dev.trustrules.StandingTier;
import dev.trustrules.TrafficWeight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalog docs/entitlements.md names every rule id, every reason and note code, every entitlement,
 * sanction and tier of the default policy (all versions), so that a rule or code added without its
 * documentation fails the build.
 */
class EntitlementCatalogTest {
    private static final Path POLICY_DIR = Path.of("../trust-rules-drl/src/main/resources/trust-rules/default-policy");
    private static final Path CATALOG = Path.of("../docs/entitlements.md");

    /**
     * The outcome facts whose string arguments are reason, tier or note codes (SeriousCounterfeit's reason becomes
     * CF-12's, CreatorSeriousCounterfeit's CR-12's).
     */
    private static final Pattern OUTCOME = Pattern.compile("new\\s+(CarryGuarantee|GrantEntitlement|DenyEntitlement|ImposeSanction|AssignTier"
            + "|AssignStanding|AssignTraffic|AddNote|Demoted|SeriousCounterfeit|CreatorSeriousCounterfeit)\\s*\\(");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,}");

    /** Codes the engine itself produces, not any rule file. */
    private static final List<String> ENGINE_CODES = List.of("NO_RULE_MATCHED");

    @Test
    void should_mention_every_rule_id_of_every_version_when_reading_the_catalog() {
        Set<String> ids = new TreeSet<>();
        DefaultPolicy.POLICY.ruleNames().forEach(name -> ids.add(name.split(" ", 2)[0]));

        assertThat(ids).as("rule ids of the default policy").contains("BT-01", "RWR-20", "RWR-30").hasSizeGreaterThan(80);
        assertThat(notMentioned(ids)).as("rule ids missing from docs/entitlements.md").isEmpty();
    }

    @Test
    void should_mention_every_reason_and_note_code_of_the_rule_files_when_reading_the_catalog() {
        Set<String> codes = codesInRuleFiles();

        assertThat(codes).as("codes found in the rule files")
                .contains("COUNTERFEIT_CONFIRMED_CAPPED", "GUARANTEE_WITHDRAWN", "LISTING_CLEARED", "MALICIOUS_CLAIMS",
                        "COUNTERFEIT_PARTICULARLY_SERIOUS")
                .hasSizeGreaterThan(50);
        assertThat(notMentioned(codes)).as("reason and note codes missing from docs/entitlements.md").isEmpty();
    }

    @Test
    void should_mention_the_engines_codes_when_reading_the_catalog() {
        assertThat(notMentioned(ENGINE_CODES)).as("engine codes missing from docs/entitlements.md").isEmpty();
    }

    @Test
    void should_mention_every_entitlement_sanction_tier_standing_and_traffic_weight_when_reading_the_catalog() {
        List<String> names = Stream.of(EntitlementType.values(), SanctionType.values(), BuyerTier.values(), StandingTier.values(),
                        TrafficWeight.values())
                .flatMap(Arrays::stream).map(Enum::name).toList();

        assertThat(notMentioned(names)).as("enum names missing from docs/entitlements.md").isEmpty();
    }

    /** Every UPPER_SNAKE_CASE string literal passed to an outcome constructor in a .drl file of the policy folder. */
    static Set<String> codesInRuleFiles() {
        Set<String> codes = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(POLICY_DIR)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).as("rule files under " + POLICY_DIR.toAbsolutePath().normalize()).hasSizeGreaterThan(20);
        for (Path file : files) {
            String text = read(file);
            Matcher outcome = OUTCOME.matcher(text);
            while (outcome.find()) {
                for (String literal : topLevelLiterals(text, outcome.end())) {
                    if (CODE.matcher(literal).matches()) {
                        codes.add(literal);
                    }
                }
            }
        }
        return codes;
    }

    /**
     * The string literals among the arguments that start at {@code start} (just after an opening
     * parenthesis), up to its matching close, leaving out those inside nested calls (such as the currency
     * of {@code Amounts.format(fen, "CNY")}).
     */
    private static List<String> topLevelLiterals(String text, int start) {
        List<String> literals = new java.util.ArrayList<>();
        int depth = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                StringBuilder literal = new StringBuilder();
                for (i++; text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                    literal.append(text.charAt(i));
                }
                if (depth == 1) {
                    literals.add(literal.toString());
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return literals;
            }
        }
        throw new IllegalStateException("unbalanced parentheses after offset " + start);
    }

    private static List<String> notMentioned(Iterable<String> tokens) {
        String catalog = read(CATALOG);
        List<String> missing = new java.util.ArrayList<>();
        for (String token : tokens) {
            Pattern word = Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(token) + "(?![A-Za-z0-9_]|-[0-9])");
            if (!word.matcher(catalog).find()) {
                missing.add(token);
            }
        }
        return missing;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toAbsolutePath().normalize() + " cannot be read", e);
        }
    }
}
