package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictModeTest {

    @TempDir
    Path dir;

    private Path policy(String drl) {
        return TestPolicies.write(dir, java.util.Map.of("guarantees/rules.drl", drl));
    }

    @Test
    void should_refuse_each_use_outside_the_allowlist_at_the_rule_that_makes_it() throws IOException {
        policy("""
                package guarantees;

                import java.io.File;
                import dev.trustrules.facts.Order;
                import dev.trustrules.rules.CarryGuarantee;
                import dev.trustrules.EntitlementType;

                function void pause() {
                    Thread.yield();
                }

                rule "X-01 leaks"
                when
                    Order(id.getClass() != null)
                then
                    System.out.println("SYSTEM. in a string is fine"); // System.exit(1) in a comment is fine
                    insert(new CarryGuarantee(EntitlementType.FAKE_ONE_PAY_TEN, "SHOP_ENROLLED"));
                end
                """);

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class,
                () -> TrustPolicy.builder().fromDirectory(dir).strict(true).build());

        assertThat(e.problems()).filteredOn(Problem::isError).map(Problem::toString).containsExactly(
                "guarantees/rules.drl:9:5: function pause uses java.lang.Thread, which is not allowed in strict mode: "
                        + "it controls threads, processes or the JVM, and rules may only decide (see \"What rules may call\" in "
                        + "docs/policy-authoring.md)",
                "guarantees/rules.drl:14:14: rule \"X-01 leaks\" calls java.lang.Object.getClass(), which is not allowed in "
                        + "strict mode: it is reflection, which reaches code the policy may not call (see \"What rules may call\" "
                        + "in docs/policy-authoring.md)",
                "guarantees/rules.drl:16:12: rule \"X-01 leaks\" reads java.lang.System.out, which is not allowed in strict "
                        + "mode: it reaches files, the network, the environment or the logs, and rules may only decide (see "
                        + "\"What rules may call\" in docs/policy-authoring.md)");
    }

    @Test
    void should_be_strict_when_nothing_is_said() throws IOException {
        policy("""
                package guarantees;

                import dev.trustrules.facts.Order;
                import dev.trustrules.rules.AddNote;

                rule "X-01 clock"
                when
                    Order()
                then
                    insert(new AddNote("NOW", "at " + java.time.Instant.now()));
                end
                """);

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class,
                () -> TrustPolicy.builder().fromDirectory(dir).build());

        assertThat(e.problems()).map(Problem::toString).containsExactly(
                "guarantees/rules.drl:10:57: rule \"X-01 clock\" calls java.time.Instant.now(), which is not allowed in strict "
                        + "mode: it reads the wall clock, so a replayed decision could differ; compare with the evaluation time "
                        + "(EvaluationTime, inserted in every evaluation) instead (see \"What rules may call\" in "
                        + "docs/policy-authoring.md)");
    }

    @Test
    void should_build_with_warnings_when_a_rule_has_no_reason_code_or_a_duplicate_name() throws IOException {
        policy("""
                package guarantees;

                import dev.trustrules.facts.Order;

                declare Flag
                    on : boolean
                end

                rule "X-01 nothing"
                when
                    Order()
                then
                    int unused = 1;
                end

                rule "X-02 derives"
                when
                    Order()
                then
                    insert(new Flag(true));
                end
                """);
        Files.writeString(dir.resolve("guarantees/more.drl"), """
                package other;

                import guarantees.Flag;

                rule "X-02 derives"
                when
                    Flag()
                then
                end
                """);

        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).strict(true).build()) {
            assertThat(policy.warnings()).map(Problem::toString).containsExactly(
                    "guarantees/more.drl:5:6: warning: rule \"X-02 derives\" inserts no outcome with a reason code "
                            + "(GrantEntitlement, DenyEntitlement, ImposeSanction, CarryGuarantee, AssignTier or AddNote)",
                    "guarantees/rules.drl:9:6: warning: rule \"X-01 nothing\" inserts no outcome with a reason code "
                            + "(GrantEntitlement, DenyEntitlement, ImposeSanction, CarryGuarantee, AssignTier or AddNote)",
                    "guarantees/rules.drl:16:6: warning: duplicate rule name \"X-02 derives\" (first at guarantees/more.drl:5)");
        }
    }

    @Test
    void should_allow_any_call_when_strict_is_off() throws IOException {
        policy("""
                package guarantees;

                import dev.trustrules.facts.Order;

                rule "X-01 prints"
                when
                    Order()
                then
                    System.out.println("hello");
                end
                """);

        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).strict(false).build()) {
            assertThat(policy.ruleNames()).isEqualTo(List.of("X-01 prints"));
            assertThat(policy.warnings()).map(Problem::toString).containsExactly("guarantees/rules.drl:5:6: warning: rule "
                    + "\"X-01 prints\" inserts no outcome with a reason code (GrantEntitlement, DenyEntitlement, ImposeSanction, "
                    + "CarryGuarantee, AssignTier or AddNote)");
        }
    }
}
