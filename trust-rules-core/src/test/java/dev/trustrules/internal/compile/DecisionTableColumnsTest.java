package dev.trustrules.internal.compile;

import static dev.trustrules.internal.compile.DecisionTableFixtures.HEAD;
import static dev.trustrules.internal.compile.DecisionTableFixtures.drl;
import static dev.trustrules.internal.compile.DecisionTableFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each kind of column of a CSV decision table becomes in the DRL, and the columns that are refused. */
class DecisionTableColumnsTest {

    @Test
    void should_write_one_rule_per_row_with_its_name_and_salience_when_the_table_has_name_and_priority_columns() throws Exception {
        String drl = drl(HEAD + """
                RuleTable CAT matrix,,,
                NAME,PRIORITY,CONDITION,ACTION
                ,,Order,
                ,,category == Category.$param,"insert(new AddNote(""FOOD"", ""eaten""));"
                rule,priority,category,food note
                CAT-05 FOOD,110,FOOD,X
                CAT-11 ELECTRONICS,-5,ELECTRONICS,
                """);

        assertThat(drl).isEqualTo("""
                package guarantees;
                //generated from Decision Table
                import dev.trustrules.facts.Order;
                import dev.trustrules.facts.Category;
                import dev.trustrules.facts.BuyerAccount;
                import dev.trustrules.rules.AddNote;
                // rule values at A8, header at A3
                rule "CAT-05 FOOD"
                \tsalience 110
                \twhen
                \t\tOrder(category == Category.FOOD)
                \tthen
                \t\tinsert(new AddNote("FOOD", "eaten"));
                end

                // rule values at A9, header at A3
                rule "CAT-11 ELECTRONICS"
                \tsalience -5
                \twhen
                \t\tOrder(category == Category.ELECTRONICS)
                \tthen
                end

                """);
    }

    @Test
    void should_set_salience_when_the_column_is_headed_salience() throws Exception {
        assertThat(drl(HEAD + """
                RuleTable T
                NAME,SALIENCE,CONDITION
                ,,Order
                ,,paidFen >= $param
                rule,salience,min paid
                T-01 any,7,0
                """)).contains("rule \"T-01 any\"\n\tsalience 7\n\twhen\n\t\tOrder(paidFen >= 0)\n");
    }

    @Test
    void should_write_the_attributes_when_the_table_has_flag_and_group_columns() throws Exception {
        String drl = drl(HEAD + """
                RuleTable T
                NAME,NO-LOOP,LOCK-ON-ACTIVE,AUTO-FOCUS,ACTIVATION-GROUP,AGENDA-GROUP,RULEFLOW-GROUP,DESCRIPTION,CONDITION
                ,,,,,,,,Order
                ,,,,,,,,paidFen >= $param
                rule,no loop,lock,focus,activation,agenda,flow,what it is for,min paid
                T-01 all,X,x,X,tier,main,flow,"the first, with every attribute",0
                T-02 none,,,,,,,,100
                """);

        assertThat(drl).contains("""
                rule "T-01 all"
                \tno-loop true
                \tlock-on-active true
                \tauto-focus true
                \tactivation-group "tier"
                \tagenda-group "main"
                \truleflow-group "flow"
                \twhen
                \t\tOrder(paidFen >= 0)
                """, """
                rule "T-02 none"
                \twhen
                \t\tOrder(paidFen >= 100)
                """).doesNotContain("every attribute");
    }

