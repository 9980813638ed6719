package dev.trustrules.internal.compile;

import static dev.trustrules.internal.compile.DecisionTableFixtures.HEAD;
import static dev.trustrules.internal.compile.DecisionTableFixtures.drl;
import static dev.trustrules.internal.compile.DecisionTableFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each cell of a decision table checked against what its column may hold, at its row and column with a fix
 * in plain words; each rule is shown on both sides, a valid cell beside the invalid ones.
 */
class DecisionTableCellsTest {

    private static String table(String kinds, String types, String code, String... rows) {
        return HEAD + "RuleTable T\n" + kinds + "\n" + types + "\n" + code + "\nlabels\n" + String.join("\n", rows) + "\n";
    }

    @Test
    void should_take_only_x_or_blank_when_the_column_is_a_flag() {
        assertThat(problems(table("NAME,ACTION", ",", ",\"insert(new AddNote(\"\"GIFT\"\", \"\"wrapped\"\"));\"",
                "T-01,X", "T-02,x", "T-03,", "T-04,no", "T-05,yes", "T-06,1", "T-07,✓"))).containsExactly(
                "11:2: \"no\" is not a flag: write X to turn it on, leave it blank to turn it off",
                "12:2: \"yes\" is not a flag: write X to turn it on, leave it blank to turn it off",
                "13:2: \"1\" is not a flag: write X to turn it on, leave it blank to turn it off",
                "14:2: \"✓\" is not a flag: write X to turn it on, leave it blank to turn it off");
    }

    @Test
    void should_take_only_x_or_blank_when_the_column_is_an_attribute_flag() {
        assertThat(problems(table("NAME,NO-LOOP,CONDITION", ",,Order", ",,paidFen >= $param", "T-01,X,0", "T-02,,0",
                "T-03,true,0"))).containsExactly(
                "10:2: \"true\" is not a flag: write X to turn no-loop on, leave it blank to turn it off");
    }

    @Test
    void should_require_a_condition_cell_unless_the_column_is_optional() throws Exception {
        String kinds = "NAME,CONDITION,CONDITION (optional)";
        String types = ",Order,BuyerAccount";
        String code = ",category == Category.$param,creditScore >= $param";

        assertThat(problems(table(kinds, types, code, "T-01,FOOD,", "T-02,,600"))).containsExactly(
                "9:2: the CONDITION cell is blank, which would make the rule of row 9 match every Order: write the value, or "
                        + "head the column CONDITION (optional) (row 4) if a blank cell should match any");
        assertThat(drl(table(kinds, types, code, "T-01,FOOD,"))).contains("\twhen\n\t\tOrder(category == Category.FOOD)\n\tthen\n");
    }

    @Test
    void should_take_a_constant_of_the_enum_when_the_code_names_the_enum() {
        assertThat(problems(table("NAME,CONDITION", ",Order", ",category == Category.$param", "T-01,FRESH_FRUIT", "T-02,FRESH_FRIUT",
                "T-03,Category.FOOD", "T-04,fresh fruit"))).containsExactly(
                "9:2: \"FRESH_FRIUT\" is not a Category; did you mean FRESH_FRUIT? (it is one of APPAREL, SHOES_BAGS, COSMETICS, "
                        + "SKINCARE, FOOD, FRESH_FRUIT, FRESH_FOOD, JEWELLERY, LUXURY, USED_PHONE, ELECTRONICS, HOME, CUSTOM_MADE, "
                        + "INTIMATE_WEAR, DIGITAL_DOWNLOAD, OTHER)",
                "10:2: write FOOD alone: the column's code already writes Category.$param",
                "11:2: \"fresh fruit\" is not a Category; did you mean FRESH_FRUIT? (it is one of APPAREL, SHOES_BAGS, COSMETICS, "
                        + "SKINCARE, FOOD, FRESH_FRUIT, FRESH_FOOD, JEWELLERY, LUXURY, USED_PHONE, ELECTRONICS, HOME, CUSTOM_MADE, "
                        + "INTIMATE_WEAR, DIGITAL_DOWNLOAD, OTHER)");
    }

    @Test
    void should_take_the_qualified_constant_when_an_enum_field_is_compared_with_the_cell() {
        assertThat(problems(table("NAME,CONDITION", ",Order", ",category == $param", "T-01,Category.FOOD", "T-02,FOOD",
                "T-03,Category.FOD"))).containsExactly(
                "9:2: Order.category is a Category: write Category.FOOD, or write the column's code as category == "
                        + "Category.$param",
                "10:2: \"Category.FOD\" is not a Category; did you mean FOOD? (it is one of APPAREL, SHOES_BAGS, COSMETICS, "
                        + "SKINCARE, FOOD, FRESH_FRUIT, FRESH_FOOD, JEWELLERY, LUXURY, USED_PHONE, ELECTRONICS, HOME, CUSTOM_MADE, "
                        + "INTIMATE_WEAR, DIGITAL_DOWNLOAD, OTHER)");
    }

    @Test
    void should_take_a_whole_number_of_fen_when_an_amount_is_compared_with_the_cell() {
        assertThat(problems(table("NAME,CONDITION", ",Order", ",paidFen >= $param", "T-01,15000", "T-02,150.00", "T-03,100 CNY",
                "T-04,-1"))).containsExactly(
                "9:2: amounts are in fen: 150.00 CNY is 15000; write 15000 (whole fen, no decimal point)",
                "10:2: Order.paidFen is a number of fen (1 CNY = 100 fen), and \"100 CNY\" is text: write 10000");
    }

