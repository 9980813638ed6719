package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.PolicyBundle;
import dev.trustrules.TrustPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCommandTest {
    @TempDir
    Path dir;

    @Test
    void should_write_a_bundle_that_serves_the_same_versions_when_check_and_test_pass() {
        Path file = dir.resolve("default.bundle.zip");
        CliRun run = run("bundle", "--scenarios", CliRun.DEFAULT_SCENARIOS, "--output", file.toString(), CliRun.DEFAULT_POLICY_DIR);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("== check " + CliRun.DEFAULT_POLICY_DIR + "\npolicy trust-default 2026.11.0, 2026.12.0: ")
                .contains("\n== test --policy " + CliRun.DEFAULT_POLICY_DIR + " " + CliRun.DEFAULT_SCENARIOS + "\n",
                        " passed, 0 failed\n", "\n== bundle " + file + "\npolicy trust-default 2026.12.0: ",
                        " 2 versions compiled (rules sha256 ", "trust-rules 0.1.0-SNAPSHOT, Drools 10.2.0\n");
        PolicyBundle bundle = PolicyBundle.read(file);
        assertThat(run.out()).endsWith("bundle sha256 " + bundle.sha256() + "\n");
        try (TrustPolicy fromBundle = TrustPolicy.builder().fromBundle(bundle).build();
                TrustPolicy fromDirectory = TrustPolicy.builder().fromDirectory(Path.of(CliRun.DEFAULT_POLICY_DIR)).build()) {
            assertThat(fromBundle.versions()).isEqualTo(fromDirectory.versions());
        }
    }

    @Test
    void should_decide_on_a_bundle_as_on_its_directory_when_eval_is_given_the_bundle() {
        Path file = dir.resolve("default.bundle.zip");
        assertThat(run("bundle", "--scenarios", CliRun.DEFAULT_SCENARIOS, "--output", file.toString(), CliRun.DEFAULT_POLICY_DIR)
                .exitCode()).isZero();
        String claim = "../examples/claims/counterfeit-claim.json";

        CliRun fromBundle = run("eval", "--bundle", file.toString(), claim);
        assertThat(fromBundle.exitCode()).as(fromBundle.err()).isZero();
        assertThat(fromBundle.out()).isEqualTo(run("eval", "--policy", CliRun.DEFAULT_POLICY_DIR, claim).out());
        assertThat(run("eval", "--bundle", dir.resolve("none.zip").toString(), claim).err())
                .isEqualTo("trust-rules: --bundle: no such file: " + dir.resolve("none.zip") + "\n");
    }

    @Test
    void should_write_nothing_and_exit_1_when_a_scenario_fails() throws IOException {
        Path scenario = dir.resolve("wrong.yaml");
        Files.writeString(scenario, Files.readString(Path.of(CliRun.RESOURCES, "claims/counterfeit.json")).isEmpty() ? "" : """
                name: counterfeit paid 9x by mistake
                given:
                  evaluatedAt: 2026-03-02T10:00:00+08:00
                  order: { id: o-1, buyerId: b-1, shopId: s-1, category: COSMETICS, paidFen: 19900,
                           paidAt: 2026-02-20T10:00:00+08:00, deliveredAt: 2026-02-22T10:00:00+08:00,
                           guarantees: [FAKE_ONE_PAY_TEN], authenticated: false }
                  claim: { type: COUNTERFEIT, filedAt: 2026-03-01T10:00:00+08:00, authenticityVerdict: FAKE,
                           freightFen: 0, appraisalFeeFen: 0, evidenceAttached: true, itemIntact: true, spoiledPercent: 0,
                           buyerCausedDamage: false, priorClaimsSameProduct180d: 0 }
                expect:
                  entitlements: []
                """);
        Path file = dir.resolve("never.bundle.zip");
        CliRun run = run("bundle", "--scenarios", scenario.toString(), "--output", file.toString(), CliRun.DEFAULT_POLICY_DIR);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  counterfeit paid 9x by mistake", "0 passed, 1 failed\n");
        assertThat(run.err()).isEqualTo("trust-rules: no bundle written: the scenarios failed\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void should_write_nothing_and_exit_1_when_the_check_fails() {
        Path file = dir.resolve("never.bundle.zip");
        CliRun run = run("bundle", "--scenarios", CliRun.DEFAULT_SCENARIOS, "--output", file.toString(), CheckCommandTest.BROKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(", 1 error, 0 warnings (strict)\n").doesNotContain("== test");
        assertThat(run.err()).isEqualTo("trust-rules: no bundle written: the check failed\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void should_exit_2_naming_the_folder_when_the_directory_has_no_scenarios() {
        CliRun run = run("bundle", CheckCommandTest.BROKEN);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: no scenarios: " + Path.of(CheckCommandTest.BROKEN, "scenarios")
                + " does not exist; a bundle ships only a policy whose scenarios pass (give them with --scenarios)\n");
    }

    /** The coverage test policy with its two scenarios that pass. */
    private Path smallPolicyWithScenarios() throws IOException {
        Path policy = Files.createDirectories(dir.resolve("policy/rules"));
        for (String file : new String[] {"policy.properties", "rules/claims.drl", "rules/matrix.drl.csv"}) {
            Files.copy(Path.of(CliRun.RESOURCES, "policies/coverage", file), dir.resolve("policy").resolve(file));
        }
        String scenarios = Files.readString(Path.of(CliRun.RESOURCES, "scenarios/coverage/claims.yaml"));
        Files.createDirectories(dir.resolve("policy/scenarios"));
        Files.writeString(dir.resolve("policy/scenarios/claims.yaml"),
                scenarios.substring(0, scenarios.indexOf("- name: fake home order, wrong reason expected")));
        return dir.resolve("policy");
    }

    @Test
    void should_write_the_bundle_under_its_own_name_when_the_output_is_a_folder() throws IOException {
        Path policy = smallPolicyWithScenarios();
        Path folder = Files.createDirectory(dir.resolve("bundles"));

        CliRun run = run("bundle", "--output", folder.toString(), policy.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = folder.resolve("coverage-1" + PolicyBundle.SUFFIX);
        assertThat(run.out()).contains("2 passed, 0 failed\n", "\n== bundle " + file + "\npolicy coverage 1: 3 files, 1 version compiled");
        assertThat(PolicyBundle.read(file).name()).isEqualTo("coverage");
    }

    @Test
    void should_exit_2_naming_the_file_and_the_reason_when_the_bundle_cannot_be_written() throws IOException {
        Path policy = smallPolicyWithScenarios();
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path file = notAFolder.resolve("x.bundle.zip");

        CliRun run = run("bundle", "--output", file.toString(), policy.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: --output: cannot write the bundle to " + file
                + ": a file stands where a folder is needed: " + notAFolder
                + "; give a file in a folder you may write to (or a folder, for the bundle's own name)\n");
        assertThat(notAFolder).hasContent("x");
    }
}
