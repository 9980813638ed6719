package dev.trustrules.internal.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.Test;

/**
 * The DRL trust-rules writes for a CSV decision table is the DRL Drools' {@code SpreadsheetCompiler} writes
 * for it (modulo whitespace, comments and the order of a rule's attributes), for the tables both read:
 * compared while {@code drools-decisiontables} is still on the test class path.
 */
class DecisionTableDroolsParityTest {

    /** DRL without comments and blank lines, each line stripped, each rule's attributes sorted. */
    static List<String> normalized(String drl) {
        String code = drl.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
        List<String> lines = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        boolean head = false;
        for (String raw : code.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("rule ")) {
                head = true;
                lines.add(line);
            } else if (head && line.equals("when")) {
                attributes.sort(null);
                lines.addAll(attributes);
                attributes.clear();
                head = false;
                lines.add(line);
            } else if (head) {
                attributes.add(line);
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    static String drools(String csv) {
        return new SpreadsheetCompiler().compile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), InputType.CSV);
    }

    static String ours(String csv) throws Exception {
        return DecisionTables.csv(csv, true, "guarantees").drl();
    }

    @Test
    void should_write_the_drl_drools_writes_when_the_table_is_a_category_matrix() throws Exception {
        String csv = """
                RuleSet,guarantees,,,,
                Import,"dev.trustrules.facts.Category, dev.trustrules.facts.Order",,,,
                Notes,"Which categories carry which terms; an X turns the column's term on.",,,,
                ,,,,,
                RuleTable CAT category matrix,,,,,
                NAME,PRIORITY,CONDITION,ACTION,ACTION,ACTION
                ,,Order,,,
                ,,category == Category.$param,"insert(new CategoryTerm(""FAKE_ONE_PAY_TEN_MANDATORY""));","insert(new CategoryTerm(""FOOD_COMPENSATION_FLOOR""));","insert(new CategoryTerm(""ALLERGY_COVERED""));"
                rule,priority,category,fake-one-pay-ten mandatory,food compensation floor,allergy insurance
                CAT-01 APPAREL,110,APPAREL,,,
                CAT-03 COSMETICS,110,COSMETICS,,,X
                CAT-05 FOOD,110,FOOD,,X,
                CAT-08 JEWELLERY,110,JEWELLERY,X,,
                """;

        assertThat(ours(csv)).isEqualTo(drools(csv));
        assertThat(normalized(ours(csv))).isEqualTo(normalized(drools(csv)));
    }
}
