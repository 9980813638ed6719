package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every evaluation ends: strict policies cannot loop or recurse, and whatever rule code throws (even an
 * Error) fails that evaluation alone, naming the rule and reaching the listeners, while the policy goes
 * on deciding.
 */
class TerminationTest {

    @TempDir
    Path dir;

    @Test
    void should_refuse_a_loop_in_a_consequence_at_the_loop() {
        TestPolicies.withRules(dir, """
                rule "T-01 spins"
                when
                    $o : Order()
                then
                    long n = $o.paidFen();
                    while (n > 0) { n = n - 1; }
                    insert(new AddNote("DONE", ""));
                end
                """);

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).map(Problem::toString).containsExactly("rules/test.drl:10:5: rule \"T-01 spins\" loops, which is "
                + "not allowed in strict mode: policy code may not loop (while, for, do), so that every evaluation ends; let "
                + "rules match each fact instead");
    }

    @Test
    void should_refuse_mutual_recursion_at_the_call() {
        TestPolicies.withRules(dir, """
                function long ping(long n) { return n <= 0 ? 0 : pong(n - 1); }
                function long pong(long n) { return n <= 0 ? 0 : ping(n - 1); }
                rule "T-02 ping"
                when
                    $o : Order()
                then
                    insert(new AddNote("PING", "" + ping($o.paidFen())));
                end
                """);

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).map(Problem::toString).containsExactly("rules/test.drl:5:50: function ping calls itself (ping -> "
                + "pong -> ping), which is not allowed in strict mode: policy code may not call itself, so that every "
                + "evaluation ends");
    }

    @Test
    void should_fail_the_evaluation_naming_the_rule_and_tell_the_listeners_when_trusted_rule_code_overflows_the_stack() {
        TestPolicies.withRules(dir, """
                function long depth(long n) { return depth(n + 1) + 1; }
                rule "T-03 deep"
                when
                    $o : Order(paidFen > 1000)
                then
                    insert(new AddNote("DEEP", "" + depth(0)));
                end
                rule "T-04 fine"
                when
                    Order()
                then
                    insert(new AddNote("FINE", ""));
                end
                """);
        List<String> failures = new CopyOnWriteArrayList<>();
        // trusted rules (strict off) may recurse; the engine still turns the overflow into a failed evaluation
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).strict(false).listener(new TrustPolicyListener() {
            @Override
            public void onEvaluationFailed(TrustRequest request, EvaluationException failure, long nanos) {
                failures.add(failure.rule());
            }
        }).build()) {
            assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(5_000)))
                    .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.rule()).isEqualTo("T-03 deep"))
                    .hasMessage("rule \"T-03 deep\" of policy " + policy.id() + " failed: StackOverflowError: it called itself "
                            + "without end");
            assertThat(failures).containsExactly("T-03 deep");
            assertThat(policy.evaluate(Requests.counterfeitClaim(500)).notes()).extracting(Note::code).containsExactly("FINE");
        }
    }

    @Test
    void should_fail_the_evaluation_when_trusted_rule_code_asks_for_more_memory_than_the_jvm_has() {
        TestPolicies.withRules(dir, """
                rule "T-05 greedy"
                when
                    $o : Order()
                then
                    long[] all = new long[Integer.MAX_VALUE];
                    insert(new AddNote("GREEDY", "" + all.length));
                end
                """);
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).strict(false).build()) {
            assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(5_000)))
                    .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.rule()).isEqualTo("T-05 greedy"))
                    .hasMessage("rule \"T-05 greedy\" of policy " + policy.id() + " failed: OutOfMemoryError: it allocated "
                            + "more memory than the JVM has");
        }
    }

    @Test
    void should_refuse_in_strict_mode_an_array_whose_size_is_computed() {
        TestPolicies.withRules(dir, """
                rule "T-05 greedy"
                when
                    $o : Order()
                then
                    long[] all = new long[(int) $o.paidFen()];
                    insert(new AddNote("GREEDY", "" + all.length));
                end
                """);

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).map(Problem::toString).containsExactly("rules/test.drl:9:18: rule \"T-05 greedy\" creates an "
                + "array of a size computed at evaluation, which is not allowed in strict mode: it is not on the list of what "
                + "rules may use (see \"What rules may call\" in docs/policy-authoring.md)");
    }

    @Test
    void should_say_the_policy_is_large_not_looping_when_the_cap_is_reached_by_many_rules() {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            rules.append("rule \"T-1").append(String.format("%02d", i)).append(" fires once\"\nwhen\n    Order()\nthen\n    insert(new AddNote(\"N")
                    .append(i).append("\", \"\"));\nend\n");
        }
        TestPolicies.withRules(dir, rules.toString());
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).maxRuleFirings(10).build()) {
            assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(100)))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessageStartingWith("policy " + policy.id() + " stopped: its rules reached the cap of 10 rule firings in "
                            + "one evaluation, spread over 10 rules (most: ")
                    .hasMessageEndingWith("): no rule loops, the policy is large for this request; raise maxRuleFirings if that "
                            + "is expected");
        }
    }

    @Test
    void should_fail_the_evaluation_when_the_rules_insert_more_facts_than_the_cap() {
        TestPolicies.withRules(dir, """
                declare Seed
                    n : int
                end
                rule "T-06 seeds"
                when
                    Order()
                then
                    insert(new Seed(1)); insert(new Seed(2)); insert(new Seed(3)); insert(new Seed(4));
                    insert(new Seed(5)); insert(new Seed(6)); insert(new Seed(7)); insert(new Seed(8));
                end
                """);
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).maxRuleFirings(5).build()) {
            assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(100)))
                    .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.rule()).isEqualTo("T-06 seeds"))
                    .hasMessage("rule \"T-06 seeds\" of policy " + policy.id() + " failed: the rules inserted more than 5 facts "
                            + "in one evaluation, so they loop or join without end");
        }
    }
}
