package dev.trustrules.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.cli.TrustRulesCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The what-if as a Flink batch job at parallelism 2, against {@code trust-rules diff} on the same corpus. */
class WhatIfJobTest {
    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = FlinkJobs.miniCluster();

    @TempDir
    static Path work;

    static Path candidateDirectory;
    static PolicyRelease baseline;
    static PolicyRelease candidate;

    /** The candidate of the CLI's diff tests: the default policy with the freight cap cut from 25.00 to 20.00 CNY. */
    @BeforeAll
    static void candidate() throws IOException {
        candidateDirectory = work.resolve("candidate");
        try (Stream<Path> files = Files.walk(Facts.DEFAULT_POLICY_DIR)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = candidateDirectory.resolve(Facts.DEFAULT_POLICY_DIR.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path limits = candidateDirectory.resolve("guarantees/limits.drl");
        Files.writeString(limits, Files.readString(limits)
                .replace("freightPayoutCapFen : long = 2500", "freightPayoutCapFen : long = 2000"));
        Files.writeString(candidateDirectory.resolve("policy.properties"), "name=trust-default\nversion=2026.12.0-rc1\n");
        try (Stream<Path> overlay = Files.walk(candidateDirectory.resolve("versions"))) {
            for (Path file : (Iterable<Path>) overlay.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
        baseline = PolicyRelease.fromDirectory(Facts.DEFAULT_POLICY_DIR);
        candidate = PolicyRelease.fromDirectory(candidateDirectory);
    }

    @BeforeEach
    void clear() {
        Collected.clear();
    }

    private static final java.util.Map<Path, String> CLI_REPORTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** What {@code trust-rules diff} prints for the corpus (run once per corpus). */
    private static String cli(Path corpus) {
        return CLI_REPORTS.computeIfAbsent(corpus, WhatIfJobTest::runCli);
    }

    private static String runCli(Path corpus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = TrustRulesCli.execute(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "diff", "--baseline",
                Facts.DEFAULT_POLICY_DIR.toString(), "--candidate", candidateDirectory.toString(), "--threads", "2", corpus.toString());
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String whatIf(Path... corpus) throws Exception {
        StreamExecutionEnvironment env = FlinkJobs.environment();
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        WhatIf whatIf = WhatIf.over(env, baseline, candidate, 5, Stream.of(corpus)
                .map(path -> new org.apache.flink.core.fs.Path(path.toAbsolutePath().toUri())).toArray(org.apache.flink.core.fs.Path[]::new));
        whatIf.report().sinkTo(Collected.into("report"));
        whatIf.failures().sinkTo(Collected.into("failures"));
        env.execute("what-if");
        List<String> reports = Collected.in("report");
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    /** The report from its counts on: the header names the policies by where they came from (a release, a directory). */
    private static String body(String report) {
        return report.substring(report.indexOf("documents: "));
    }

    @Test
    void should_report_what_trust_rules_diff_reports_when_run_over_the_same_corpus() throws Exception {
        String report = whatIf(Facts.CORPUS);

        assertThat(report).startsWith("baseline:  release trust-default@2026.11.0\n  trust-default@2026.12.0 (sha256 ")
                .contains("\ncandidate: release trust-default@2026.12.0-rc1\n  trust-default@2026.12.0-rc1 (sha256 ");
        assertThat(body(report)).isEqualTo(body(cli(Facts.CORPUS))).contains("documents: 42\n", "sample changed decisions:\n  line ");
        assertThat(Collected.<DecisionFailure>in("failures")).isEmpty();
    }

    @Test
    void should_count_what_trust_rules_diff_counts_and_name_the_files_when_the_corpus_is_a_folder_of_files() throws Exception {
        List<String> lines = Files.readAllLines(Facts.CORPUS);
        Path folder = Files.createDirectories(work.resolve("corpus"));
        Files.write(folder.resolve("part-1.jsonl"), lines.subList(0, 21));
        Files.write(folder.resolve("part-2.jsonl"), lines.subList(21, 42));

        String report = whatIf(folder);

        String cli = cli(Facts.CORPUS);
        assertThat(body(report).substring(0, body(report).indexOf("sample changed decisions:")))
                .isEqualTo(body(cli).substring(0, body(cli).indexOf("sample changed decisions:")));
        String parts = report.substring(report.indexOf("sample changed decisions:"));
        String asOneFile = java.util.regex.Pattern.compile("  \\S*/part-([12])\\.jsonl line (\\d+)").matcher(parts)
                .replaceAll(m -> "  line " + (Integer.parseInt(m.group(2)) + (m.group(1).equals("2") ? 21 : 0)));
        assertThat(parts).contains("/part-2.jsonl line 10, order o-f1");
        assertThat(asOneFile).isEqualTo(cli.substring(cli.indexOf("sample changed decisions:")));
    }

    @Test
    void should_send_an_undecidable_line_to_the_failures_and_count_it_when_the_corpus_has_one() throws Exception {
        Path corpus = Path.of("src/test/resources/corpus/bad-line.jsonl");

        String report = whatIf(corpus);

        assertThat(report).contains("documents: 5\n", "invalid documents skipped: 1\nfirst skipped documents:\n  line 3: "
                + corpus.toAbsolutePath() + ":3:92: order.paidFen: expected an amount in fen >= 0, was -5\n");
        assertThat(Collected.<DecisionFailure>in("failures")).extracting(DecisionFailure::reason)
                .containsExactly(corpus.toAbsolutePath() + ":3:92: order.paidFen: expected an amount in fen >= 0, was -5");
    }
}