    @Test
    void should_write_one_pattern_per_condition_and_bound_actions_first_when_conditions_bind_and_split_values() throws Exception {
        String drl = drl(HEAD + """
                RuleTable T
                NAME,CONDITION,CONDITION (optional),ACTION,ACTION
                ,$o : Order,BuyerAccount,,$o
                ,category == Category.$param,"creditScore >= $1, creditScore < $2","insert(new AddNote(""BAND"", ""$param""));",enrolledIn(dev.trustrules.EntitlementType.$param)
                rule,category,credit band,band,enrolled
                T-01 food,FOOD,"600, 700","mid, ""fair""\",FREIGHT_INSURANCE
                T-02 any buyer,FOOD,,,
                """);

        assertThat(drl).contains("""
                rule "T-01 food"
                \twhen
                \t\t$o : Order(category == Category.FOOD)
                \t\tBuyerAccount(creditScore >= 600, creditScore < 700)
                \tthen
                \t\t$o.enrolledIn(dev.trustrules.EntitlementType.FREIGHT_INSURANCE);
                \t\tinsert(new AddNote("BAND", "mid, \\"fair\\""));
                end
                """, """
                rule "T-02 any buyer"
                \twhen
                \t\t$o : Order(category == Category.FOOD)
                \tthen
                end
                """);
    }

    @Test
    void should_put_a_code_cell_as_written_when_the_column_code_is_param_alone() throws Exception {
        assertThat(drl(HEAD + """
                RuleTable T
                NAME,CONDITION,ACTION
                ,Order,
                ,$param,$param
                rule,constraint,action
                T-01 big,"paidFen > 100 && category == Category.FOOD","insert(new AddNote(""BIG"", ""over 1 CNY""));"
                """)).contains("\t\tOrder(paidFen > 100 && category == Category.FOOD)\n\tthen\n"
                + "\t\tinsert(new AddNote(\"BIG\", \"over 1 CNY\"));\n");
    }

    @Test
    void should_compile_every_table_when_the_file_has_several() throws Exception {
        String drl = drl(HEAD + """
                RuleTable A
                NAME,CONDITION
                ,Order
                ,paidFen >= $param
                rule,min
                A-01,1

                RuleTable B
                NAME,CONDITION
                ,Order
                ,paidFen < $param
                rule,max
                B-01,2
                """);

        assertThat(drl).contains("// rule values at A8, header at A3\nrule \"A-01\"", "// rule values at A15, header at A10\nrule \"B-01\"");
    }

    @Test
    void should_refuse_a_column_at_its_header_when_its_kind_reads_the_clock_or_is_unknown() {
        assertThat(problems(HEAD + """
                RuleTable T
                NAME,DATE-EXPIRES,TIMER,METADATA,CONDITON,C,CONDITION
                ,,,,,,Order
                ,,,,,,paidFen >= $param
                rule,expires,timer,meta,typo,short,min
                T-01,01-Jan-2099,int: 1s,x,y,z,0
                """)).containsExactly(
                "4:2: DATE-EXPIRES sets date-expires, which is not allowed: it makes a rule depend on the clock, so a replayed "
                        + "decision could differ; compare with the evaluation time (EvaluationTime) in a .drl rule, or ship a new "
                        + "policy version with an effectiveFrom",
                "4:3: TIMER sets timer, which is not allowed: it makes a rule depend on the clock, so a replayed decision could "
                        + "differ; compare with the evaluation time (EvaluationTime) in a .drl rule, or ship a new policy version "
                        + "with an effectiveFrom",
                "4:4: METADATA is not supported: trust-rules does not read rule metadata; write the text in a DESCRIPTION column",
                "4:5: \"CONDITON\" is not a column kind; did you mean CONDITION? (the kinds are NAME, DESCRIPTION, PRIORITY, "
                        + "CONDITION, ACTION, NO-LOOP, LOCK-ON-ACTIVE, AUTO-FOCUS, ACTIVATION-GROUP, AGENDA-GROUP, RULEFLOW-GROUP, "
                        + "and CONDITION (optional))",
                "4:6: write the column kind in full: CONDITION");
    }

    @Test
    void should_refuse_a_second_column_of_a_kind_when_a_table_has_one_of_it() {
        assertThat(problems(HEAD + """
                RuleTable T
                NAME,PRIORITY,NAME,PRIORITY,CONDITION
                ,,,,Order
                ,,,,paidFen >= $param
                rule,p,name,p,min
                T-01,1,again,2,0
                """)).containsExactly("4:3: a second NAME column: a table has one (column A)",
                "4:4: a second PRIORITY column: a table has one (column B)");
    }

