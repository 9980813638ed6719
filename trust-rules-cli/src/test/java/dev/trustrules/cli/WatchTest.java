package dev.trustrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --watch} and {@code test --watch}: run again on every save, until stopped. */
class WatchTest {
    @TempDir
    Path dir;

    /** A command running in its own thread, as a terminal would run it until Ctrl-C. */
    private static final class Watching {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final AtomicInteger exitCode = new AtomicInteger(-1);
        final Thread thread;

        Watching(String... args) {
            thread = new Thread(() -> exitCode.set(TrustRulesCli.execute(new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args)),
                    "watching");
            thread.start();
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        /** Waits until the output has {@code times} lines saying it watches (one per run done). */
        void awaitRuns(int times) throws InterruptedException {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (count(out(), "for changes (Ctrl-C to stop)") < times) {
                assertThat(System.nanoTime()).as("run %d of the command within two minutes; output so far:%n%s", times, out())
                        .isLessThan(deadline);
                assertThat(thread.isAlive()).as("still watching; output:%n%s%nerrors:%n%s", out(), err).isTrue();
                Thread.sleep(50);
            }
        }

        /** Stops the command as Ctrl-C would, and waits for it to end. */
        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(60_000);
        }
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private Path copy(String resource, String name) throws IOException {
        Path source = Path.of(CliRun.RESOURCES, resource);
        Path target = dir.resolve(name);
        try (var files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    @Test
    void should_check_again_and_show_the_new_error_when_a_rule_file_is_saved() throws Exception {
        Path policy = copy("policies/coverage", "policy");
        Path rules = policy.resolve("rules/claims.drl");

        Watching watching = new Watching("check", "--watch", policy.toString());
        try {
            watching.awaitRuns(1);
            Files.writeString(rules, Files.readString(rules).replace("Order($paid : paidFen)", "Order($paid : paidFen"));
            watching.awaitRuns(2);
            watching.stop();

            assertThat(watching.exitCode.get()).as("the last run's exit code").isEqualTo(1);
            assertThat(watching.out()).startsWith("policy coverage 1: ")
                    .containsPattern("\\n--- \\d\\d:\\d\\d:\\d\\d " + Pattern.quote(rules.toString()) + " changed: running again ---\\n"
                            + Pattern.quote(rules.toString()) + ":\\d+:\\d+: ")
                    .containsPattern("policy " + Pattern.quote(policy.toString()) + ", 1 error, 0 warnings \\(strict\\)\\nwatching ");
        } finally {
            watching.stop();
        }
    }

    @Test
    void should_run_the_scenarios_again_when_a_scenario_is_saved() throws Exception {
        Path policy = copy("policies/coverage", "policy");
        Path scenarios = copy("scenarios/coverage", "scenarios");
        Path file = scenarios.resolve("claims.yaml");

        Watching watching = new Watching("test", "--watch", "--policy", policy.toString(), scenarios.toString());
        try {
            watching.awaitRuns(1);
            String first = watching.out();
            Files.writeString(file, Files.readString(file).replace("reason: SOMETHING_ELSE", "reason: CONFIRMED"));
            watching.awaitRuns(2);
            watching.stop();

            assertThat(first).contains("2 passed, 2 failed\n");
            String second = watching.out().substring(first.length());
            assertThat(second).contains(file + " changed: running again ---\n", "PASS  fake home order, wrong reason expected\n",
                    "3 passed, 1 failed\n");
        } finally {
            watching.stop();
        }
    }

    @Test
    void should_print_the_bad_input_and_keep_watching_when_a_run_fails_with_it() throws Exception {
        Path policy = copy("policies/coverage", "policy");
        Path scenarios = copy("scenarios/coverage", "scenarios");
        Path file = scenarios.resolve("claims.yaml");

        Watching watching = new Watching("test", "--watch", "--policy", policy.toString(), scenarios.toString());
        try {
            watching.awaitRuns(1);
            Files.writeString(file, "- name: [unclosed\n");
            watching.awaitRuns(2);
            Files.copy(Path.of(CliRun.RESOURCES, "scenarios/coverage/claims.yaml"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            watching.awaitRuns(3);
            watching.stop();

            assertThat(watching.err.toString(StandardCharsets.UTF_8)).startsWith("trust-rules: " + file);
            assertThat(count(watching.out(), "2 passed, 2 failed\n")).isEqualTo(2);
        } finally {
            watching.stop();
        }
    }
}
