package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.RESOURCES;
import static dev.trustrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        candidate = policies.resolve("candidate");
        Path source = Path.of(CliRun.DEFAULT_POLICY_DIR);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = candidate.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path limits = candidate.resolve("guarantees/limits.drl");
        String edited = Files.readString(limits).replace("freightPayoutCapFen : long = 2500", "freightPayoutCapFen : long = 2000");
        assertThat(edited).isNotEqualTo(Files.readString(limits));
        Files.writeString(limits, edited);
        Files.writeString(candidate.resolve("policy.properties"), "name=trust-default\nversion=2026.12.0-rc1\n");
        // one version only, so that the candidate's name is the one above (the corpus's orders are all
        // paid before the bundled 2026.12.0 overlay takes effect)
        try (Stream<Path> overlay = Files.walk(candidate.resolve("versions"))) {
            for (Path file : (Iterable<Path>) overlay.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
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
        assertThat(run.out()).contains("candidate: trust-default@2026.12.0-rc1", "documents: 42\n")
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
                + "expected an amount in fen >= 0, was -5\n");
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
                + ": not valid UTF-8: Invalid UTF-8 middle byte 0x2d\n");
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
