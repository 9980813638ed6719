package dev.trustrules.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.TrustPolicy;
import dev.trustrules.scenario.ScenarioException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ScenarioTestsTest {
    private static final String RULES = """
            package rules;
            import dev.trustrules.*;
            import dev.trustrules.rules.*;
            rule "T-01 carries"
            when
                dev.trustrules.facts.Order()
            then
                insert(new CarryGuarantee(EntitlementType.FREIGHT_INSURANCE, "CARRIED"));
            end
            """;
    private static final String ORDER = "{ order: { id: o-1, buyerId: b-1, shopId: s-1, category: APPAREL, paidFen: 100, "
            + "paidAt: \"2026-03-01T10:00:00+08:00\", guarantees: [], authenticated: false } }";

    @TempDir
    Path dir;

    private static final String UNFIRED = """
            rule "T-02 never fires"
            when
                dev.trustrules.facts.Listing()
            then
                insert(new CarryGuarantee(EntitlementType.FAKE_ONE_PAY_TEN, "NEVER"));
            end
            """;

    private TrustPolicy policy() throws IOException {
        return policy(RULES);
    }

    private TrustPolicy policy(String rules) throws IOException {
        Path root = dir.resolve("policy");
        Files.createDirectories(root.resolve("rules"));
        Files.writeString(root.resolve("policy.properties"), "name=t\nversion=1\n");
        Files.writeString(root.resolve("rules/t.drl"), rules);
        return TrustPolicy.builder().fromDirectory(root).build();
    }

    @Test
    void should_make_one_test_per_scenario_failing_with_the_differences_when_a_scenario_fails() throws Throwable {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("orders.yaml"), """
                - name: carries freight insurance
                  given: %s
                  expect: { guarantees: [FREIGHT_INSURANCE] }
                - name: carries fake one pay ten
                  given: %s
                  expect: { guarantees: [FAKE_ONE_PAY_TEN] }
                """.formatted(ORDER, ORDER));
        try (TrustPolicy policy = policy()) {
            List<DynamicTest> tests = ScenarioTests.in(scenarios).against(policy).toList();

            assertThat(tests).extracting(DynamicTest::getDisplayName)
                    .containsExactly("carries freight insurance", "carries fake one pay ten");
            assertThat(tests.get(1).getTestSourceUri())
                    .contains(URI.create(scenarios.resolve("orders.yaml").toUri() + "?line=4"));
            tests.get(0).getExecutable().execute();
            assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("scenario \"carries fake one pay ten\" (" + scenarios.resolve("orders.yaml") + ":4) failed:\n"
                            + "guarantees:\n"
                            + "  expected   {type: FAKE_ONE_PAY_TEN}\n"
                            + "  actual     (no FAKE_ONE_PAY_TEN in the decision)\n"
                            + "  unexpected {type: FREIGHT_INSURANCE, reason: CARRIED, rule: \"T-01 carries\"}");
        }
    }

    @Test
    void should_add_a_coverage_test_that_names_the_rules_no_scenario_fired_when_coverage_is_required() throws Throwable {
        Files.writeString(dir.resolve("order.yaml"), "name: an order\ngiven: " + ORDER + "\nexpect: { guarantees: [FREIGHT_INSURANCE] }\n");
        try (TrustPolicy policy = policy(RULES + UNFIRED)) {
            List<DynamicTest> strict = ScenarioTests.in(dir.resolve("order.yaml")).requiringRuleCoverage(50.5).against(policy).toList();
            List<DynamicTest> lenient = ScenarioTests.in(dir.resolve("order.yaml")).requiringRuleCoverage(50).against(policy).toList();

            assertThat(strict).extracting(DynamicTest::getDisplayName).containsExactly("an order", "rule coverage is at least 50.5%");
            assertThatThrownBy(() -> strict.get(1).getExecutable().execute())
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("the scenarios fired 1 of the 2 rules of policy " + policy.id()
                            + " (50.0%), below the minimum of 50.5%; rules no scenario fired:\n"
                            + "  rules/t.drl:10  T-02 never fires");
            assertThat(lenient.get(1).getDisplayName()).isEqualTo("rule coverage is at least 50%");
            lenient.get(1).getExecutable().execute();
        }
    }

    @Test
    void should_refuse_a_minimum_coverage_outside_0_to_100() {
        assertThatThrownBy(() -> ScenarioTests.in(dir).requiringRuleCoverage(100.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percent must be between 0 and 100, was 100.1");
    }

    @Test
    void should_fail_the_factory_naming_the_place_when_a_scenario_file_is_invalid() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: bad\ngiven: " + ORDER + "\nexpect: { guarantee: [] }\n");
        try (TrustPolicy policy = policy()) {
            assertThatThrownBy(() -> ScenarioTests.in(file).against(policy))
                    .isInstanceOf(ScenarioException.class)
                    .hasMessage(file + ": expect.guarantee: unknown field; expected one of buyerTier, guarantees, "
                            + "entitlements, denials, sanctions (line 3, column 22)");
        }
    }

    @Test
    void should_fail_the_factory_when_the_folder_holds_no_scenario() throws IOException {
        try (TrustPolicy policy = policy()) {
            assertThatThrownBy(() -> ScenarioTests.in(dir.resolve("policy/rules")).against(policy))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("no scenario files (*.json, *.yaml, *.yml) under " + dir.resolve("policy/rules"));
        }
    }
}
