package dev.trustrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs target/trust-rules.jar with {@code java -jar}, as a user would; bound to the integration-test phase. */
class ShadedJarIT {
    static final Path JAR = Path.of("target/trust-rules.jar");

    record Result(int exitCode, String out, String err) {}

    static Result javaJar(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the shaded jar is built in the package phase").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command));
    }

    /** Runs the {@code trust-rules} launcher script of the module, on the JDK running the tests. */
    static Result launcher(String... args) throws IOException, InterruptedException {
        return launcherAt("trust-rules", args);
    }

    static Result launcherAt(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", script));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("TRUST_RULES_JAR");
        return run(builder);
    }

    private static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path out = Files.createTempFile("trust-rules-out", ".txt");
        Path err = Files.createTempFile("trust-rules-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int code = process.waitFor();
            return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void should_decide_the_readme_claim_when_run_with_java_jar() throws Exception {
        Result result = javaJar("eval", "--explain", "../examples/claims/counterfeit-claim.json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("\"type\": \"FAKE_ONE_PAY_TEN\"", "\"reason\": \"COUNTERFEIT_CONFIRMED\"",
                "\"explanation\": {");
    }

    @Test
    void should_decide_the_readme_claim_from_the_class_data_archive_when_run_with_the_launcher() throws Exception {
        assertThat(Path.of("target/trust-rules.jsa")).as("the class-data archive is written in the package phase").exists();

        Result result = launcher("eval", "../examples/claims/counterfeit-claim.json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("\"type\": \"FAKE_ONE_PAY_TEN\"", "\"reason\": \"COUNTERFEIT_CONFIRMED\"");
    }

    @Test
    void should_find_the_jar_when_the_launcher_is_called_through_a_symbolic_link(@TempDir Path bin) throws Exception {
        Path link = Files.createSymbolicLink(bin.resolve("trust-rules"), Path.of("trust-rules").toAbsolutePath());
        try {
            Result result = launcherAt(link.toString(), "eval", "../examples/claims/counterfeit-claim.json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("\"type\": \"FAKE_ONE_PAY_TEN\"");
        } finally {
            Files.delete(link); // the link, not what it points to: JUnit would warn when cleaning up
        }
    }

    @Test
    void should_exit_2_with_one_line_when_the_launcher_gets_a_missing_file() throws Exception {
        Result result = launcher("eval", "no-such-claim.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("trust-rules: no-such-claim.json: no such file\n");
    }

    @Test
    void should_run_the_scenario_corpus_when_run_with_java_jar() throws Exception {
        Result result = javaJar("test", "../trust-rules-drl/src/test/resources/scenarios");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out()).containsPattern("\n\\d+ passed, 0 failed\n").contains("\ncoverage of the bundled default policy");
    }

    @Test
    void should_print_one_line_and_no_stack_trace_when_the_input_is_bad() throws Exception {
        Result result = javaJar("eval", "src/test/resources/claims/unknown-enum.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("trust-rules: ").doesNotContain("Exception", "\tat ");
    }
}
