package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyVersionsTest {
    private static final String GRANT = """
            package rules;
            import dev.trustrules.*;
            import dev.trustrules.rules.*;
            rule "V-01 refund %s"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "%s", 100, 0, Payer.SHOP, false));
            end
            """;

    @TempDir
    Path dir;

    private Path twoVersions() {
        return TestPolicies.write(dir, Map.of(
                "rules/refund.drl", GRANT.formatted("v1", "VERSION_ONE"),
                "versions/2026-03-02/version.properties", "version=2\neffectiveFrom=2026-03-02T00:00:00+08:00\n",
                "versions/2026-03-02/rules/refund.drl", GRANT.formatted("v2", "VERSION_TWO")));
    }

    private static TrustRequest paidAt(Instant paid) {
        var order = new dev.trustrules.facts.Order("o-1", "b-1", "s-1", null, dev.trustrules.facts.Category.APPAREL, 100,
                null, paid, paid, null, false);
        var claim = new dev.trustrules.facts.AfterSaleClaim("c-1", "o-1", dev.trustrules.facts.ClaimType.COUNTERFEIT,
                paid.plusSeconds(86_400 * 40), dev.trustrules.facts.AuthenticityVerdict.FAKE, 0, 0, null, true, true, 0, false, 0);
        return TrustRequest.builder().evaluatedAt(claim.filedAt()).order(order).claim(claim).build();
    }

    @Test
    void should_judge_an_order_under_the_version_in_force_when_it_was_paid() {
        try (TrustPolicy policy = TestPolicies.build(twoVersions())) {
            Decision before = policy.evaluate(paidAt(Instant.parse("2026-03-01T15:59:59Z")));
            Decision from = policy.evaluate(paidAt(Instant.parse("2026-03-01T16:00:00Z")));

            assertThat(before.policy().version()).isEqualTo("1");
            assertThat(before.entitlements()).extracting(Entitlement::reason).containsExactly("VERSION_ONE");
            assertThat(from.policy().version()).isEqualTo("2");
            assertThat(from.entitlements()).extracting(Entitlement::reason).containsExactly("VERSION_TWO");
        }
    }

    @Test
    void should_list_the_versions_oldest_first_with_their_dates() {
        try (TrustPolicy policy = TestPolicies.build(twoVersions())) {
            assertThat(policy.versions()).extracting(v -> v.id().version(), PolicyVersion::effectiveFrom).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("1", null),
                    org.assertj.core.groups.Tuple.tuple("2", Instant.parse("2026-03-01T16:00:00Z")));
            assertThat(policy.id().version()).isEqualTo("2");
            assertThat(policy.versions().get(0).id().sha256()).isNotEqualTo(policy.versions().get(1).id().sha256());
            assertThat(policy.ruleNames()).containsExactly("V-01 refund v1", "V-01 refund v2");
        }
    }

    @Test
    void should_report_an_overlay_file_under_its_real_path_when_it_does_not_compile() {
        twoVersions();
        TestPolicies.write(dir, Map.of("versions/2026-03-02/rules/refund.drl", "package rules;\nrule \"V-02\" when Nope() then end\n"));

        PolicyBuildException e = catchThrowableOfType(PolicyBuildException.class, () -> TestPolicies.build(dir));

        assertThat(e.problems()).extracting(Problem::file).containsOnly("versions/2026-03-02/rules/refund.drl");
        assertThat(e.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void should_drop_the_files_a_version_removes() {
        TestPolicies.write(dir, Map.of(
                "rules/refund.drl", GRANT.formatted("v1", "VERSION_ONE"),
                "rules/other.drl", "package rules;\nrule \"O-01 other\" when eval(true) then end\n",
                "versions/b/version.properties", "version=2\neffectiveFrom=2026-03-02T00:00:00+08:00\nremove=rules/refund.drl\n"));
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            Decision decision = policy.evaluate(paidAt(Instant.parse("2026-03-05T00:00:00Z")));
            assertThat(decision.entitlements()).isEmpty();
            assertThat(decision.denials()).extracting(Denial::reason).containsExactly("NO_RULE_MATCHED");
        }
    }

    @Test
    void should_refuse_a_version_without_a_date_or_with_a_date_without_offset() {
        TestPolicies.write(dir, Map.of(
                "rules/refund.drl", GRANT.formatted("v1", "VERSION_ONE"),
                "versions/a/version.properties", "version=2\n",
                "versions/b/version.properties", "version=3\neffectiveFrom=2026-03-02T00:00:00\n"));
        assertThatThrownBy(() -> TestPolicies.build(dir))
                .isInstanceOfSatisfying(PolicyBuildException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(
                                "versions/a/version.properties:0:0: effectiveFrom is missing or blank; expected for example effectiveFrom=2026-12-01T00:00:00+08:00",
                                "versions/b/version.properties:0:0: effectiveFrom must be an ISO-8601 date-time with offset such as 2026-12-01T00:00:00+08:00, was \"2026-03-02T00:00:00\""));
    }

    @Test
    void should_refuse_two_versions_taking_effect_at_the_same_moment() {
        TestPolicies.write(dir, Map.of(
                "rules/refund.drl", GRANT.formatted("v1", "VERSION_ONE"),
                "versions/a/version.properties", "version=2\neffectiveFrom=2026-03-02T00:00:00+08:00\n",
                "versions/b/version.properties", "version=3\neffectiveFrom=2026-03-01T16:00:00Z\n"));
        assertThatThrownBy(() -> TestPolicies.build(dir))
                .hasMessageContaining("versions/b/version.properties:0:0: effectiveFrom 2026-03-01T16:00:00Z is also the effectiveFrom of versions/a");
    }

    @Test
    void should_fail_clearly_when_no_version_is_in_force_yet() {
        TestPolicies.write(dir, Map.of(
                "policy.properties", "name=test\nversion=1\neffectiveFrom=2026-03-02T00:00:00+08:00\n",
                "rules/refund.drl", GRANT.formatted("v1", "VERSION_ONE")));
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThatThrownBy(() -> policy.evaluate(paidAt(Instant.parse("2026-03-01T00:00:00Z"))))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessage("no version of policy test is in force at 2026-03-01T00:00:00Z; the first takes effect 2026-03-01T16:00:00Z");
        }
    }
}
