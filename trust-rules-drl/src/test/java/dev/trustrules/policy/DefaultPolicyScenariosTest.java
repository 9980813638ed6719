package dev.trustrules.policy;

import dev.trustrules.test.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The scenario corpus of the default policy ({@code src/test/resources/scenarios}), one dynamic test per scenario. */
class DefaultPolicyScenariosTest {

    @TestFactory
    Stream<DynamicTest> should_meet_every_expectation_when_the_corpus_scenarios_are_decided() {
        return ScenarioTests.in(Path.of("src/test/resources/scenarios")).against(DefaultPolicy.POLICY);
    }
}
