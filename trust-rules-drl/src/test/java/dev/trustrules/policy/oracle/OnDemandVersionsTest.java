package dev.trustrules.policy.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.PolicyVersion;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.internal.compile.CompiledModels;
import dev.trustrules.internal.load.PolicyFiles;
import dev.trustrules.internal.run.CompiledPolicySet;
import dev.trustrules.internal.run.EngineSettings;
import dev.trustrules.test.TrustFixtures;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Versions of the bundled policy ship precompiled and verified by this module's build, so a policy builds
 * each only when a request first falls in its effective dates (start-up pays for one version, not all).
 * Described without being built, they must describe themselves exactly as when built.
 */
class OnDemandVersionsTest {
    private static final ClassLoader LOADER = ShippedJar.loader();

    private static CompiledPolicySet compile(ClassLoader precompiledModels) {
        return CompiledPolicySet.compile(PolicyFiles.fromClasspath(TrustPolicy.DEFAULT_POLICY_ROOT, LOADER),
                new EngineSettings(Clock.systemUTC(), 10_000, 2, true, CompiledModels.onClasspath(precompiledModels)));
    }

    @Test
    void should_build_a_shipped_version_only_when_a_request_falls_in_its_dates() {
        try (CompiledPolicySet set = compile(LOADER)) {
            assertThat(set.built()).isZero();
            List<PolicyVersion> versions = set.versions();
            assertThat(versions).hasSize(2);

            // a claim on an order paid under the base version builds that version only
            TrustRequest before = TrustFixtures.claim(ClaimType.COUNTERFEIT).build();
            Instant at = Instant.parse("2026-03-02T02:00:00Z");
            assertThat(before.policyTime(at)).isBefore(versions.get(1).effectiveFrom());
            Decision decision = set.at(before.policyTime(at)).evaluate(before, at);
            assertThat(decision.policy()).isEqualTo(versions.get(0).id());
            assertThat(set.built()).isEqualTo(1);

            set.at(versions.get(1).effectiveFrom());
            assertThat(set.built()).isEqualTo(2);
        }
    }

    @Test
    void should_describe_unbuilt_versions_as_the_rule_files_compiled_describe_them() {
        try (CompiledPolicySet shipped = compile(LOADER); CompiledPolicySet drl = compile(null)) {
            assertThat(shipped.built()).isZero();
            assertThat(drl.built()).isEqualTo(2);
            assertThat(shipped.versions()).isEqualTo(drl.versions());
            assertThat(shipped.ruleNames()).isEqualTo(drl.ruleNames());
            assertThat(shipped.warnings()).isEqualTo(drl.warnings());
            for (PolicyVersion version : drl.versions()) {
                assertThat(shipped.ruleNames(version.id())).isEqualTo(drl.ruleNames(version.id()));
            }
            assertThat(shipped.built()).isZero();
        }
    }
}
