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

    private Path policy(String drl) throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "name=t\nversion=1\n");
        Files.createDirectories(dir.resolve("guarantees"));
        Files.writeString(dir.resolve("guarantees/rules.drl"), drl);
        return dir;
    }

    @Test
    void should_report_every_forbidden_use_as_file_line_column_when_strict() throws IOException {
        policy("""
                package guarantees;

                import java.io.File;
                import dev.trustrules.internal.json.JsonDocuments;
                import dev.trustrules.facts.Order;
                import dev.trustrules.rules.CarryGuarantee;
                import dev.trustrules.EntitlementType;

                function void pause() {
                    Thread.sleep(10);
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

        assertThat(e.problems()).map(Problem::toString).contains(
                "guarantees/rules.drl:3:8: import java.io.File is not allowed in strict mode: rule files may import only "
                        + "dev.trustrules.*, dev.trustrules.facts.*, dev.trustrules.rules.*, java.lang.*, java.time.*, "
                        + "java.math.* and types declared in the policy's own packages",
                "guarantees/rules.drl:4:8: import dev.trustrules.internal.json.JsonDocuments is not allowed in strict mode: rule files "
                        + "may import only dev.trustrules.*, dev.trustrules.facts.*, dev.trustrules.rules.*, java.lang.*, "
                        + "java.time.*, java.math.* and types declared in the policy's own packages",
                "guarantees/rules.drl:10:5: 'Thread' is not allowed in strict mode: threads (Thread) is forbidden in rule "
                        + "conditions, consequences and functions",
                "guarantees/rules.drl:15:14: 'getClass(' is not allowed in strict mode: reflection (getClass()) is forbidden "
                        + "in rule conditions, consequences and functions",
                "guarantees/rules.drl:17:5: 'System.' is not allowed in strict mode: System is forbidden in rule conditions, "
                        + "consequences and functions");
        assertThat(e.problems()).filteredOn(Problem::isError).hasSize(5);
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
    void should_not_check_when_strict_is_off() throws IOException {
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

        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).build()) {
            assertThat(policy.ruleNames()).isEqualTo(List.of("X-01 prints"));
            assertThat(policy.warnings()).isEmpty();
        }
    }
}
