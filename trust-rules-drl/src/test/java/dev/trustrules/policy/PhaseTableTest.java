package dev.trustrules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The phase table of the default policy (its folder's README.md) lists exactly the saliences its rules use, and
 * each rule id it names runs at the salience of its row, so that the table stays true when a rule moves.
 */
class PhaseTableTest {
    private static final Path POLICY_DIR = Path.of("src/main/resources/trust-rules/default-policy");
    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([A-Z]+-[0-9]+)[^\"]*\"\\s*\\n(?:\\s*salience (-?\\d+))?");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| (-?\\d+(?:, -?\\d+)*) \\| (.*) \\|$");
    private static final Pattern ID = Pattern.compile("`([A-Z]+-[0-9]+)`");

    @Test
    void should_list_every_salience_the_rules_use_and_no_other_when_reading_the_phase_table() throws IOException {
        Map<String, Integer> saliences = saliences();
        Set<Integer> used = new TreeSet<>(saliences.values());
        used.add(110); // the category matrix's rows (a decision table)

        assertThat(table().keySet()).isEqualTo(used);
    }

    @Test
    void should_run_each_rule_the_table_names_at_the_salience_of_its_row() throws IOException {
        Map<String, Integer> saliences = saliences();
        Map<String, Set<Integer>> named = new TreeMap<>();
        table().forEach((salience, text) -> {
            Matcher id = ID.matcher(text);
            while (id.find()) {
                named.computeIfAbsent(id.group(1), k -> new TreeSet<>()).add(salience);
            }
        });

        assertThat(named).containsKeys("CF-05", "FRT-12", "FOPT-15", "SFR-20", "LAD-00", "SR-10");
        named.forEach((id, row) -> assertThat(row).as("the row of %s", id).contains(saliences.get(id)));
    }

    /** Rule id to salience (0 when none is given), over every DRL file of every version. */
    private static Map<String, Integer> saliences() throws IOException {
        Map<String, Integer> saliences = new TreeMap<>();
        try (Stream<Path> files = Files.walk(POLICY_DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher rule = RULE.matcher(Files.readString(file));
                while (rule.find()) {
                    saliences.put(rule.group(1), rule.group(2) == null ? 0 : Integer.parseInt(rule.group(2)));
                }
            }
        }
        assertThat(saliences).hasSizeGreaterThan(150);
        return saliences;
    }

    /** Each salience of the table with the text of its row (a row may list several saliences). */
    private static Map<Integer, String> table() throws IOException {
        Map<Integer, String> rows = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(POLICY_DIR.resolve("README.md")));
        while (row.find()) {
            for (String salience : row.group(1).split(", ")) {
                rows.put(Integer.parseInt(salience), row.group(2));
            }
        }
        return rows;
    }
}
