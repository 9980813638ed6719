package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.RESOURCES;
import static dev.trustrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    static final String CORPUS = RESOURCES + "corpus/past-claims.jsonl";

    @TempDir
    static Path policies;

    static Path candidate;

    /** A candidate: the default policy with the freight cap cut from 25.00 to 20.00 CNY. */
    @BeforeAll
    static void copyAndEditTheDefaultPolicy() throws IOException {
        candidate = copyOfTheDefaultPolicy("candidate", "2026.12.0-rc1");
        Path limits = candidate.resolve("guarantees/limits.drl");
        String edited = Files.readString(limits).replace("freightPayoutCapFen : long = 2500", "freightPayoutCapFen : long = 2000");
        assertThat(edited).isNotEqualTo(Files.readString(limits));
        Files.writeString(limits, edited);
    }

    /**
     * A copy of the default policy named {@code version}, with one version only, so that the candidate's name
     * is its own (the corpus's orders are all paid before the bundled 2026.12.0 overlay takes effect).
     */
    static Path copyOfTheDefaultPolicy(String name, String version) throws IOException {
        Path copy = policies.resolve(name);
        Path source = Path.of(CliRun.DEFAULT_POLICY_DIR);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(copy.resolve("policy.properties"), "name=trust-default\nversion=" + version + "\n");
        try (Stream<Path> overlay = Files.walk(copy.resolve("versions"))) {
            for (Path file : (Iterable<Path>) overlay.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
        return copy;
    }

    @Test
    void should_report_no_change_when_both_policies_are_the_same() {
        CliRun run = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", CliRun.DEFAULT_POLICY_DIR, CORPUS);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("documents: 42\n", "changed decisions: 0 (0.00%)\n",
                "payout change (refund + payout): 0.00 CNY").doesNotContain("sample changed decisions");
    }

    @Test
    void should_count_changes_by_type_and_sum_the_payout_change_when_the_candidate_differs() {
        CliRun run = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", candidate.toString(),
                "--threads", "2", CORPUS);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("candidate: " + candidate + "\n  trust-default@2026.12.0-rc1 (sha256 ", "documents: 42\n")
                .containsPattern("changed decisions: [1-9]\\d* \\(")
                .containsPattern("  FREIGHT_INSURANCE +\\d+ -> \\d+ \\(\\+0\\), [1-9]\\d* changed\n")
                .containsPattern("payout change \\(refund \\+ payout\\): -\\d+\\.\\d\\d CNY \\(baseline \\d+\\.\\d\\d CNY, "
                        + "candidate \\d+\\.\\d\\d CNY\\)\n")
                .contains("sample changed decisions:\n  line ")
                .containsPattern("FREIGHT_INSURANCE granted 25\\.00 CNY \\(FREIGHT_REIMBURSED_CAPPED\\)[^\n]*\n {6}candidate: "
                        + "[^\n]*FREIGHT_INSURANCE granted 20\\.00 CNY \\(FREIGHT_REIMBURSED_CAPPED\\)");
        assertThat(run.err()).contains("diff: 42 documents in");
    }

    @Test
    void should_print_the_same_report_whatever_the_number_of_threads() {
        CliRun one = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", candidate.toString(), "--threads", "1", CORPUS);
        CliRun two = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", candidate.toString(), "--threads", "2", CORPUS);

        assertThat(two.out()).isEqualTo(one.out());
    }

    @Test
    void should_exit_2_naming_the_line_when_a_corpus_line_is_invalid() {
        CliRun run = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", CliRun.DEFAULT_POLICY_DIR,
                RESOURCES + "corpus/bad-line.jsonl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("trust-rules: src/test/resources/corpus/bad-line.jsonl:3:92: order.paidFen: "
                + "expected an amount in fen >= 0, was -5 (--skip-invalid counts and skips such documents)\n");
    }

    @Test
    void should_count_and_show_the_bad_line_and_report_the_rest_when_skipping_invalid_documents() {
        CliRun run = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", CliRun.DEFAULT_POLICY_DIR,
                "--skip-invalid", RESOURCES + "corpus/bad-line.jsonl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("documents: 5\nchanged decisions: 0 (0.00%)\ninvalid documents skipped: 1\n"
                + "first skipped documents:\n  line 3: src/test/resources/corpus/bad-line.jsonl:3:92: order.paidFen: "
                + "expected an amount in fen >= 0, was -5\ndecided by");
    }

    @Test
    void should_show_guarantees_tiers_and_the_rules_behind_them_when_a_tier_limit_changes() throws IOException {
        Path raised = copyOfTheDefaultPolicy("gold-raised", "2026.11.0-gold700");
        Path limits = raised.resolve("buyers/limits.drl");
        Files.writeString(limits, Files.readString(limits).replace("goldMinScore : int = 650", "goldMinScore : int = 700"));

        CliRun run = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", raised.toString(), CORPUS);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("buyer tier \\(baseline -> candidate, decisions changed\\):\n(  .*\n)*  SILVER +\\d+ -> \\d+ \\(\\+[1-9]\\d*\\), [1-9]\\d* changed\n")
                .containsPattern("rules behind the changes \\(decisions changed\\):\n(  .*\n)* +[1-9]\\d*  BT-03 SILVER from a credit score in the SILVER band\n")
                .containsPattern("      \\* buyerTier: GOLD -> SILVER  \\[BT-02 GOLD from a credit score in the GOLD band(; [^\n]*)? -> "
                        + "BT-03 SILVER from a credit score in the SILVER band")
                .containsPattern("      \\* REFUND_WITHOUT_RETURN carried: yes \\(\\w+\\) -> no  \\[RWR-01 ");
    }

    @Test
    void should_write_markdown_csv_and_every_change_in_corpus_order_when_asked() throws IOException {
        Path markdown = policies.resolve("report.md");
        Path changes1 = policies.resolve("changes-1.csv");
        Path changes2 = policies.resolve("changes-2.csv");

        CliRun md = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", candidate.toString(), "--format", "markdown",
                "-o", markdown.toString(), "--changes", changes1.toString(), "--threads", "1", CORPUS);
        CliRun csv = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", candidate.toString(), "--format", "csv",
                "--changes", changes2.toString(), "--threads", "2", CORPUS);

        assertThat(md.exitCode()).as(md.err()).isZero();
        assertThat(md.out()).isEmpty();
        assertThat(Files.readString(markdown)).startsWith("# What-if: " + candidate + " against " + CliRun.DEFAULT_POLICY_DIR + "\n")
                .contains("## Rules behind the changes", "| **payoutFen** | 25.00 CNY | 20.00 CNY |");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("section,type,baseline,candidate,difference,decisions_changed\n")
                .containsPattern("\nentitlements granted,FREIGHT_INSURANCE,(\\d+),\\1,0,[1-9]\\d*\n");
        List<String> rows = Files.readAllLines(changes1);
        assertThat(rows.get(0)).isEqualTo("source,line,subject,section,type,field,baseline,candidate,baseline_rule,candidate_rule");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(row -> assertThat(row).startsWith(CORPUS + ","));
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).contains(",ENTITLEMENT,FREIGHT_INSURANCE,payoutFen,25.00 CNY,20.00 CNY,"));
        List<Long> lines = rows.subList(1, rows.size()).stream().map(row -> Long.parseLong(row.split(",")[1])).toList();
        assertThat(lines).isSorted();
        assertThat(Files.readAllLines(changes2)).isEqualTo(rows);
    }

    @Test
    void should_exit_2_when_the_format_is_unknown() {
        CliRun run = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", CliRun.DEFAULT_POLICY_DIR,
                "--format", "xlsx", CORPUS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: --format must be text, markdown or csv, was 'xlsx'\n");
    }

    @Test
    void should_exit_2_naming_line_and_column_when_a_corpus_line_is_not_valid_utf8() throws IOException {
        byte[] corpus = Files.readAllBytes(Path.of(CORPUS));
        String text = new String(corpus, java.nio.charset.StandardCharsets.UTF_8);
        int line5 = 0;
        for (int i = 0; i < 4; i++) {
            line5 = text.indexOf('\n', line5) + 1;
        }
        corpus[text.indexOf("\"b-", line5) + 1] = (byte) 0xc3;
        Path bad = Files.write(policies.resolve("bad-utf8.jsonl"), corpus);

        CliRun run = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", CliRun.DEFAULT_POLICY_DIR, bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("trust-rules: " + bad + ":5:" + (text.indexOf("\"b-", line5) - line5 + 4)
                + ": not valid UTF-8: Invalid UTF-8 middle byte 0x2d (--skip-invalid counts and skips such documents)\n");
    }

    @Test
    void should_exit_2_when_the_corpus_is_missing() {
        CliRun run = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", CliRun.DEFAULT_POLICY_DIR, "none.jsonl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: none.jsonl: no such file\n");
    }

    @Test
    void should_exit_2_when_a_required_option_is_missing() {
        CliRun run = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, CORPUS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("trust-rules: Missing required option: '--candidate=DIR'\n");
    }
}
