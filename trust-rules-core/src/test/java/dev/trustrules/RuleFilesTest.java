package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFilesTest {
    @TempDir
    Path dir;

    @Test
    void should_read_what_a_directory_policy_reads_with_its_scenarios_when_reading_a_directory() throws IOException {
        TestPolicies.withRules(dir, """
                rule "R-01 nothing"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "R", 1, 0, Payer.SHOP, false));
                end
                """);
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/a.yaml"), "name: a\n");
        Files.writeString(dir.resolve("notes.txt"), "not part of a policy");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config.properties"), "hidden");

        Map<String, byte[]> files = RuleFiles.fromDirectory(dir);

        assertThat(files.keySet()).containsExactly("policy.properties", "rules/test.drl", "scenarios/a.yaml");
        assertThat(new String(files.get("scenarios/a.yaml"), StandardCharsets.UTF_8)).isEqualTo("name: a\n");
    }

    @Test
    void should_build_the_same_policy_as_the_directory_when_built_from_its_files() {
        TestPolicies.withRules(dir, """
                rule "R-01 nothing"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "R", 1, 0, Payer.SHOP, false));
                end
                """);
        Map<String, byte[]> files = RuleFiles.fromDirectory(dir);

        try (TrustPolicy fromDirectory = TrustPolicy.builder().fromDirectory(dir).build();
                TrustPolicy fromMemory = TrustPolicy.builder().fromFiles("memory", files).build()) {
            assertThat(fromMemory.id()).isEqualTo(fromDirectory.id());
        }
    }

    @Test
    void should_refuse_naming_the_directory_when_it_does_not_exist() {
        Path missing = dir.resolve("missing");

        assertThatThrownBy(() -> RuleFiles.fromDirectory(missing))
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(missing + ":0:0: no such directory"));
    }

    @Test
    void should_refuse_naming_the_manifest_when_a_classpath_folder_has_none() {
        assertThatThrownBy(() -> RuleFiles.fromClasspath("no/such/policy", RuleFilesTest.class.getClassLoader()))
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly("no/such/policy/policy.properties:0:0: not found on the classpath"));
    }
}
