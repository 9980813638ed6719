package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** Closing, replaying without listeners, the build and reload events, listener failures logged once. */
class PolicyLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void should_refuse_to_evaluate_naming_the_policy_when_it_was_closed() {
        TestPolicies.withRules(dir, TestPolicies.refundRule("REFUNDED"));
        TrustPolicy policy = TestPolicies.build(dir);
        String id = policy.id().toString();
        policy.close();
        policy.close(); // twice is harmless

        assertThat(policy.isClosed()).isTrue();
        assertThatThrownBy(() -> policy.evaluate(Requests.counterfeitClaim(19_900)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot evaluate: policy " + id + " was closed; build a new TrustPolicy");
        assertThatThrownBy(policy::reload)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot reload: policy " + id + " was closed; build a new TrustPolicy");
    }

    @Test
    void should_not_tell_the_listeners_when_a_record_is_replayed_unless_asked() {
        TestPolicies.withRules(dir, TestPolicies.refundRule("REFUNDED"));
        List<String> heard = new ArrayList<>();
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).listener(new TrustPolicyListener() {
            @Override
            public void onDecision(TrustRequest request, Decision decision, long nanos) {
                heard.add("decision " + decision.entitlements().get(0).reason());
            }
        }).build()) {
            DecisionRecord recorded = new DecisionRecord(Requests.counterfeitClaim(19_900),
                    policy.evaluate(Requests.counterfeitClaim(19_900)));

            assertThat(recorded.replayOn(policy)).isEqualTo(recorded.decision());
            assertThat(heard).containsExactly("decision REFUNDED");
            assertThat(recorded.replayOn(policy, true)).isEqualTo(recorded.decision());
            assertThat(heard).containsExactly("decision REFUNDED", "decision REFUNDED");
        }
    }

    @Test
    void should_tell_the_listeners_the_build_and_every_reload_with_its_outcome_when_the_rules_change() throws Exception {
        TestPolicies.withRules(dir, TestPolicies.refundRule("REFUNDED"));
        List<String> heard = new ArrayList<>();
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).listener(new TrustPolicyListener() {
            @Override
            public void onBuilt(PolicyId serving, long nanos) {
                heard.add("built " + serving.version() + (nanos > 0 ? "" : " without time"));
            }

            @Override
            public void onReload(PolicyId previous, ReloadResult result, long nanos) {
                heard.add(result.outcome() + " " + previous.sha256().equals(result.serving().sha256()) + (nanos > 0 ? "" : " without time"));
            }
        }).build()) {
            policy.reload();
            TestPolicies.withRules(dir, TestPolicies.refundRule("REFUNDED_AGAIN"));
            policy.reload();
            Files.writeString(dir.resolve("rules/broken.drl"), "package rules;\nrule \"half\" when\n");
            policy.reload();
        }
        assertThat(heard).containsExactly("built 1", "UNCHANGED true", "RELOADED false", "REFUSED true");
    }

    @Test
    void should_call_the_old_reload_methods_by_default_when_a_listener_overrides_only_those() {
        TestPolicies.withRules(dir, TestPolicies.refundRule("REFUNDED"));
        List<String> heard = new ArrayList<>();
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(dir).listener(new TrustPolicyListener() {
            @Override
            public void onReloaded(PolicyId previous, PolicyId current) {
                heard.add("reloaded");
            }

            @Override
            public void onReloadRefused(PolicyId serving, List<Problem> problems) {
                heard.add("refused " + problems.size());
            }
        }).build()) {
            TestPolicies.withRules(dir, TestPolicies.refundRule("REFUNDED_AGAIN"));
            policy.reload();
            TestPolicies.withRules(dir, "rule \"half\" when\n");
            policy.reload();
        }
        assertThat(heard).containsExactly("reloaded", "refused 1");
    }

    @Test
    void should_log_a_failing_listener_once_with_its_stack_trace_then_counts_when_it_fails_on_every_decision() {
        List<String> lines = new ArrayList<>();
        Logger log = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("warn")) {
                        List<Object> params = new ArrayList<>();
                        for (int i = 1; i < args.length; i++) {
                            params.addAll(args[i] instanceof Object[] many ? List.of(many) : List.of(args[i]));
                        }
                        Object last = params.isEmpty() ? null : params.get(params.size() - 1);
                        String text = String.valueOf(args[0]);
                        for (Object arg : params) {
                            text = text.replaceFirst("\\{\\}", java.util.regex.Matcher.quoteReplacement(String.valueOf(arg)));
                        }
                        lines.add(text + (last instanceof Throwable ? " [stack trace]" : ""));
                    }
                    return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                });
        ListenerFailures failures = new ListenerFailures(log);
        TrustPolicyListener broken = new TrustPolicyListener() {
            @Override
            public String toString() {
                return "audit";
            }
        };
        for (int i = 0; i < 1_000; i++) {
            failures.report(broken, new IllegalStateException("queue full"));
        }
        failures.report(broken, new IllegalArgumentException("other"));

        assertThat(lines).containsExactly(
                "trust-rules: listener audit threw; the decision or reload is unaffected. This failure is logged once, "
                        + "then counted (at the 10th, 100th, 1000th, ... time) [stack trace]",
                "trust-rules: listener audit threw 10 times so far: java.lang.IllegalStateException: queue full (stack trace logged the first time)",
                "trust-rules: listener audit threw 100 times so far: java.lang.IllegalStateException: queue full (stack trace logged the first time)",
                "trust-rules: listener audit threw 1000 times so far: java.lang.IllegalStateException: queue full (stack trace logged the first time)",
                "trust-rules: listener audit threw; the decision or reload is unaffected. This failure is logged once, "
                        + "then counted (at the 10th, 100th, 1000th, ... time) [stack trace]");
    }

    @Test
    void should_total_exactly_and_fail_clearly_when_a_refund_of_long_max_value_plus_a_payout_overflows() {
        TestPolicies.withRules(dir, TestPolicies.refundRule("REFUNDED"));
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            Decision decision = policy.evaluate(Requests.counterfeitClaim(Long.MAX_VALUE));
            Entitlement granted = decision.entitlements().get(0);

            assertThat(granted.refundFen()).isEqualTo(Long.MAX_VALUE);
            assertThat(granted.totalFenExact()).isEqualTo(new java.math.BigInteger("9223372036854777007"));
            assertThat(decision.totalGrantedFen()).isEqualTo(new java.math.BigInteger("9223372036854777007"));
            assertThatThrownBy(granted::totalFen)
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("entitlement FAKE_ONE_PAY_TEN: refundFen 9223372036854775807 + payoutFen 1200 = "
                            + "9223372036854777007 fen does not fit a long (at most 9223372036854775807); use totalFenExact()");
        }
    }

    @Test
    void should_total_a_normal_entitlement_as_a_long_when_it_fits() {
        Entitlement entitlement = new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, 19_900, 199_000, "CNY", Payer.SHOP, false,
                "R-01", "REFUNDED");
        assertThat(entitlement.totalFen()).isEqualTo(218_900);
        assertThat(entitlement.totalFenExact()).isEqualTo(java.math.BigInteger.valueOf(218_900));
    }

    @Test
    void should_list_the_rules_of_one_version_when_asked_by_its_id() {
        TestPolicies.withRules(dir, TestPolicies.refundRule("REFUNDED"));
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            assertThat(policy.ruleNames(policy.id())).containsExactly("R-01 refund");
            PolicyId other = new PolicyId("test", "9", "abc");
            assertThatThrownBy(() -> policy.ruleNames(other))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("policy test serves no version test@9 (sha256 abc); it serves [" + policy.id() + "]");
        }
    }
}
