package dev.trustrules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the default policy fired in at least one test of this module. Test classes run in
 * {@code @Order} (src/test/resources/junit-platform.properties) and this one runs last; it is skipped when
 * only some tests run ({@code -Dtest=...}), since the others would then look uncovered.
 */
@Order(Integer.MAX_VALUE)
class RuleCoverageTest {

    @Test
    void should_have_fired_every_rule_of_the_default_policy_when_the_whole_suite_ran() {
        assumeTrue(System.getProperty("test") == null, "only some tests run (-Dtest): coverage is not checked");
        Set<String> fired = DefaultPolicy.firedSoFar();
        assumeTrue(!fired.isEmpty(), "no other policy test ran before this one");

        List<String> neverFired = DefaultPolicy.POLICY.ruleNames().stream().filter(r -> !fired.contains(r)).toList();

        assertThat(neverFired).as("rules no test made fire").isEmpty();
    }
}
