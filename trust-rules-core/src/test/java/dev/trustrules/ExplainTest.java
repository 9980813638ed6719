package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustrules.explain.Calculation;
import dev.trustrules.explain.Condition;
import dev.trustrules.explain.Explanation;
import dev.trustrules.explain.GrantExplanation;
import dev.trustrules.explain.Operand;
import dev.trustrules.internal.explain.ArithmeticLog;
import dev.trustrules.json.TrustJson;
import dev.trustrules.rules.Amounts;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code TrustPolicy.explain} on small policies of its own: how an amount a rule derived is chained into the
 * grant that pays it, arithmetic outside {@code Amounts}, thresholds and near misses from the policy's text,
 * and {@code evaluate} recording nothing.
 */
class ExplainTest {
    private static final String LIMITS = """
            declare ClaimLimits
                multiplier : long = 4
                capFen : long = 1000000
                feeLimitFen : long = 1000
            end
            global ClaimLimits claimLimits;

            declare Compensation
                fen : long
            end
            """;

    private static final String RULES = """
            rule "D-01 compensation: the multiple of the price"
                salience -4
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                Order($paid : paidFen)
            then
                long multiple = Amounts.timesCapped($paid, claimLimits.getMultiplier(), claimLimits.getCapFen());
                insert(new Compensation(multiple));
            end

            rule "G-01 granted: the compensation and a bonus"
                salience -5
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                not DenyEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                Compensation($compensation : fen)
                Order($paid : paidFen)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "GRANTED", $paid / 2, Amounts.plus($compensation, 700),
                    Payer.SHOP, false));
            end

            rule "D-10 denied when the appraisal cost too much"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                AfterSaleClaim(appraisalFeeFen > claimLimits.feeLimitFen, $fee : appraisalFeeFen)
            then
                insert(new DenyEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "FEE_TOO_HIGH", "fee " + $fee));
            end

            rule "D-11 denied for a buyer who is not trusted"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                BuyerAccount(creditScore < 600, abuseFlag)
            then
                insert(new DenyEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "NOT_TRUSTED", "not trusted"));
            end
            """;

    @TempDir
    Path dir;

    private TrustPolicy policy() {
        return TestPolicies.build(TestPolicies.write(dir, Map.of("rules/limits.drl", "package rules;\n" + LIMITS,
                "rules/claims.drl", "package rules;\n" + TestPolicies.HEADER + RULES)));
    }

    @Test
    void should_chain_the_amount_a_rule_derived_into_the_grant_that_pays_it_when_explaining_a_grant() {
        try (TrustPolicy policy = policy()) {
            TrustRequest request = Requests.counterfeitClaim(19_900);
            Explanation explanation = policy.explain(request);

            assertThat(explanation.decision()).isEqualTo(policy.evaluate(request));
            GrantExplanation grant = explanation.grants().get(0);
            Calculation payout = grant.payout();
            assertThat(payout.kind()).isEqualTo(Calculation.Kind.STEP);
            assertThat(payout.name()).isEqualTo("plus");
            assertThat(payout.value()).isEqualTo(80_300);
            assertThat(payout.rule()).isEqualTo("G-01 granted: the compensation and a bonus");
            assertThat(payout.text()).isEqualTo("803.00 = 796.00 + 7.00");
            Calculation multiple = payout.operands().get(0);
            assertThat(multiple.rule()).isEqualTo("D-01 compensation: the multiple of the price");
            assertThat(multiple.text()).isEqualTo("796.00 = 199.00 (order.paidFen) × 4 (claimLimits.multiplier), within the cap of "
                    + "10000.00 (claimLimits.capFen)");
            assertThat(multiple.operands()).extracting(Calculation::kind, Calculation::name, Calculation::value, Calculation::money)
                    .containsExactly(tuple(Calculation.Kind.FACT, "order.paidFen", 19_900L, true),
                            tuple(Calculation.Kind.LIMIT, "claimLimits.multiplier", 4L, false),
                            tuple(Calculation.Kind.LIMIT, "claimLimits.capFen", 1_000_000L, true));
            assertThat(payout.operands().get(1)).extracting(Calculation::kind, Calculation::name, Calculation::value)
                    .containsExactly(Calculation.Kind.CONSTANT, "700", 700L);
        }
    }

    @Test
    void should_show_other_arithmetic_as_written_with_its_value_when_a_rule_does_not_use_amounts() {
        try (TrustPolicy policy = policy()) {
            Calculation refund = policy.explain(Requests.counterfeitClaim(19_900)).grants().get(0).refund();

            assertThat(refund).extracting(Calculation::kind, Calculation::name, Calculation::value, Calculation::text)
                    .containsExactly(Calculation.Kind.EXPRESSION, "$paid / 2", 9_950L, "99.50 = 199.00 (order.paidFen) / 2");
            assertThat(refund.operands()).extracting(Calculation::kind, Calculation::name, Calculation::value, Calculation::money)
                    .containsExactly(tuple(Calculation.Kind.FACT, "order.paidFen", 19_900L, true),
                            tuple(Calculation.Kind.CONSTANT, "2", 2L, false));
        }
    }

