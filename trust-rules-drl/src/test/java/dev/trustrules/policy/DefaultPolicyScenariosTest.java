package dev.trustrules.policy;

import dev.trustrules.test.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenario corpus of the default policy ({@code src/test/resources/scenarios}, one file per guarantee or
 * area): one dynamic test per scenario, and a last one that the scenarios fire at least 95% of the policy's
 * rules (an analyst adding a rule adds the scenario that shows it).
 */
class DefaultPolicyScenariosTest {
    static final double MINIMUM_RULE_COVERAGE = 95;

    @TestFactory
    Stream<DynamicTest> should_meet_every_expectation_when_the_corpus_scenarios_are_decided() {
        return ScenarioTests.in(Path.of("src/test/resources/scenarios")).requiringRuleCoverage(MINIMUM_RULE_COVERAGE)
                .against(DefaultPolicy.POLICY);
    }
}
