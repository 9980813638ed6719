package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustPolicyBuilderTest {

    @TempDir
    Path dir;

    @Test
    void should_refuse_to_build_when_no_source_was_given() {
        assertThatThrownBy(() -> TrustPolicy.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no policy source: call defaultPolicy(), fromDirectory(path) or fromClasspath(root)");
    }

    @Test
    void should_refuse_a_second_source_when_one_is_set() {
        assertThatThrownBy(() -> TrustPolicy.builder().fromDirectory(dir).fromClasspath("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("policy source was already set to directory " + dir + "; cannot also use classpath:x");
    }

    @Test
    void should_reject_a_bad_setting_at_once_naming_the_value() {
        assertThatThrownBy(() -> TrustPolicy.builder().maxRuleFirings(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRuleFirings must be >= 1, was 0");
        assertThatThrownBy(() -> TrustPolicy.builder().maxIdleSessions(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxIdleSessions must be >= 0, was -1");
    }

    @Test
    void should_fail_with_a_problem_when_the_directory_does_not_exist() {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> TestPolicies.build(missing))
                .isInstanceOf(PolicyBuildException.class)
                .hasMessage("policy " + missing + " does not build (1 error):\n" + missing + ":0:0: no such directory");
    }

    @Test
    void should_fail_when_the_manifest_is_missing_and_there_are_no_rules() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> TestPolicies.build(dir))
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "policy.properties:0:0: missing: a policy root must hold policy.properties with name= and version=",
                                "(policy):0:0: no rule files (.drl, .drl.csv, .drl.xls, .drl.xlsx) under " + dir));
    }

    @Test
    void should_fail_when_the_manifest_has_no_version() {
        TestPolicies.withRules(dir, "");
        TestPolicies.write(dir, Map.of("policy.properties", "name=x\n"));
        assertThatThrownBy(() -> TestPolicies.build(dir))
                .isInstanceOf(PolicyBuildException.class)
                .hasMessageContaining("policy.properties:0:0: version is missing or blank; expected for example version=2026.11.0");
    }

    @Test
    void should_explain_where_the_default_policy_lives_when_it_is_not_on_the_classpath() {
        assertThatThrownBy(() -> TrustPolicy.builder().fromClasspath("no/such/policy").build())
                .isInstanceOf(PolicyBuildException.class)
                .hasMessageContaining("no/such/policy/policy.properties:0:0: not found on the classpath");
    }

    @Test
    void should_name_the_module_to_add_when_the_default_policy_is_not_on_the_classpath() {
        // this module's tests run without trust-rules-drl, as a service that forgot it would
        assertThatThrownBy(() -> TrustPolicy.builder().defaultPolicy().build())
                .isInstanceOf(PolicyBuildException.class)
                .hasMessage("policy classpath:trust-rules/default-policy does not build (1 error):\n"
                        + "trust-rules/default-policy/policy.properties:0:0: not found on the classpath; the default policy "
                        + "ships in dev.trustrules:trust-rules-drl: add that dependency (it brings trust-rules-core)");
    }

    @Test
    void should_hash_rule_content_so_that_any_edit_changes_the_sha256() {
        TestPolicies.withRules(dir, "rule \"A-01 a\" when EvaluationTime() then end\n");
        String before;
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            before = policy.id().sha256();
        }
        TestPolicies.withRules(dir, "rule \"A-01 a\" when EvaluationTime() then end\n\n");
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThat(policy.id().sha256()).isNotEqualTo(before).matches("[0-9a-f]{64}");
            assertThat(policy.ruleNames()).containsExactly("A-01 a");
        }
    }

    @Test
    void should_build_from_files_given_as_bytes_as_from_a_directory() {
        java.util.Map<String, byte[]> files = new java.util.HashMap<>();
        files.put("policy.properties", "name=memory\nversion=7\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("rules/test.drl", ("package rules;\n" + TestPolicies.HEADER + """
                rule "M-01 granted"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "FROM_MEMORY", 100, 0, Payer.SHOP, false));
                end
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put(".hidden/ignored.drl", "not even DRL".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        try (TrustPolicy policy = TrustPolicy.builder().fromFiles("stream:rules@1", files).build()) {
            assertThat(policy.id().name()).isEqualTo("memory");
            assertThat(policy.ruleNames()).containsExactly("M-01 granted");
            assertThat(policy.evaluate(Requests.counterfeitClaim(100)).entitlements()).extracting(Entitlement::reason)
                    .containsExactly("FROM_MEMORY");
            assertThat(policy.reload().outcome()).isEqualTo(ReloadResult.Outcome.UNCHANGED);
        }
    }

    @Test
    void should_refuse_a_file_given_as_bytes_whose_path_leaves_the_policy() {
        java.util.Map<String, byte[]> files = java.util.Map.of("policy.properties", "name=m\nversion=1\n".getBytes(),
                "../escape.drl", "package x;".getBytes());

        PolicyBuildException e = org.assertj.core.api.Assertions.catchThrowableOfType(PolicyBuildException.class,
                () -> TrustPolicy.builder().fromFiles("stream", files).build());

        assertThat(e.problems()).map(Problem::toString).containsExactly("../escape.drl:0:0: is not a path inside the policy: "
                + "give it relative to the policy root with forward slashes, such as guarantees/limits.drl");
    }
}
