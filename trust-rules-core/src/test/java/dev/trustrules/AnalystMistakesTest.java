package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes an analyst makes that compile and silently change payouts, and the ones the compiler
 * reports badly: each refused at build with the file, the line and a fix in plain words. The header
 * that {@link TestPolicies#withRules} writes takes 4 lines, so the first rule line is 5.
 */
class AnalystMistakesTest {

    @TempDir
    Path dir;

    private List<String> problems(String rules) {
        TestPolicies.withRules(dir, rules);
        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));
        assertThat(e).as("the policy was accepted").isNotNull();
        return e.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    @Test
    void should_refuse_text_compared_with_an_amount_when_the_amount_is_in_fen() {
        assertThat(problems("""
                rule "A-01 small orders"
                when
                    Order(paidFen <= "100 CNY")
                then
                    insert(new AddNote("SMALL", ""));
                end
                """)).containsExactly("rules/test.drl:7:11: rule \"A-01 small orders\": Order.paidFen is a number of fen "
                + "(1 CNY = 100 fen), and \"100 CNY\" is text: write 10000 without quotes");
    }

    @Test
    void should_accept_the_same_amount_written_in_fen() {
        TestPolicies.withRules(dir, """
                rule "A-01 small orders"
                when
                    Order(paidFen <= 10000)
                then
                    insert(new AddNote("SMALL", ""));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThat(policy.evaluate(Requests.counterfeitClaim(10_000)).notes()).extracting(Note::code).contains("SMALL");
            assertThat(policy.evaluate(Requests.counterfeitClaim(10_001)).notes()).extracting(Note::code).doesNotContain("SMALL");
        }
    }

    @Test
    void should_refuse_text_compared_with_a_yes_no_field() {
        assertThat(problems("""
                rule "A-02 flagged buyers"
                when
                    BuyerAccount(abuseFlag == "yes")
                then
                    insert(new AddNote("FLAGGED", ""));
                end
                """)).containsExactly("rules/test.drl:7:18: rule \"A-02 flagged buyers\": BuyerAccount.abuseFlag is yes/no, "
                + "and \"yes\" is text: write abuseFlag == true or abuseFlag == false");
    }

    @Test
    void should_refuse_a_decimal_amount_compared_with_fen() {
        assertThat(problems("""
                rule "A-03 over the limit"
                when
                    Order(paidFen > 150.00)
                then
                    insert(new AddNote("OVER", ""));
                end
                """)).containsExactly("rules/test.drl:7:11: rule \"A-03 over the limit\": amounts are in fen: 150.00 CNY is "
                + "15000; write Order.paidFen against 15000 (whole fen, no decimal point)");
    }

    @Test
    void should_refuse_a_decimal_default_for_a_fen_limit() {
        assertThat(problems("""
                declare TestLimits
                    capFen : long = 150.00
                    days : int = 30
                end
                rule "A-04 reads the limit"
                when
                    Order()
                then
                    insert(new AddNote("LIMITS", ""));
                end
                """)).containsExactly("rules/test.drl:6:5: declare TestLimits: amounts are in fen: 150.00 CNY is 15000; "
                + "TestLimits.capFen is a whole number (long), so 150.00 is not a value it can hold");
    }

    @Test
    void should_refuse_a_reason_code_that_is_not_a_code_and_suggest_one() {
        assertThat(problems("""
                rule "A-05 enrolled"
                when
                    Order()
                then
                    insert(new CarryGuarantee(EntitlementType.FAKE_ONE_PAY_TEN, "shop enrolled"));
                end
                """)).containsExactly("rules/test.drl:9:65: rule \"A-05 enrolled\": \"shop enrolled\" is not a reason code: "
                + "a reason code is UPPER_SNAKE_CASE, letters, digits and _ starting with a letter (for example "
                + "\"SHOP_ENROLLED\"); the words go in the detail");
    }

    @Test
    void should_suggest_the_field_meant_when_a_field_is_misspelt() {
        assertThat(problems("""
                rule "A-06 typo"
                when
                    Order(paidFenn > 100)
                then
                    insert(new AddNote("TYPO", ""));
                end
                """)).containsExactly("rules/test.drl:7:11: rule \"A-06 typo\": Order has no field paidFenn; did you mean paidFen?");
    }

    @Test
    void should_suggest_the_constant_meant_when_an_enum_constant_is_misspelt() {
        assertThat(problems("""
                rule "A-07 food"
                when
                    Order(category == Category.FOODS)
                then
                    insert(new AddNote("FOOD", ""));
                end
                """)).containsExactly("rules/test.drl:7:32: rule \"A-07 food\": Category has no constant FOODS; did you mean "
                + "FOOD? (it has APPAREL, SHOES_BAGS, COSMETICS, SKINCARE, FOOD, FRESH_FRUIT, FRESH_FOOD, JEWELLERY, LUXURY, "
                + "USED_PHONE, ELECTRONICS, HOME, CUSTOM_MADE, INTIMATE_WEAR, DIGITAL_DOWNLOAD, OTHER)");
    }

    @Test
    void should_suggest_the_fact_type_meant_when_a_type_is_misspelt() {
        assertThat(problems("""
                rule "A-08 orders"
                when
                    Ordr(paidFen > 100)
                then
                    insert(new AddNote("ORDER", ""));
                end
                """)).containsExactly("rules/test.drl:7:5: rule \"A-08 orders\": unknown fact type Ordr; did you mean Order?: "
                + "rules match the facts (dev.trustrules.facts), the rule vocabulary (dev.trustrules.rules) and the types the "
                + "policy declares; import it or declare it");
    }

    @Test
    void should_report_every_broken_file_with_its_own_suggestion() {
        TestPolicies.write(dir, Map.of(
                "alpha/a.drl", "package alpha;\nimport dev.trustrules.facts.*;\nrule \"A-01\" when Ordr() then end\n",
                "beta/b.drl", "package beta;\nimport dev.trustrules.facts.*;\nrule \"B-01\" when BuyerAcount() then end\n"));

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).filteredOn(Problem::isError).extracting(Problem::file, Problem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alpha/a.drl", 3), org.assertj.core.groups.Tuple.tuple("beta/b.drl", 3));
        assertThat(e.problems().get(1).message()).contains("unknown fact type BuyerAcount; did you mean BuyerAccount?");
    }

    @Test
    void should_warn_when_a_rule_modifies_a_fact_without_no_loop() {
        TestPolicies.withRules(dir, """
                declare Counter
                    n : int
                end
                rule "A-09 counts"
                when
                    $c : Counter(n < 3)
                then
                    modify($c) { setN($c.getN() + 1) }
                    insert(new AddNote("COUNTED", ""));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThat(policy.warnings()).map(Problem::toString).containsExactly("rules/test.drl:12:5: warning: rule "
                    + "\"A-09 counts\" changes a fact with modify but has no no-loop: if its conditions still match the changed "
                    + "fact it fires again, up to the firing cap; add no-loop (or lock-on-active)");
        }
    }

    @Test
    void should_not_warn_when_the_modifying_rule_has_no_loop() {
        TestPolicies.withRules(dir, """
                declare Counter
                    n : int
                end
                rule "A-09 counts"
                    no-loop
                when
                    $c : Counter(n < 3)
                then
                    modify($c) { setN($c.getN() + 1) }
                    insert(new AddNote("COUNTED", ""));
                end
                """);
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThat(policy.warnings()).isEmpty();
        }
    }

    @Test
    void should_report_a_missing_end_once_at_the_rule_that_lacks_it() {
        TestPolicies.write(dir, Map.of(
                "rules/a.drl", """
                        package rules;
                        import dev.trustrules.facts.*;
                        import dev.trustrules.rules.*;
                        rule "A-10 no end"
                        when
                            Order()
                        then
                            insert(new AddNote("A", ""));

                        rule "A-11 fine"
                        when
                            Order()
                        then
                            insert(new AddNote("B", ""));
                        end
                        """,
                "rules/b.drl", """
                        package rules;
                        import dev.trustrules.facts.*;
                        import dev.trustrules.rules.*;
                        rule "A-12 untouched"
                        when
                            Order()
                        then
                            insert(new AddNote("C", ""));
                        end
                        """));

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).map(Problem::toString).containsExactly("rules/a.drl:4:1: rule \"A-10 no end\" has no \"end\": "
                + "it runs into the rule on line 10; add \"end\" where it should stop");
        assertThat(e.getMessage()).doesNotContain("b.drl");
    }

    @Test
    void should_show_the_first_syntax_error_of_a_file_and_count_the_rest() {
        TestPolicies.withRules(dir, """
                rule "A-13 broken"
                when
                    Order(paidFen > )
                then
                end
                rule "A-14 broken too"
                when
                    Order(category == )
                then
                end
                """);

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).map(Problem::toString)
                .containsExactly("rules/test.drl:7:21: syntax error: cannot make sense of ')' in rule \"A-13 broken\"");
        assertThat(e.followOns()).map(Problem::toString)
                .containsExactly("rules/test.drl:12:23: syntax error: cannot make sense of ')' in rule \"A-14 broken too\"");
        assertThat(e.getMessage()).isEqualTo("policy " + dir + " does not build (1 error):\n"
                + "rules/test.drl:7:21: syntax error: cannot make sense of ')' in rule \"A-13 broken\"\n"
                + "(1 more error hidden: they mostly follow from the errors above; fix those and build again)");
    }
}
