package dev.trustrules.policy.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.EntitlementType;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.internal.run.CompiledPolicy;
import dev.trustrules.internal.run.CompiledPolicySet;
import dev.trustrules.internal.compile.CompiledModels;
import dev.trustrules.internal.compile.ModelArchive;
import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.internal.verify.Allowlist;
import dev.trustrules.internal.verify.BytecodeVerifier;
import dev.trustrules.internal.run.EngineSettings;
import dev.trustrules.internal.load.PolicyFiles;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.test.TrustFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled policy is precompiled to the executable model at build time (trust-rules-drl's pom). It
 * must be used only for exactly the rule files it came from, and must decide exactly as the DRL does.
 */
class PrecompiledModelTest {
    private static final String ROOT = TrustPolicy.DEFAULT_POLICY_ROOT;
    private static final ClassLoader LOADER = PrecompiledModelTest.class.getClassLoader();
    private static final Path SOURCE = Path.of("src/main/resources", ROOT);

    private static EngineSettings settings(ClassLoader precompiledModels) {
        return new EngineSettings(Clock.systemUTC(), 10_000, 2, false, CompiledModels.onClasspath(precompiledModels));
    }

    @Test
    void should_load_every_version_precompiled_when_the_rule_files_are_the_bundled_ones() {
        try (CompiledPolicySet set = CompiledPolicySet.compile(PolicyFiles.fromClasspath(ROOT, LOADER), settings(LOADER))) {
            assertThat(versions(set)).extracting(CompiledPolicy::precompiled).containsExactly(true, true);
        }
    }

    @Test
    void should_ship_every_version_with_the_sandbox_that_verified_it_so_that_loading_skips_a_second_verification() {
        for (PolicySource source : PolicyFiles.fromClasspath(ROOT, ShippedJar.loader())) {
            CompiledModels.Located located = CompiledModels.onClasspath(ShippedJar.loader()).locate(source);
            assertThat(located.shipped()).isTrue();
            assertThat(CompiledModels.onClasspath(LOADER).locate(source).shipped()).as("in target/classes, a directory").isFalse();
            ModelArchive.Sandboxed sandboxed = located.archive().sandboxed();
            assertThat(sandboxed).as(source.version()).isNotNull();
            assertThat(sandboxed.fingerprint()).isEqualTo(Allowlist.standard().sandboxFingerprint());
            BytecodeVerifier.Report now = new BytecodeVerifier(Allowlist.standard()).verify(located.archive().model().classes());
            assertThat(now.violations()).isEmpty();
            assertThat(sandboxed.ruleOfClass()).isEqualTo(now.ruleOfClass());
        }
    }

    @Test
    void should_compile_the_drl_of_exactly_the_versions_whose_rule_files_changed(@TempDir Path dir) throws IOException {
        // GIVEN a copy of the default policy whose 2026-12-01 overlay file gained a comment
        copy(SOURCE, dir);
        Path overlay = dir.resolve("versions/2026-12-01/guarantees/refund-without-return.drl");
        Files.writeString(overlay, Files.readString(overlay) + "\n// edited\n", StandardCharsets.UTF_8);

        // WHEN it is built
        try (CompiledPolicySet set = CompiledPolicySet.compile(PolicyFiles.fromDirectory(dir), settings(LOADER))) {
            // THEN the untouched base version comes precompiled and the edited one from its DRL
            assertThat(versions(set)).extracting(CompiledPolicy::precompiled).containsExactly(true, false);
        }
    }

    @Test
    void should_take_an_edited_threshold_into_account_when_a_precompiled_model_exists(@TempDir Path dir) throws IOException {
        // GIVEN a copy of the default policy whose freight payout cap went from 25.00 to 30.00 CNY
        copy(SOURCE, dir);
        Path limits = dir.resolve("guarantees/limits.drl");
        String text = Files.readString(limits);
        assertThat(text).contains("freightPayoutCapFen : long = 2500");
        Files.writeString(limits, text.replace("freightPayoutCapFen : long = 2500", "freightPayoutCapFen : long = 3000"));

        // WHEN a freight claim of 40.00 CNY is decided by the bundled and by the edited policy
        TrustRequest claim = freightClaimOf4000Fen();
        try (TrustPolicy bundled = TrustPolicy.builder().defaultPolicy().build();
                TrustPolicy edited = TrustPolicy.builder().fromDirectory(dir).build()) {
            // THEN each pays its own cap
            assertThat(freightPayout(bundled.evaluate(claim))).isEqualTo(2500);
            assertThat(freightPayout(edited.evaluate(claim))).isEqualTo(3000);
        }
    }

    @Test
    void should_decide_exactly_as_the_drl_when_precompiled() {
        try (CompiledPolicySet precompiled = CompiledPolicySet.compile(PolicyFiles.fromClasspath(ROOT, LOADER), settings(LOADER));
                CompiledPolicySet drl = CompiledPolicySet.compile(PolicyFiles.fromClasspath(ROOT, LOADER), settings(null))) {
            assertThat(versions(drl)).extracting(CompiledPolicy::precompiled).containsExactly(false, false);
            Random random = new Random(20261123L);
            int compared = 0;
            for (int i = 0; i < 20_000; i++) {
                TrustRequest request = ThresholdRequests.next(random);
                Instant at = request.evaluatedAt() != null ? request.evaluatedAt() : Instant.parse("2026-11-23T00:00:00Z");
                Instant policyTime = request.policyTime(at);
                Object expected = Outcomes.decisionOrFailure(() -> drl.at(policyTime).evaluate(request, at));
                Object actual = Outcomes.decisionOrFailure(() -> precompiled.at(policyTime).evaluate(request, at));
                assertThat(actual).as("case %d: %s", i, request).isEqualTo(expected);
                compared++;
            }
            assertThat(compared).isEqualTo(20_000);
        }
    }

    /** A return for a quality problem by the fixtures' trust-card holder, 40.00 CNY freight. */
    private static TrustRequest freightClaimOf4000Fen() {
        return TrustFixtures.claim(ClaimType.RETURN)
                .claim(c -> c.returnReason(ReturnReason.QUALITY_PROBLEM).freightFen(4_000)).build();
    }

    private static long freightPayout(Decision decision) {
        return decision.entitlements().stream().filter(e -> e.type() == EntitlementType.FREIGHT_INSURANCE)
                .mapToLong(e -> e.payoutFen()).sum();
    }

    private static List<CompiledPolicy> versions(CompiledPolicySet set) {
        List<CompiledPolicy> versions = new ArrayList<>();
        for (var version : set.versions()) {
            versions.add(version.effectiveFrom() == null ? set.at(Instant.EPOCH) : set.at(version.effectiveFrom()));
        }
        return versions;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