    @Test
    void should_take_thresholds_and_near_misses_from_the_policy_text_when_explaining() {
        try (TrustPolicy policy = policy()) {
            Explanation explanation = policy.explain(Requests.counterfeitClaim(19_900));

            assertThat(explanation.grants().get(0).thresholdsPassed()).extracting(Condition::rule, Condition::text).containsExactly(
                    tuple("D-10 denied when the appraisal cost too much", "appraisalFeeFen > claimLimits.feeLimitFen is false: "
                            + "claim.appraisalFeeFen = 0 (0.00 CNY), claimLimits.feeLimitFen = 1000 (10.00 CNY)"),
                    tuple("D-11 denied for a buyer who is not trusted", "creditScore < 600 is false: buyer.creditScore = 700"),
                    tuple("D-11 denied for a buyer who is not trusted", "abuseFlag is false: buyer.abuseFlag = false"));
            assertThat(explanation.grants().get(0).thresholdsPassed().get(1).operands()).extracting(Operand::kind)
                    .containsExactly(Operand.Kind.FACT);
            assertThat(explanation.nearMisses()).isEmpty();
            assertThat(explanation.caveats()).isEmpty();
        }
    }

    @Test
    void should_write_the_explanation_as_json_with_its_calculations_in_fen_when_asked() throws Exception {
        try (TrustPolicy policy = policy()) {
            String json = TrustJson.writeExplanation(policy.explain(Requests.counterfeitClaim(19_900)));
            JsonNode root = new ObjectMapper().readTree(json);

            assertThat(root.path("entitlements").get(0).path("payoutFen").asLong()).isEqualTo(80_300);
            JsonNode explanation = root.path("explanation");
            assertThat(fieldNames(explanation)).containsExactly("rulesFired", "denials", "grants", "nearMisses", "caveats");
            JsonNode payout = explanation.path("grants").get(0).path("payout");
            assertThat(fieldNames(payout)).containsExactly("value", "kind", "name", "rule", "money", "operands", "text");
            assertThat(payout.path("operands").get(0).path("value").asLong()).isEqualTo(79_600);
            assertThat(payout.path("operands").get(0).path("operands").get(0).path("name").asText()).isEqualTo("order.paidFen");
            assertThat(explanation.path("grants").get(0).path("thresholdsPassed").get(0).path("operands").get(1).path("kind").asText())
                    .isEqualTo("LIMIT");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // --- evaluate records nothing ---

    @Test
    void should_open_no_arithmetic_log_when_a_decision_is_evaluated() {
        AtomicInteger checked = new AtomicInteger();
        List<String> seen = new ArrayList<>();
        TrustPolicyListener listener = new TrustPolicyListener() {
            @Override
            public void onDecision(TrustRequest request, Decision decision, long nanos) {
                // on the evaluating thread, right after the rules ran
                seen.add(ArithmeticLog.openOnThisThread() + " " + ArithmeticLog.openCount());
                checked.incrementAndGet();
            }
        };
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(TestPolicies.write(dir, Map.of("rules/limits.drl",
                "package rules;\n" + LIMITS, "rules/claims.drl", "package rules;\n" + TestPolicies.HEADER + RULES)))
                .listener(listener).build()) {
            Decision decision = policy.evaluate(Requests.counterfeitClaim(19_900));

            assertThat(decision.entitlements().get(0).payoutFen()).isEqualTo(80_300);
            assertThat(checked).hasValue(1);
            assertThat(seen).containsExactly("false 0");
            policy.explain(Requests.counterfeitClaim(19_900));
            assertThat(checked).as("explain tells no listener").hasValue(1);
            assertThat(ArithmeticLog.openCount()).as("the log is closed after explaining").isZero();
            assertThat(ArithmeticLog.openOnThisThread()).isFalse();
        }
    }

    @Test
    void should_allocate_nothing_in_amounts_when_no_explanation_is_being_made() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = arithmetic(10_000); // warm up: the first calls load classes
        long before = threads.getCurrentThreadAllocatedBytes();
        sink += arithmetic(100_000);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(sink).isPositive();
        // one step recorded per call would be 500,000 objects of 40 bytes; nothing is recorded, nothing allocated
        assertThat(allocated).isLessThan(1_024);
    }

    private static long arithmetic(int calls) {
        long sum = 0;
        for (int i = 1; i <= calls; i++) {
            sum += Amounts.timesCapped(i, 10, 1_000_000) + Amounts.plus(i, 1) + Amounts.percentOf(i, 30) + Amounts.atMost(i, 500)
                    + Amounts.atLeast(i, 500);
        }
        return sum;
    }

    @Test
    void should_refuse_a_null_request_when_explaining() {
        try (TrustPolicy policy = policy()) {
            assertThatThrownBy(() -> policy.explain(null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("request is required, was null");
        }
    }
}
