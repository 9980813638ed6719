package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thresholds as a global of a declared limits type (see docs/policy-authoring.md, "Layout"). */
class LimitsGlobalsTest {

    @TempDir
    Path dir;

    private static final String LIMITS = """
            package rules;

            declare OrderLimits
                bigOrderFen : long = 100000
            end

            global OrderLimits orderLimits;
            """;

    private static final String BIG_ORDER_RULE = """
            rule "X-01 big order"
            when
                Order(paidFen >= orderLimits.bigOrderFen, $paid : paidFen)
            then
                insert(new AddNote("BIG_ORDER", $paid + " fen, from " + orderLimits.getBigOrderFen()));
            end
            """;

    @Test
    void should_read_the_default_value_of_the_limits_global_on_both_sides_of_the_threshold() {
        TestPolicies.write(dir, Map.of("rules/limits.drl", LIMITS, "rules/big.drl", "package rules;\n" + TestPolicies.HEADER + BIG_ORDER_RULE));
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThat(policy.evaluate(Requests.counterfeitClaim(100_000)).notes())
                    .extracting(Note::code, Note::rule, Note::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("BIG_ORDER", "X-01 big order", "100000 fen, from 100000"));
            assertThat(policy.evaluate(Requests.counterfeitClaim(99_999)).notes()).extracting(Note::code)
                    .doesNotContain("BIG_ORDER");
        }
    }

    @Test
    void should_give_every_evaluation_the_defaults_when_a_rule_changed_the_limits() {
        // GIVEN a rule that (wrongly) changes a threshold while deciding
        TestPolicies.write(dir, Map.of("rules/limits.drl", LIMITS, "rules/big.drl", "package rules;\n" + TestPolicies.HEADER
                + BIG_ORDER_RULE + """
                rule "X-02 lowers the threshold"
                    salience -10
                when
                    Order()
                then
                    orderLimits.setBigOrderFen(1);
                end
                """));
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).maxIdleSessions(1).build()) {
            // WHEN two small orders are decided one after the other on the same pooled session
            policy.evaluate(Requests.counterfeitClaim(500));
            Decision second = policy.evaluate(Requests.counterfeitClaim(500));
            // THEN the second still sees the default threshold
            assertThat(second.notes()).extracting(Note::code).doesNotContain("BIG_ORDER");
        }
    }

    @Test
    void should_refuse_to_build_when_a_global_is_not_a_declared_limits_type() {
        TestPolicies.withRules(dir, """
                global java.util.List seen;

                rule "X-03 uses a global"
                when
                    Order()
                then
                    seen.add("x");
                end
                """);
        assertThatThrownBy(() -> TestPolicies.build(dir))
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("rules/test.drl:5:1: global seen is a java.util.List, but globals are limits: their"
                                + " type must be declared in the policy with default values (declare GuaranteeLimits ... end),"
                                + " and trust-rules gives each evaluation an instance of it"));
    }
}
