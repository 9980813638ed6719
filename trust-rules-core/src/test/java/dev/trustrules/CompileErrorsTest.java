package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileErrorsTest {

    @TempDir
    Path dir;

    @Test
    void should_report_file_and_line_when_a_rule_has_a_syntax_error() {
        TestPolicies.withRules(dir, """
                rule "A-01 fine"
                when
                    EvaluationTime()
                then
                end

                rule "A-02 broken"
                when
                    Order(paidFen > )
                then
                end
                """);

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/test.drl"));
        // the header (package + 3 imports) takes 4 lines, so "Order(paidFen > )" is line 13
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "rules/test.drl:13:21: syntax error: cannot make sense of ')' in rule \"A-02 broken\"");
        assertThat(e.getMessage()).isEqualTo("policy " + dir + " does not build (1 error):\n"
                + "rules/test.drl:13:21: syntax error: cannot make sense of ')' in rule \"A-02 broken\"");
    }

    @Test
    void should_report_file_and_line_when_a_rule_names_an_unknown_field() {
        TestPolicies.withRules(dir, """
                rule "A-01 unknown field"
                when
                    Order(price > 100)
                then
                end
                """);

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        Problem first = e.problems().get(0);
        assertThat(first.file()).isEqualTo("rules/test.drl");
        assertThat(first.line()).isEqualTo(7);
        assertThat(first.toString()).isEqualTo("rules/test.drl:7:11: rule \"A-01 unknown field\": Order has no field price");
        assertThat(first.toString()).startsWith("rules/test.drl:7:");
    }

    @Test
    void should_report_a_type_error_in_a_consequence_with_its_file() {
        TestPolicies.withRules(dir, """
                rule "A-01 bad consequence"
                when
                    Order($paid : paidFen)
                then
                    String paid = $paid;
                end
                """);

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).extracting(Problem::file).contains("rules/test.drl");
        assertThat(e.problems().get(0).line()).isPositive();
    }

    @Test
    void should_list_every_broken_file_when_several_fail() {
        TestPolicies.write(dir, Map.of(
                "alpha/a.drl", "package alpha;\nrule \"A-01\" when Nope() then end\n",
                "beta/b.drl", "package beta;\nrule \"B-01\" when Missing() then end\n"));

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).extracting(Problem::file).contains("alpha/a.drl", "beta/b.drl");
        assertThat(e.problems()).filteredOn(p -> p.file().equals("alpha/a.drl")).first()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(e.problems()).filteredOn(p -> p.file().equals("beta/b.drl")).first()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }
}
