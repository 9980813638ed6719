package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.json.TrustJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_print_the_same_lines_when_the_seed_is_the_same_and_other_lines_when_it_differs() {
        CliRun first = run("corpus", "--count", "40", "--seed", "3");
        CliRun again = run("corpus", "--count", "40", "--seed", "3");
        CliRun other = run("corpus", "--count", "40", "--seed", "4");

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out().lines()).hasSize(40).allMatch(line -> line.startsWith("{\"evaluatedAt\":\"20"));
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(other.out()).isNotEqualTo(first.out());
        assertThat(run("corpus", "--count", "10", "--seed", "3").out()).isEqualTo(String.join("\n",
                first.out().lines().limit(10).toList()) + "\n");
    }

    @Test
    void should_decide_every_line_without_error_on_the_default_policy() throws IOException {
        Path file = dir.resolve("corpus.jsonl");

        CliRun run = run("corpus", "--count", "3400", "-o", file.toString());
        List<String> failures = new ArrayList<>();
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build()) {
            for (String line : Files.readAllLines(file)) {
                try {
                    policy.evaluate(TrustJson.readRequest(line));
                } catch (EvaluationException e) {
                    failures.add(e.getMessage() + "\n  " + line);
                }
            }
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("wrote " + file + ": 3400 documents (seed 1)\n");
        assertThat(Files.readAllLines(file)).hasSize(3400);
        assertThat(failures).isEmpty();
    }

    @Test
    void should_feed_diff_when_written_to_a_file() {
        Path file = dir.resolve("corpus.jsonl");
        run("corpus", "--count", "170", "-o", file.toString());

        CliRun diff = run("diff", "--baseline", CliRun.DEFAULT_POLICY_DIR, "--candidate", CliRun.DEFAULT_POLICY_DIR, file.toString());

        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("documents: 170\n", "changed decisions: 0 (0.00%)\n");
    }

    @Test
    void should_keep_an_existing_file_unless_force_is_given() throws IOException {
        Path file = Files.writeString(dir.resolve("corpus.jsonl"), "mine\n");

        CliRun refused = run("corpus", "--count", "5", "-o", file.toString());
        String kept = Files.readString(file);
        CliRun forced = run("corpus", "--count", "5", "-o", file.toString(), "--force");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("trust-rules: " + file + ": already exists; give --force to replace it\n");
        assertThat(kept).isEqualTo("mine\n");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readAllLines(file)).hasSize(5);
    }

    @Test
    void should_exit_2_when_the_count_is_negative_or_not_a_number() {
        CliRun negative = run("corpus", "--count", "-1");
        CliRun word = run("corpus", "--count", "many");

        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).isEqualTo("trust-rules: --count: must be 0 or more, was -1\n");
        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.err()).startsWith("trust-rules: Invalid value for option '--count': 'many' is not a long\n");
    }
}
