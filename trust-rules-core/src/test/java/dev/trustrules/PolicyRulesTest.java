package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.trustrules.scenario.CoverageFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TrustPolicy#rules()}: the rules as written, for reports. */
class PolicyRulesTest {
    private static final String LATER = """
            package rules;
            import dev.trustrules.*;
            import dev.trustrules.facts.*;
            import dev.trustrules.rules.*;

            rule "A-10 denied unless the verdict is FAKE"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                $claim : AfterSaleClaim(authenticityVerdict != AuthenticityVerdict.FAKE)
            then
                insert(new DenyEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "VERDICT_" + $claim.authenticityVerdict(), "computed"));
            end
            """;

    @TempDir
    Path dir;

    @Test
    void should_place_each_rule_at_its_line_and_list_what_it_denies_when_the_policy_has_drl_and_a_table() {
        try (TrustPolicy policy = TestPolicies.build(CoverageFixtures.policy(dir))) {
            assertThat(policy.rules()).extracting(PolicyRule::name, PolicyRule::location, PolicyRule::tableRow, PolicyRule::denials)
                    .containsExactly(
                            tuple("A-10 denied unless the verdict is FAKE", "rules/claims.drl:5", false,
                                    List.of(new PolicyRule.Denies(EntitlementType.FAKE_ONE_PAY_TEN, "NOT_FAKE"))),
                            tuple("A-11 denied when too small or too large", "rules/claims.drl:13", false,
                                    List.of(new PolicyRule.Denies(EntitlementType.FAKE_ONE_PAY_TEN, "TOO_SMALL"),
                                            new PolicyRule.Denies(EntitlementType.FAKE_ONE_PAY_TEN, "TOO_LARGE"))),
                            tuple("A-20 granted", "rules/claims.drl:26", false, List.of()),
                            tuple("T-01 APPAREL", "rules/matrix.drl.csv:8", true, List.of()),
                            tuple("T-02 HOME", "rules/matrix.drl.csv:9", true, List.of()),
                            tuple("T-03 FOOD", "rules/matrix.drl.csv:10", true, List.of()));
            assertThat(policy.rules()).extracting(PolicyRule::name).isEqualTo(policy.ruleNames());
            assertThat(policy.rules()).allSatisfy(rule -> assertThat(rule.versions()).containsExactly("1"));
        }
    }

    @Test
    void should_place_a_rule_in_the_newest_version_that_holds_it_when_versions_replace_a_file() {
        CoverageFixtures.policy(dir);
        TestPolicies.write(dir, Map.of(
                "versions/2026-06-01/version.properties", "version=2\neffectiveFrom=2026-06-01T00:00:00+08:00\n",
                "versions/2026-06-01/rules/claims.drl", LATER));

        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThat(policy.rules()).filteredOn(rule -> rule.name().startsWith("A-"))
                    .extracting(PolicyRule::name, PolicyRule::location, PolicyRule::versions, PolicyRule::denials)
                    .containsExactly(
                            tuple("A-10 denied unless the verdict is FAKE", "versions/2026-06-01/rules/claims.drl:6", List.of("1", "2"),
                                    List.of(new PolicyRule.Denies(EntitlementType.FAKE_ONE_PAY_TEN, null))),
                            tuple("A-11 denied when too small or too large", "rules/claims.drl:13", List.of("1"),
                                    List.of(new PolicyRule.Denies(EntitlementType.FAKE_ONE_PAY_TEN, "TOO_SMALL"),
                                            new PolicyRule.Denies(EntitlementType.FAKE_ONE_PAY_TEN, "TOO_LARGE"))),
                            tuple("A-20 granted", "rules/claims.drl:26", List.of("1"), List.of()));
            assertThat(policy.rules()).filteredOn(PolicyRule::tableRow).allSatisfy(rule -> assertThat(rule.versions())
                    .containsExactly("1", "2"));
        }
    }

    @Test
    void should_read_the_rules_again_when_a_reload_changed_them() throws Exception {
        CoverageFixtures.policy(dir);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            List<PolicyRule> before = policy.rules();
            assertThat(policy.rules()).isSameAs(before);

            Files.delete(dir.resolve("rules/matrix.drl.csv"));
            assertThat(policy.reload().outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);

            assertThat(policy.rules()).extracting(PolicyRule::name).containsExactly("A-10 denied unless the verdict is FAKE",
                    "A-11 denied when too small or too large", "A-20 granted");
        }
    }

    @Test
    void should_match_a_computed_reason_with_any_denial_of_its_type() {
        PolicyRule.Denies computed = new PolicyRule.Denies(EntitlementType.FAKE_ONE_PAY_TEN, null);

        assertThat(computed.matches(new Denial(EntitlementType.FAKE_ONE_PAY_TEN, "R", "VERDICT_GENUINE", ""))).isTrue();
        assertThat(computed.matches(new Denial(EntitlementType.ALLERGY_INSURANCE, "R", "VERDICT_GENUINE", ""))).isFalse();
        assertThat(new PolicyRule.Denies(EntitlementType.FAKE_ONE_PAY_TEN, "NOT_FAKE")
                .matches(new Denial(EntitlementType.FAKE_ONE_PAY_TEN, "R", "TOO_SMALL", ""))).isFalse();
        assertThat(computed).hasToString("FAKE_ONE_PAY_TEN (computed reason)");
    }
}
