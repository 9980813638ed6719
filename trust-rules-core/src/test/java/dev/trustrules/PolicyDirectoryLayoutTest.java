package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy directory is read as an analyst sees it: hidden files and folders are neither compiled nor
 * hashed, symbolic links are followed, so a Kubernetes ConfigMap mount builds and reloads; and a policy
 * that would decide nothing is refused.
 */
class PolicyDirectoryLayoutTest {
    private static final String RULES = "package rules;\n" + TestPolicies.HEADER + """
            rule "K-01 %s"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "%s", 100, 0, Payer.SHOP, false));
            end
            """;

    @TempDir
    Path dir;

    private static String reason(TrustPolicy policy) {
        return policy.evaluate(Requests.counterfeitClaim(100)).entitlements().get(0).reason();
    }

    /** Writes a ConfigMap-style mount: the files in a timestamped hidden folder, ..data pointing at it, visible links. */
    private static void configMap(Path mount, String stamp, String reason) throws IOException {
        Path data = Files.createDirectories(mount.resolve("..2026_11_30_" + stamp));
        Files.writeString(data.resolve("policy.properties"), "name=test\nversion=" + stamp + "\n");
        Files.createDirectories(data.resolve("rules"));
        Files.writeString(data.resolve("rules/test.drl"), RULES.formatted(reason, reason));
        Path link = mount.resolve("..data_tmp");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, data.getFileName());
        Files.move(link, mount.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        for (String name : new String[] {"policy.properties", "rules"}) {
            if (!Files.exists(mount.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(mount.resolve(name), Path.of("..data").resolve(name));
            }
        }
    }

    @Test
    void should_build_and_reload_a_policy_mounted_the_way_kubernetes_mounts_a_config_map() throws IOException {
        configMap(dir, "a", "FIRST");
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).build()) {
            assertThat(policy.ruleNames()).containsExactly("K-01 FIRST");
            assertThat(policy.id().version()).isEqualTo("a");
            assertThat(reason(policy)).isEqualTo("FIRST");

            configMap(dir, "b", "SECOND");
            ReloadResult result = policy.reload();

            assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
            assertThat(result.added()).containsExactly("K-01 SECOND");
            assertThat(result.removed()).containsExactly("K-01 FIRST");
            assertThat(reason(policy)).isEqualTo("SECOND");
        }
    }

    @Test
    void should_neither_compile_nor_hash_hidden_files() {
        TestPolicies.write(dir, Map.of("rules/test.drl", RULES.formatted("VISIBLE", "VISIBLE")));
        String sha;
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            sha = policy.id().sha256();
        }
        TestPolicies.write(dir, Map.of(
                "rules/.test.drl.swp", "editor swap file, not DRL",
                ".git/rules/old.drl", RULES.formatted("OLD", "OLD"),
                "rules/.hidden.drl", RULES.formatted("HIDDEN", "HIDDEN")));

        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThat(policy.ruleNames()).containsExactly("K-01 VISIBLE");
            assertThat(policy.id().sha256()).isEqualTo(sha);
        }
    }

    @Test
    void should_follow_symbolic_links_to_files_and_folders() throws IOException {
        Path policyDir = Files.createDirectories(dir.resolve("policy"));
        Path elsewhere = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(elsewhere.resolve("shared.drl"), RULES.formatted("LINKED", "LINKED"));
        Files.writeString(elsewhere.resolve("policy.properties"), "name=test\nversion=1\n");
        Files.createSymbolicLink(policyDir.resolve("policy.properties"), elsewhere.resolve("policy.properties"));
        Files.createSymbolicLink(policyDir.resolve("rules"), elsewhere);

        try (TrustPolicy policy = TestPolicies.build(policyDir)) {
            assertThat(policy.ruleNames()).containsExactly("K-01 LINKED");
        }
    }

    @Test
    void should_refuse_a_policy_whose_rule_files_are_all_hidden() throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "name=test\nversion=1\n");
        Files.createDirectories(dir.resolve(".staging/rules"));
        Files.writeString(dir.resolve(".staging/rules/test.drl"), RULES.formatted("X", "X"));

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).map(Problem::toString).containsExactly("(policy):0:0: no rule files (.drl, .drl.csv, .drl.xls, "
                + ".drl.xlsx) under " + dir);
    }

    @Test
    void should_refuse_a_policy_whose_files_declare_no_rule() {
        TestPolicies.withRules(dir, "declare Nothing\n    n : int\nend\n");

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).map(Problem::toString).containsExactly("(policy):0:0: version 1 has no rules: its files "
                + "(rules/test.drl) declare no rule, and a policy without rules would deny every claim");
    }

    @Test
    void should_refuse_a_symbolic_link_that_loops() throws IOException {
        TestPolicies.withRules(dir, RULES.formatted("A", "A").replace("package rules;\n" + TestPolicies.HEADER, ""));
        Files.createSymbolicLink(dir.resolve("rules/loop"), dir.resolve("rules"));

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).map(Problem::toString).containsExactly("rules/loop:0:0: a symbolic link loops back to a folder "
                + "above it: remove the link");
    }

    @Test
    void should_name_the_rules_a_reload_adds_removes_and_changes() {
        TestPolicies.withRules(dir, RULES.formatted("KEPT", "A").replace("package rules;\n" + TestPolicies.HEADER, "")
                + RULES.formatted("GONE", "B").replace("package rules;\n" + TestPolicies.HEADER, "")
                + RULES.formatted("EDITED", "C").replace("package rules;\n" + TestPolicies.HEADER, ""));
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            TestPolicies.withRules(dir, RULES.formatted("KEPT", "A").replace("package rules;\n" + TestPolicies.HEADER, "")
                    + RULES.formatted("EDITED", "CHANGED").replace("package rules;\n" + TestPolicies.HEADER, "")
                    + RULES.formatted("NEW", "D").replace("package rules;\n" + TestPolicies.HEADER, ""));

            ReloadResult result = policy.reload();

            assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
            assertThat(result.added()).containsExactly("K-01 NEW");
            assertThat(result.removed()).containsExactly("K-01 GONE");
            assertThat(result.changed()).containsExactly("K-01 EDITED");
        }
    }
}