    @Test
    void should_refuse_the_header_cells_when_they_do_not_fit_their_column() {
        assertThat(problems(HEAD + """
                RuleTable T
                NAME,CONDITION,CONDITION,ACTION,ACTION
                Order,,$o Order,$b,
                ,,category == Category.$param,"insert(new AddNote(""A"", ""b""));",
                rule,min,category,note,other
                T-01,0,FOOD,X,X
                """)).containsExactly(
                "5:1: leave this cell blank: a NAME column's values are in the rows of the rules",
                "5:2: a CONDITION column needs the fact type it matches in this row, such as Order (or $o : Order to name the "
                        + "fact for the actions)",
                "5:3: \"$o Order\" is not a fact type: write a type such as Order, or $o : Order (conditions that need more go "
                        + "in a .drl file)",
                "5:4: $b is not bound: bind it in a CONDITION column's fact type ($o : Order)",
                "6:2: a CONDITION column needs its code in this row, with $param where the cell's value goes, such as category "
                        + "== Category.$param",
                "6:5: an ACTION column needs its code in this row: what the rule does, with $param where the cell's value goes, "
                        + "or without for a column of X");
    }

    @Test
    void should_refuse_the_code_when_it_cannot_take_a_cell() {
        assertThat(problems(HEAD + """
                RuleTable T
                NAME,CONDITION,CONDITION,CONDITION,ACTION
                ,Order,Order,Order,
                ,category == Category.FOOD,"paidFen >= $param, paidFen < $2","forall(||){category == Category.$}",insert($3)
                rule,a,b,c,d
                T-01,X,1,FOOD,1
                """)).containsExactly(
                "6:2: a CONDITION's code needs $param where the cell's value goes, for example category == Category.$param",
                "6:3: the code uses both $param and $2: use $param for a cell of one value, or $1, $2 ... for a cell of several "
                        + "values separated by commas",
                "6:4: forall(...){...} is not supported: write one row per value, or use $1, $2 ... for a cell of several values",
                "6:5: the code uses $3 but not $1: number the values $1, $2 ... without a gap");
    }

    @Test
    void should_refuse_the_table_at_its_title_when_it_has_no_header_rows_no_name_column_or_no_rules() {
        assertThat(problems(HEAD + """
                RuleTable no headers
                CAT-01 APPAREL,110,APPAREL

                RuleTable no name
                PRIORITY,CONDITION
                ,Order
                ,paidFen >= $param
                priority,min
                1,0

                RuleTable no rules
                NAME,CONDITION
                ,Order
                ,paidFen >= $param
                rule,min
                """)).containsExactly(
                "3:1: RuleTable no headers has no column kinds in row 4: under a RuleTable come four rows, the column kinds "
                        + "(NAME, CONDITION, ACTION ...), the fact types, the code and the labels, then one row per rule",
                "6:1: RuleTable no name has no NAME column: add one, so that each rule has the name that decisions and audit "
                        + "records show",
                "13:1: RuleTable no rules has no rules: write one row per rule under its labels (row 17)");
    }

    @Test
    void should_refuse_a_cell_at_its_place_when_it_is_outside_the_table() {
        assertThat(problems(HEAD + """
                RuleTable T,,,
                NAME,CONDITION,,
                ,Order,,
                ,paidFen >= $param,,
                rule,min,,
                T-01,0,,
                T-02,1,,stray
                """)).containsExactly("9:4: this cell is outside the table: its column has no kind in row 4 (NAME, CONDITION, "
                + "ACTION ...); give the column a kind, or leave the cell blank");
    }

    @Test
    void should_refuse_a_table_at_its_last_row_when_the_file_ends_in_its_header_rows() {
        assertThat(problems(HEAD + """
                RuleTable T
                NAME,CONDITION
                ,Order
                """)).containsExactly("3:1: RuleTable T ends before its four header rows (column kinds, fact types, code, labels): "
                + "the file ends at row 5");
    }
}
