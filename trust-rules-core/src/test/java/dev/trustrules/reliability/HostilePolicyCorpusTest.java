package dev.trustrules.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.trustrules.Problem;
import dev.trustrules.reliability.PolicyCorpus.Built;
import dev.trustrules.reliability.PolicyCorpus.Case;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-policy corpus ({@code src/test/resources/hostile/}, see its README): every case must be refused
 * in strict mode with a {@link dev.trustrules.PolicyBuildException} one of whose problems contains the case's
 * {@code expect} (the file and line of the payload) and, if given, its {@code message}. The cases are only
 * built, never evaluated, here.
 *
 * <p>{@code -Dtrustrules.hostile.only=id,id} runs only those cases. {@code -Dtrustrules.hostile.measure=true}
 * (or {@link #main(String[])}) measures today's gate instead: see {@link HostileCorpusMeasurement}.
 */
class HostilePolicyCorpusTest {
    static final String CORPUS = "hostile";

    @TempDir
    Path temp;

    @Test
    void should_hold_a_complete_case_file_for_every_case() {
        List<Case> cases = PolicyCorpus.cases(CORPUS);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.escapeClass()).as("%s: class=", c).isNotEqualTo("?");
            assertThat(c.what()).as("%s: what=", c).isNotEmpty();
            assertThat(c.expect()).as("%s: expect= (file:line: of the payload)", c).matches("[\\w./-]+:\\d+:");
            assertThat(c.property("run")).as("%s: run=", c).isIn("yes", "never");
            assertThat(c.dir().resolve("policy.properties")).as("%s", c).isRegularFile();
            String file = c.expect().substring(0, c.expect().indexOf(':'));
            assertThat(c.dir().resolve(file)).as("%s: the file of expect=", c).isRegularFile();
        });
    }

    @Test
    void should_point_every_expectation_at_an_existing_line() throws Exception {
        for (Case c : PolicyCorpus.cases(CORPUS)) {
            String[] parts = c.expect().split(":");
            List<String> lines = Files.readAllLines(c.dir().resolve(parts[0]), StandardCharsets.UTF_8);
            int line = Integer.parseInt(parts[1]);
            assertThat(line).as("%s: line of expect=", c).isBetween(1, lines.size());
            assertThat(lines.get(line - 1)).as("%s: the line expect= names", c).isNotBlank();
        }
    }


    @TestFactory
    Stream<DynamicTest> should_refuse_every_hostile_policy_at_the_line_of_its_payload() throws Exception {
        Files.createDirectories(PolicyCorpus.MARKERS); // a payload that runs while building leaves its trace there
        Set<String> only = only();
        return PolicyCorpus.cases(CORPUS).stream().filter(c -> only.isEmpty() || only.contains(c.id())).map(c -> dynamicTest(c.id() + " [" + c.escapeClass() + "]", c.dir().toUri(), () -> {
            Path dir = PolicyCorpus.materialize(c, Files.createDirectories(temp.resolve(c.id())));

            Built built = PolicyCorpus.buildStrict(dir, HostileCorpusMeasurement.BUILD_TIMEOUT);

            if (built.policy() != null) {
                built.policy().close();
            }
            assertThat(built.hung()).as("%s: building did not finish within %s", c, HostileCorpusMeasurement.BUILD_TIMEOUT).isFalse();
            assertThat(built.crashed()).as("%s: building threw instead of refusing", c).isNull();
            assertThat(built.refused()).as("%s (%s: %s) was accepted in strict mode", c, c.escapeClass(), c.what()).isNotNull();
            List<String> problems = built.refused().problems().stream().filter(Problem::isError).map(Problem::toString).toList();
            assertThat(problems).as("%s: refused, but not at %s", c, c.expect())
                    .anySatisfy(p -> {
                        assertThat(p).contains(c.expect());
                        if (c.message() != null) {
                            assertThat(p).contains(c.message());
                        }
                    });
        }));
    }

    @Test
    @EnabledIfSystemProperty(named = "trustrules.hostile.measure", matches = "true")
    void measure_what_todays_gate_lets_through() throws Exception {
        String report = new HostileCorpusMeasurement(temp).run(PolicyCorpus.cases(CORPUS), only());
        Path out = Path.of("target", "hostile-measurement.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static Set<String> only() {
        String only = System.getProperty("trustrules.hostile.only", "");
        return only.isBlank() ? Set.of() : Set.of(only.split(","));
    }

    /**
     * Measures the corpus and prints the markdown table; arguments (or {@code -Dtrustrules.hostile.only=a,b})
     * select cases by id. Exits the JVM at the end: hostile cases may leave threads running.
     */
    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("hostile-corpus");
        Set<String> only = args.length > 0 ? Set.of(args) : only();
        String report = new HostileCorpusMeasurement(work).run(PolicyCorpus.cases(CORPUS), only);
        System.out.println(report);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
