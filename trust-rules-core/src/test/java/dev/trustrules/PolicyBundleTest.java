package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyBundleTest {
    @TempDir
    Path dir;

    @Test
    void should_decide_as_the_directory_does_when_a_policy_is_built_from_its_bundle() {
        TestPolicies.withRules(dir.resolve("policy"), TestPolicies.refundRule("REFUNDED"));
        PolicyBundle bundle = PolicyBundle.create(dir.resolve("policy"));
        PolicyBundle read = PolicyBundle.read(bundle.toBytes(), "test.bundle.zip");

        try (TrustPolicy fromDirectory = TestPolicies.build(dir.resolve("policy"));
                TrustPolicy fromBundle = TrustPolicy.builder().fromBundle(read).build()) {
            assertThat(fromBundle.id()).isEqualTo(fromDirectory.id());
            assertThat(fromBundle.evaluate(Requests.counterfeitClaim(19_900)))
                    .isEqualTo(fromDirectory.evaluate(Requests.counterfeitClaim(19_900)));
        }
        assertThat(read.name()).isEqualTo("test");
        assertThat(read.version()).isEqualTo("1");
        assertThat(read.versionSha256s()).containsExactly(bundle.versionSha256s().get(0));
        assertThat(read.fileSha256s()).containsOnlyKeys("policy.properties", "rules/test.drl");
        assertThat(read.libraryVersion()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(read.droolsVersion()).isEqualTo("10.2.0");
        assertThat(read.sha256()).isEqualTo(bundle.sha256());
    }

    @Test
    void should_hold_the_same_files_and_versions_when_the_same_directory_is_bundled_twice() {
        TestPolicies.withRules(dir, TestPolicies.refundRule("REFUNDED"));
        PolicyBundle first = PolicyBundle.create(dir);
        PolicyBundle second = PolicyBundle.create(dir);
        assertThat(second.fileSha256s()).isEqualTo(first.fileSha256s());
        assertThat(second.versionSha256s()).isEqualTo(first.versionSha256s());
    }

    @Test
    void should_refuse_naming_the_file_when_a_file_was_changed_after_the_bundle_was_made() throws IOException {
        byte[] bundle = bundleOf(TestPolicies.refundRule("REFUNDED"));
        byte[] tampered = rewrite(bundle, entries -> {
            entries.put("policy/rules/test.drl", new String(entries.get("policy/rules/test.drl"), StandardCharsets.UTF_8)
                    .replace("1200L", "999999L").getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        String actual = PolicyBundle.sha256(readEntries(tampered).get("policy/rules/test.drl"));
        String listed = PolicyBundle.sha256(readEntries(bundle).get("policy/rules/test.drl"));

        assertThatThrownBy(() -> PolicyBundle.read(tampered, "t.bundle.zip"))
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("policy/rules/test.drl:0:0: has SHA-256 " + actual + " but the manifest says "
                                + listed + ": it was changed after the bundle was made"));
    }

    @Test
    void should_refuse_naming_each_file_when_one_was_added_and_one_removed() throws IOException {
        byte[] tampered = rewrite(bundleOf(TestPolicies.refundRule("REFUNDED")), entries -> {
            entries.remove("policy/rules/test.drl");
            entries.put("policy/rules/extra.drl", "package rules;".getBytes(StandardCharsets.UTF_8));
            return entries;
        });

        assertThatThrownBy(() -> PolicyBundle.read(tampered, "t.bundle.zip"))
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(
                                "policy/rules/extra.drl:0:0: is not in the manifest: it was added after the bundle was made",
                                "policy/rules/test.drl:0:0: is listed in the manifest but missing from the bundle"));
    }

    @Test
    void should_refuse_clearly_when_the_bytes_are_not_a_bundle() {
        assertThatThrownBy(() -> PolicyBundle.read("not a zip".getBytes(StandardCharsets.UTF_8), "x.zip"))
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("x.zip:0:0: is not a policy bundle (a zip): it holds no entry"));
        assertThatThrownBy(() -> PolicyBundle.read(dir.resolve("missing.bundle.zip")))
                .isInstanceOf(PolicyBuildException.class).hasMessageContaining("cannot be read: java.nio.file.NoSuchFileException");
    }

    @Test
    void should_refuse_to_make_a_bundle_when_a_scenario_of_the_directory_fails() throws IOException {
        TestPolicies.withRules(dir, TestPolicies.refundRule("REFUNDED"));
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/none.yaml"), """
                name: nothing granted
                given:
                  evaluatedAt: 2026-03-03T11:00:00+08:00
                  order: { id: o-1, buyerId: b-1, shopId: s-1, category: APPAREL, paidFen: 100,
                           paidAt: 2026-03-01T10:00:00+08:00, guarantees: [FAKE_ONE_PAY_TEN], authenticated: false }
                  claim: { type: COUNTERFEIT, filedAt: 2026-03-03T10:00:00+08:00, authenticityVerdict: FAKE,
                           freightFen: 0, appraisalFeeFen: 0, evidenceAttached: true, itemIntact: true, spoiledPercent: 0,
                           buyerCausedDamage: false, priorClaimsSameProduct180d: 0 }
                expect:
                  entitlements: []
                """);

        assertThatThrownBy(() -> PolicyBundle.create(dir))
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems().get(0).toString())
                        .startsWith("scenarios/none.yaml:1:0: scenario \"nothing granted\" failed"));
    }

    @Test
    void should_serve_the_newer_bundle_when_the_file_is_replaced_and_the_policy_reloaded() {
        Path file = dir.resolve("serving/test.bundle.zip");
        TestPolicies.withRules(dir.resolve("v1"), TestPolicies.refundRule("REFUNDED"));
        PolicyBundle.create(dir.resolve("v1")).write(file);
        try (TrustPolicy policy = TrustPolicy.builder().fromBundle(file).build()) {
            assertThat(policy.reload().outcome()).isEqualTo(ReloadResult.Outcome.UNCHANGED);
            TestPolicies.withRules(dir.resolve("v2"), TestPolicies.refundRule("REFUNDED_AGAIN"));
            PolicyBundle.create(dir.resolve("v2")).write(file);

            assertThat(policy.reload().outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
            assertThat(policy.evaluate(Requests.counterfeitClaim(100)).entitlements().get(0).reason()).isEqualTo("REFUNDED_AGAIN");
        }
    }

    private byte[] bundleOf(String rules) {
        TestPolicies.withRules(dir, rules);
        return PolicyBundle.create(dir).toBytes();
    }

    private static Map<String, byte[]> readEntries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] rewrite(byte[] zip, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = change.apply(readEntries(zip));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream writer = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                writer.putNextEntry(new ZipEntry(entry.getKey()));
                writer.write(entry.getValue());
                writer.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
