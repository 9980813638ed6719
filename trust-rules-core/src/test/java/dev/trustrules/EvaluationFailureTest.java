package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationFailureTest {

    @TempDir
    Path dir;

    @Test
    void should_fail_the_evaluation_naming_the_rule_when_a_consequence_throws() {
        TestPolicies.withRules(dir, """
                rule "X-01 divides by zero"
                when
                    Order($paid : paidFen)
                then
                    long ratio = $paid / 0;
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(19_900)))
                    .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.rule()).isEqualTo("X-01 divides by zero"))
                    .hasMessage("rule \"X-01 divides by zero\" of policy " + policy.id() + " failed: ArithmeticException: / by zero");
        }
    }

    @Test
    void should_fail_naming_the_rule_when_compensation_overflows_an_unchecked_multiplication() {
        TestPolicies.withRules(dir, """
                rule "X-02 ten times without a cap"
                when
                    Order($paid : paidFen)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "TEN_TIMES", $paid, Amounts.times($paid, 10), Payer.SHOP, false));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(Long.MAX_VALUE / 5)))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessage("rule \"X-02 ten times without a cap\" of policy " + policy.id()
                            + " failed: ArithmeticException: long overflow");
        }
    }

    @Test
    void should_fail_naming_the_rule_when_a_condition_throws() {
        TestPolicies.withRules(dir, """
                rule "X-03 condition calls a throwing helper"
                when
                    Order(Amounts.percentOf(paidFen, 101) > 0)
                then
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(19_900)))
                    .isInstanceOfSatisfying(EvaluationException.class,
                            e -> assertThat(e.rule()).isEqualTo("X-03 condition calls a throwing helper"))
                    .hasMessageContaining("rule \"X-03 condition calls a throwing helper\"")
                    .hasMessageContaining("percent must be between 0 and 100, was 101");
        }
    }

    @Test
    void should_refuse_at_build_a_reason_code_literal_that_is_not_a_code() {
        TestPolicies.withRules(dir, """
                rule "X-04 lower-case reason"
                when
                    Order()
                then
                    insert(new DenyEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "not a code", ""));
                end
                """);

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).map(Problem::toString).containsExactly("rules/test.drl:9:66: rule \"X-04 lower-case reason\": "
                + "\"not a code\" is not a reason code: a reason code is UPPER_SNAKE_CASE, letters, digits and _ starting with a "
                + "letter (for example \"NOT_A_CODE\"); the words go in the detail");
    }

    @Test
    void should_fail_naming_the_rule_when_a_rule_inserts_an_invalid_outcome() {
        // a reason computed at evaluation cannot be checked at build: the outcome's own check fails the evaluation
        TestPolicies.withRules(dir, """
                rule "X-04 lower-case reason"
                when
                    Order()
                then
                    String reason = "not a code";
                    insert(new DenyEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, reason, ""));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(19_900)))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessageEndingWith("failed: IllegalArgumentException: DenyEntitlement.reason must be an UPPER_SNAKE_CASE reason code, was \"not a code\"");
        }
    }

    @Test
    void should_stop_a_rule_loop_at_the_firing_cap_naming_the_rule() {
        TestPolicies.withRules(dir, """
                declare Counter
                    n : int
                end

                rule "X-05 start"
                when
                    Order()
                then
                    insert(new Counter(0));
                end

                rule "X-06 count forever"
                when
                    $c : Counter(n >= 0)
                then
                    modify($c) { setN($c.getN() + 1) }
                end
                """);
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).maxRuleFirings(500).build()) {
            assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(19_900)))
                    .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.rule()).isEqualTo("X-06 count forever"))
                    .hasMessage("policy " + policy.id() + " stopped: its rules reached the cap of 500 rule firings in one "
                            + "evaluation because they loop, re-activating each other: \"X-06 count forever\" x500, \"X-05 start\" x1; "
                            + "a rule that changes a fact its own conditions match needs no-loop, or a condition that the change "
                            + "makes false");
        }
    }

    @Test
    void should_keep_serving_correct_decisions_after_a_failed_evaluation() {
        TestPolicies.withRules(dir, """
                rule "X-07 fails on big orders"
                when
                    Order(paidFen > 1000000, $paid : paidFen)
                then
                    long ratio = $paid / 0;
                end

                rule "X-08 grants small orders"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                    Order(paidFen <= 1000000, $paid : paidFen)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "OK", $paid, 0, Payer.SHOP, false));
                end
                """);
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).maxIdleSessions(1).build()) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(2_000_000)))
                        .isInstanceOf(EvaluationException.class);
                Decision ok = policy.evaluate(Requests.counterfeitClaim(19_900));
                assertThat(ok.entitlements()).extracting(Entitlement::refundFen).containsExactly(19_900L);
                assertThat(ok.firedRules()).containsExactly("X-08 grants small orders");
            }
        }
    }
}
