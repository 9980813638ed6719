package dev.trustrules.internal.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.trustrules.EntitlementType;
import dev.trustrules.PolicyRule;
import dev.trustrules.TestPolicies;
import dev.trustrules.internal.load.PolicyFiles;
import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.scenario.CoverageFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCatalogTest {
    private static final String ODD = """
            package rules;
            import dev.trustrules.*;
            import dev.trustrules.rules.*;

            rule
                "B-01 named on the next line"
            when
                ClaimedEntitlement(type == EntitlementType.ALLERGY_INSURANCE)
            then
                String end = "then end rule \\"X\\"";
                insert(new DenyEntitlement(EntitlementType.ALLERGY_INSURANCE, "ODD", end));
            end
            """;

    @TempDir
    Path dir;

    @Test
    void should_find_what_the_parser_finds_when_the_files_are_scanned() {
        CoverageFixtures.policy(dir);
        TestPolicies.write(dir, Map.of(
                "versions/2026-06-01/version.properties", "version=2\neffectiveFrom=2026-06-01T00:00:00+08:00\n",
                "versions/2026-06-01/rules/extra.drl", """
                        package rules;
                        import dev.trustrules.*;
                        import dev.trustrules.rules.*;
                        /* rule "C-00 in a comment"
                        end */
                        rule 'C-01 single quotes' when
                            ClaimedEntitlement(type == EntitlementType.ALLERGY_INSURANCE)
                        then // new DenyEntitlement(EntitlementType.ALLERGY_INSURANCE, "IN_A_COMMENT")
                            insert(new DenyEntitlement(EntitlementType.ALLERGY_INSURANCE, "SINGLE", "rule \\"C-02\\" end"));
                        end
                        """));
        List<PolicySource> sources = PolicyFiles.fromDirectory(dir);

        List<PolicyRule> scanned = RuleCatalog.scanned(sources);

        assertThat(scanned).isEqualTo(RuleCatalog.parsed(sources));
        assertThat(scanned).extracting(PolicyRule::name, PolicyRule::location, PolicyRule::versions).contains(
                tuple("C-01 single quotes", "versions/2026-06-01/rules/extra.drl:6", List.of("2")),
                tuple("T-02 HOME", "rules/matrix.drl.csv:9", List.of("1", "2")));
        assertThat(scanned).filteredOn(rule -> rule.name().startsWith("C-01")).singleElement()
                .extracting(PolicyRule::denials).isEqualTo(List.of(new PolicyRule.Denies(EntitlementType.ALLERGY_INSURANCE, "SINGLE")));
    }

    @Test
    void should_parse_the_files_when_the_scan_misses_a_rule_the_policy_compiled() {
        TestPolicies.write(dir, Map.of("rules/odd.drl", ODD));
        List<PolicySource> sources = PolicyFiles.fromDirectory(dir);

        assertThat(RuleCatalog.scanned(sources)).isEmpty();
        assertThat(RuleCatalog.of(sources, List.of("B-01 named on the next line")))
                .extracting(PolicyRule::name, PolicyRule::location, PolicyRule::denials)
                .containsExactly(tuple("B-01 named on the next line", "rules/odd.drl:5",
                        List.of(new PolicyRule.Denies(EntitlementType.ALLERGY_INSURANCE, "ODD"))));
    }
}
