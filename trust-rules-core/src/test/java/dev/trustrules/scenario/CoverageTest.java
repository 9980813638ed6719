package dev.trustrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.trustrules.EntitlementType;
import dev.trustrules.PolicyRule;
import dev.trustrules.TrustPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageTest {
    private static final String GRANTED = "fake apparel granted";
    private static final String DENIED = "genuine and too small: denied twice";
    private static final String WRONG = "fake home order, wrong reason expected";
    private static final String DOLLARS = "an order in dollars";

    @TempDir
    Path dir;

    private ScenarioRun run;

    @BeforeEach
    void runTheScenarios() throws IOException {
        Path policyDir = CoverageFixtures.policy(dir.resolve("policy"));
        Path scenarios = Files.writeString(dir.resolve("scenarios.yaml"), CoverageFixtures.scenarios());
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(policyDir).build()) {
            run = Scenarios.run(policy, Scenarios.read(scenarios));
        }
    }

    @Test
    void should_name_the_scenarios_that_fired_each_rule_when_the_scenarios_ran() {
        assertThat(run.coverage().rules().entries()).extracting(e -> e.rule().name(), Coverage.RuleCoverage::scenarios)
                .containsExactly(
                        tuple("A-10 denied unless the verdict is FAKE", List.of(DENIED)),
                        tuple("A-11 denied when too small or too large", List.of(GRANTED, DENIED, WRONG)),
                        tuple("A-20 granted", List.of(GRANTED, WRONG)),
                        tuple("T-01 APPAREL", List.of(GRANTED, DENIED)),
                        tuple("T-02 HOME", List.of(WRONG)),
                        tuple("T-03 FOOD", List.of()));
        assertThat(run.coverage().rules().covered()).isEqualTo(5);
        assertThat(run.coverage().rules().total()).isEqualTo(6);
        assertThat(run.coverage().rules().percent()).isEqualTo(500.0 / 6);
        assertThat(run.coverage().rules()).hasToString("5 of 6 (83.3%)");
    }

    @Test
    void should_count_each_denial_a_rule_can_give_when_it_denies_in_several_ways() {
        assertThat(run.coverage().denials().entries())
                .extracting(e -> e.rule().name(), e -> e.condition().reason(), Coverage.DenialCoverage::scenarios)
                .containsExactly(
                        tuple("A-10 denied unless the verdict is FAKE", "NOT_FAKE", List.of(DENIED)),
                        tuple("A-11 denied when too small or too large", "TOO_SMALL", List.of(DENIED)),
                        tuple("A-11 denied when too small or too large", "TOO_LARGE", List.of()));
        assertThat(run.coverage().denials().uncovered()).singleElement()
                .satisfies(e -> assertThat(e.condition()).isEqualTo(new PolicyRule.Denies(EntitlementType.FAKE_ONE_PAY_TEN, "TOO_LARGE")))
                .satisfies(e -> assertThat(e.rule().location()).isEqualTo("rules/claims.drl:13"));
        assertThat(run.coverage().denials()).hasToString("2 of 3 (66.6%)");
    }

    @Test
    void should_report_table_rows_at_their_line_when_rules_come_from_a_decision_table() {
        assertThat(run.coverage().tableRows().entries())
                .extracting(e -> e.rule().name(), e -> e.rule().location(), Coverage.Entry::covered)
                .containsExactly(
                        tuple("T-01 APPAREL", "rules/matrix.drl.csv:8", true),
                        tuple("T-02 HOME", "rules/matrix.drl.csv:9", true),
                        tuple("T-03 FOOD", "rules/matrix.drl.csv:10", false));
        assertThat(run.coverage().tableRows()).hasToString("2 of 3 (66.6%)");
    }

    @Test
    void should_count_a_failed_scenario_s_rules_but_nothing_of_a_failed_evaluation() {
        assertThat(run.results()).extracting(r -> r.scenario().name()).containsExactly(GRANTED, DENIED, WRONG, DOLLARS);
        assertThat(run.failures()).extracting(r -> r.scenario().name()).containsExactly(WRONG, DOLLARS);
        assertThat(run.passed()).isEqualTo(2);
        assertThat(run.failed()).isEqualTo(2);
        assertThat(run.allPassed()).isFalse();
        assertThat(run.failures().get(1).decision()).isNull();
        assertThat(run.coverage().rules().entries()).allSatisfy(e -> assertThat(e.scenarios()).doesNotContain(DOLLARS));
        assertThat(run.policy().name()).isEqualTo("test");
    }

    @Test
    void should_cover_everything_when_there_is_nothing_to_cover() {
        Coverage empty = Coverage.of(List.of(), run.results());

        assertThat(empty.rules().percent()).isEqualTo(100.0);
        assertThat(empty.denials()).hasToString("0 of 0 (100.0%)");
    }
}