    @Test
    void should_take_a_number_yes_no_or_quoted_text_as_the_compared_field_is() {
        assertThat(problems(table("NAME,CONDITION,CONDITION,CONDITION", ",BuyerAccount,BuyerAccount,BuyerAccount",
                ",creditScore >= $param,abuseFlag == $param,id == $param", "T-01,600,false,\"\"\"b-1\"\"\"", "T-02,6.5,yes,b-1",
                "T-03,high,TRUE,\"\"\"b-1\""))).containsExactly(
                "9:2: BuyerAccount.creditScore is a whole number: write \"6.5\" without a decimal point",
                "9:3: BuyerAccount.abuseFlag is yes/no: write true or false, not \"yes\"",
                "9:4: BuyerAccount.id is text: write it in quotes (\"b-1\"), or put quotes around $param in the column's code",
                "10:2: BuyerAccount.creditScore is a whole number, and \"high\" is text: write digits only",
                "10:3: BuyerAccount.abuseFlag is yes/no: write true or false, not \"TRUE\"",
                "10:4: BuyerAccount.id is text: write it in quotes (\"b-1\"), or put quotes around $param in the column's code");
    }

    @Test
    void should_take_a_whole_number_when_the_column_is_a_priority() {
        assertThat(problems(table("NAME,PRIORITY,CONDITION", ",,Order", ",,paidFen >= $param", "T-01,110,0", "T-02,-3,0",
                "T-03,high,0", "T-04,1.5,0", "T-05,,0"))).containsExactly(
                "10:2: \"high\" is not a priority: a PRIORITY cell holds a whole number (a rule with a higher number fires first), "
                        + "such as 110",
                "11:2: \"1.5\" is not a priority: a PRIORITY cell holds a whole number (a rule with a higher number fires first), "
                        + "such as 110",
                "12:2: the PRIORITY cell is blank: a PRIORITY cell holds a whole number (a rule with a higher number fires "
                        + "first), such as 110");
    }

    @Test
    void should_require_a_unique_plain_name_when_the_column_is_the_name() {
        assertThat(problems(table("NAME,CONDITION", ",Order", ",paidFen >= $param", "T-01 small,0", ",1", "T-01 small,2",
                "\"T-04 \"\"big\"\"\",3"))).containsExactly(
                "9:1: the rule of row 9 has no name: write one in its NAME cell (decisions and audit records show it)",
                "10:1: the rule name \"T-01 small\" is already used in row 8: each rule's NAME differs, since decisions name the "
                        + "rule that decided",
                "11:1: a rule name may not hold quotes, backslashes or line breaks: write it as words, such as CAT-03 COSMETICS");
    }

    @Test
    void should_take_a_value_when_the_code_puts_the_cell_elsewhere() {
        assertThat(problems(table("NAME,CONDITION,ACTION", ",Order,",
                ",paidFen >= $param,\"insert(new AddNote(\"\"LEVEL\"\", String.valueOf($param)));\"", "T-01,0,12",
                "T-02,0,Category.FOOD", "T-03,0,\"\"\"text\"\"\"", "T-04,0,two words", "T-05,0,System.exit(1)"))).containsExactly(
                "11:3: \"two words\" is not a value: a cell of this column holds a number, a text in quotes, true or false, or a "
                        + "constant such as Category.FOOD (to write code in a cell, make the column's code $param alone)",
                "12:3: \"System.exit(1)\" is not a value: a cell of this column holds a number, a text in quotes, true or false, "
                        + "or a constant such as Category.FOOD (to write code in a cell, make the column's code $param alone)");
    }

    @Test
    void should_take_as_many_values_as_the_code_numbers_when_the_code_uses_indexed_values() {
        assertThat(problems(table("NAME,CONDITION", ",Order", ",\"paidFen >= $1, paidFen < $2\"", "T-01,\"100, 200\"", "T-02,100",
                "T-03,\"1, 2, 3\"", "T-04,\"1, 2.5\""))).containsExactly(
                "9:2: this cell holds 1 value and the column's code takes 2 ($1 to $2): separate them with commas, and write a "
                        + "comma inside a value as \\,",
                "10:2: this cell holds 3 values and the column's code takes 2 ($1 to $2): separate them with commas, and write a "
                        + "comma inside a value as \\,",
                "11:2: amounts are in fen: 2.5 CNY is 250; write 250 (whole fen, no decimal point)");
    }

    @Test
    void should_take_any_one_line_text_and_escape_its_quotes_when_the_cell_goes_inside_quotes() throws Exception {
        String kinds = "NAME,ACTION";
        String code = ",\"insert(new AddNote(\"\"NOTE\"\", \"\"$param\"\"));\"";

        assertThat(drl(table(kinds, ",", code, "T-01,\"a 19\"\" screen, C:\\path\\x, \\n\""))).contains(
                "\t\tinsert(new AddNote(\"NOTE\", \"a 19\\\" screen, C:\\\\path\\\\x, \\n\"));");
        assertThat(problems(table(kinds, ",", code, "T-01,\"two\nlines\""))).containsExactly(
                "8:2: a cell holds one line: remove the line break");
    }

    @Test
    void should_refuse_a_group_name_when_it_holds_a_quote() {
        assertThat(problems(table("NAME,ACTIVATION-GROUP,CONDITION", ",,Order", ",,paidFen >= $param", "T-01,tier,0",
                "T-02,\"say \"\"hi\"\"\",0"))).containsExactly(
                "9:2: a group's name may not hold quotes, backslashes or line breaks: write it as words");
    }
}
