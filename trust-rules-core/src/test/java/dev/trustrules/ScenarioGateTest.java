package dev.trustrules;

import static dev.trustrules.scenario.ScenarioFixtures.policy;
import static dev.trustrules.scenario.ScenarioFixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioGateTest {
    private static final String DIFFERENCE = """
            scenario "grants with GOOD" failed:
              entitlements:
                expected   {type: FAKE_ONE_PAY_TEN, refundFen: 100, reason: GOOD}
                actual     {type: FAKE_ONE_PAY_TEN, refundFen: 100, payoutFen: 0, currency: CNY, payer: SHOP, \
            returnRequired: false, reason: BAD, rule: "S-01 refund"}  <- differs in reason""";

    @TempDir
    Path dir;

    private Path scenarios(String reason) throws IOException {
        Files.createDirectories(dir.resolve("scenarios/claims"));
        Files.writeString(dir.resolve("scenarios/claims/grant.json"), scenario("grants with " + reason, reason));
        return dir;
    }

    private static String reason(TrustPolicy policy) {
        return policy.evaluate(dev.trustrules.json.TrustJson.readRequest(dev.trustrules.scenario.ScenarioFixtures.GIVEN))
                .entitlements().get(0).reason();
    }

    @Test
    void should_build_when_the_directory_scenarios_pass() throws IOException {
        policy(scenarios("GOOD"), "GOOD");

        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).build()) {
            assertThat(reason(policy)).isEqualTo("GOOD");
        }
    }

    @Test
    void should_fail_the_build_naming_the_scenario_when_a_directory_scenario_fails() throws IOException {
        policy(scenarios("GOOD"), "BAD");

        assertThatThrownBy(() -> TrustPolicy.builder().fromDirectory(dir).build())
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly("scenarios/claims/grant.json:1:0: " + DIFFERENCE));
    }

    @Test
    void should_refuse_a_reload_and_keep_the_last_good_when_a_directory_scenario_fails() throws IOException {
        policy(scenarios("GOOD"), "GOOD");
        List<List<Problem>> refused = new CopyOnWriteArrayList<>();
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).listener(new TrustPolicyListener() {
            @Override
            public void onReloadRefused(PolicyId serving, List<Problem> problems) {
                refused.add(problems);
            }
        }).build()) {
            PolicyId good = policy.id();
            policy(dir, "BAD");

            ReloadResult result = policy.reload();

            assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.REFUSED);
            assertThat(result.serving()).isEqualTo(good);
            assertThat(result.problems()).extracting(Problem::toString)
                    .containsExactly("scenarios/claims/grant.json:1:0: " + DIFFERENCE);
            assertThat(refused).containsExactly(result.problems());
            assertThat(policy.id()).isEqualTo(good);
            assertThat(reason(policy)).isEqualTo("GOOD");
        }
    }

    @Test
    void should_reload_when_the_changed_rules_and_scenarios_agree() throws IOException {
        policy(scenarios("GOOD"), "GOOD");
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).build()) {
            policy(scenarios("NEW"), "NEW");

            ReloadResult result = policy.reload();

            assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
            assertThat(reason(policy)).isEqualTo("NEW");
        }
    }

    @Test
    void should_refuse_a_reload_naming_the_place_when_a_scenario_file_is_invalid() throws IOException {
        policy(scenarios("GOOD"), "GOOD");
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).build()) {
            Files.writeString(dir.resolve("scenarios/broken.yaml"), """
                    name: broken
                    given: { buyer: { id: b-1, creditScore: 700, refundWithoutReturnCount90d: 0, abuseFlag: false, maliciousClaimsRejected180d: 0 } }
                    expect: { buyerTier: DIAMOND }
                    """);
            policy(dir, "CHANGED");

            ReloadResult result = policy.reload();

            assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.REFUSED);
            assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                    "scenarios/broken.yaml:3:22: scenario file: expect.buyerTier: unknown BuyerTier \"DIAMOND\"; "
                            + "expected one of " + String.join(", ", java.util.Arrays.stream(BuyerTier.values()).map(Enum::name).toList()));
            assertThat(reason(policy)).isEqualTo("GOOD");
        }
    }

    @Test
    void should_build_from_files_in_memory_when_their_scenarios_pass() throws IOException {
        policy(scenarios("GOOD"), "GOOD");

        try (TrustPolicy policy = TrustPolicy.builder().fromFiles("stream:rules@1", RuleFiles.fromDirectory(dir)).build()) {
            assertThat(reason(policy)).isEqualTo("GOOD");
        }
    }

    @Test
    void should_fail_the_build_naming_the_scenario_when_a_scenario_among_files_in_memory_fails() throws IOException {
        policy(scenarios("GOOD"), "BAD");

        assertThatThrownBy(() -> TrustPolicy.builder().fromFiles("stream:rules@2", RuleFiles.fromDirectory(dir)).build())
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly("scenarios/claims/grant.json:1:0: " + DIFFERENCE));
    }

    @Test
    void should_fail_the_build_naming_the_place_when_a_scenario_file_in_memory_is_malformed() throws IOException {
        policy(scenarios("GOOD"), "GOOD");
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>(RuleFiles.fromDirectory(dir));
        files.put("scenarios/claims/grant.json", "{\"name\": \"x\",".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TrustPolicy.builder().fromFiles("stream:rules@3", files).build())
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).hasSize(1).first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                        .startsWith("scenarios/claims/grant.json:1:"));
    }
}
