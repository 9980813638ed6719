package dev.trustrules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.trustrules.EntitlementType;
import dev.trustrules.PolicyRule;
import dev.trustrules.RuleFiles;
import dev.trustrules.TrustPolicy;
import dev.trustrules.internal.compile.RuleCatalog;
import dev.trustrules.internal.load.PolicyFiles;
import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.scenario.Coverage;
import dev.trustrules.scenario.ScenarioRun;
import dev.trustrules.scenario.Scenarios;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default policy's rules as written ({@link TrustPolicy#rules()}), and the coverage its scenario corpus reaches. */
class DefaultPolicyRulesTest {

    @Test
    void should_list_every_compiled_rule_at_its_place_when_the_rules_are_read() {
        List<PolicyRule> rules = DefaultPolicy.POLICY.rules();

        assertThat(rules).extracting(PolicyRule::name).isEqualTo(DefaultPolicy.POLICY.ruleNames());
        assertThat(rules).allSatisfy(rule -> assertThat(rule.line()).isPositive());
        assertThat(rules).filteredOn(PolicyRule::tableRow).hasSize(16)
                .allSatisfy(rule -> assertThat(rule.file()).isEqualTo("guarantees/category-matrix.drl.csv"))
                .extracting(PolicyRule::name, PolicyRule::line).startsWith(tuple("CAT-01 APPAREL", 10), tuple("CAT-02 SHOES_BAGS", 11));
        assertThat(rules).filteredOn(rule -> rule.name().startsWith("RWR-30")).singleElement()
                .satisfies(rule -> assertThat(rule.location()).isEqualTo("versions/2026-12-01/guarantees/refund-without-return.drl:13"))
                .satisfies(rule -> assertThat(rule.versions()).containsExactly("2026.12.0"))
                .satisfies(rule -> assertThat(rule.denials()).containsExactly(
                        new PolicyRule.Denies(EntitlementType.REFUND_WITHOUT_RETURN, "GUARANTEE_WITHDRAWN")));
        assertThat(rules).filteredOn(rule -> rule.name().startsWith("RWR-10")).singleElement()
                .satisfies(rule -> assertThat(rule.versions()).containsExactly("2026.11.0"));
        assertThat(rules).filteredOn(rule -> rule.name().startsWith("FOPT-20")).singleElement()
                .satisfies(rule -> assertThat(rule.versions()).containsExactly("2026.11.0", "2026.12.0"))
                .satisfies(rule -> assertThat(rule.denials()).isEmpty());
    }

    @Test
    void should_give_every_denial_of_the_default_policy_a_literal_entitlement_and_reason() {
        List<PolicyRule.Denies> denials = DefaultPolicy.POLICY.rules().stream().flatMap(rule -> rule.denials().stream()).toList();

        assertThat(denials).hasSizeGreaterThan(30).allSatisfy(denial -> {
            assertThat(denial.type()).isNotNull();
            assertThat(denial.reason()).matches("[A-Z][A-Z0-9_]*");
        });
    }

    @Test
    void should_read_the_same_rules_by_scanning_as_the_drl_parser_when_the_default_policy_is_read() {
        List<PolicySource> sources = PolicyFiles.fromMemory("default", RuleFiles.defaultPolicy());

        assertThat(RuleCatalog.scanned(sources)).isEqualTo(RuleCatalog.parsed(sources));
    }

    @Test
    void should_exercise_the_rules_denial_conditions_and_table_rows_when_the_corpus_runs() {
        ScenarioRun run = Scenarios.run(DefaultPolicy.POLICY, Scenarios.read(Path.of("src/test/resources/scenarios")));
        Coverage coverage = run.coverage();

        assertThat(run.failures()).isEmpty();
        assertThat(coverage.rules().percent()).as("rules: %s, not fired: %s", coverage.rules(),
                coverage.rules().uncovered().stream().map(e -> e.rule().location()).toList())
                .isGreaterThanOrEqualTo(DefaultPolicyScenariosTest.MINIMUM_RULE_COVERAGE);
        assertThat(coverage.denials().percent()).as("denial conditions: %s, never given: %s", coverage.denials(),
                coverage.denials().uncovered().stream().map(e -> e.rule().name() + " " + e.condition()).toList())
                .isGreaterThanOrEqualTo(DefaultPolicyScenariosTest.MINIMUM_RULE_COVERAGE);
        assertThat(coverage.tableRows().uncovered()).as("category-matrix rows no scenario fired").isEmpty();
    }
}
