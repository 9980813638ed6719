package dev.trustrules.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.trustrules.Decision;
import dev.trustrules.TrustPolicy;
import dev.trustrules.reliability.PolicyCorpus.Case;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legitimate side of the gate ({@code src/test/resources/benign/}): policies written the way the default
 * policy is (exact arithmetic, details built from strings, {@code java.time} against the evaluation time,
 * {@code modify} with {@code no-loop}, {@code not}/{@code exists}/{@code accumulate}, declared limits with
 * defaults, functions without loops, a plain {@code eval}, a decision table) must
 * build in strict mode and decide {@link PolicyCorpus#request()} exactly as their
 * {@code expected-decision.txt} says. A sandbox that refuses one of them is too strict.
 */
class BenignPolicyCorpusTest {
    static final String CORPUS = "benign";

    @TempDir
    Path temp;

    @Test
    void should_hold_an_expected_decision_for_every_case() {
        List<Case> cases = PolicyCorpus.cases(CORPUS);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(9);
        assertThat(cases).allSatisfy(c -> assertThat(c.dir().resolve(PolicyCorpus.EXPECTED_DECISION)).as("%s", c).isRegularFile());
    }

    @TestFactory
    Stream<DynamicTest> should_build_and_decide_every_legitimate_policy_in_strict_mode() {
        return PolicyCorpus.cases(CORPUS).stream().map(c -> dynamicTest(c.id() + ": " + c.what(), c.dir().toUri(), () -> {
            Path dir = PolicyCorpus.materialize(c, Files.createDirectories(temp.resolve(c.id())));
            String expected = Files.readString(c.dir().resolve(PolicyCorpus.EXPECTED_DECISION), StandardCharsets.UTF_8);

            try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).strict(true).build()) {
                Decision decision = policy.evaluate(PolicyCorpus.request());

                assertThat(PolicyCorpus.summary(decision)).as("%s: decision", c).isEqualTo(expected);
            }
        }));
    }

    /** Prints each case's decision in the form of {@code expected-decision.txt} (to write a new case's). */
    public static void main(String[] args) {
        for (Case c : PolicyCorpus.cases(CORPUS)) {
            if (args.length > 0 && !List.of(args).contains(c.id())) {
                continue;
            }
            try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(c.dir()).strict(true).build()) {
                System.out.println("== " + c.id() + (policy.warnings().isEmpty() ? "" : " warnings: " + policy.warnings()));
                System.out.print(PolicyCorpus.summary(policy.evaluate(PolicyCorpus.request())));
            } catch (RuntimeException e) {
                System.out.println("== " + c.id() + " FAILED: " + e);
            }
        }
    }
}
