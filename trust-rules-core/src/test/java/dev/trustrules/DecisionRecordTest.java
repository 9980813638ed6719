package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.json.TrustJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionRecordTest {
    private static final String RULE = """
            rule "R-01 refund"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                Order($paid : paidFen)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "%s", $paid, Amounts.timesCapped($paid, 10, 10000000), Payer.SHOP, false));
            end
            """;

    @TempDir
    Path dir;

    @Test
    void should_replay_to_an_equal_decision_on_the_same_policy_version() {
        TestPolicies.withRules(dir, RULE.formatted("TEN_TIMES"));
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            TrustRequest undated = TrustRequest.builder().order(Requests.order(19_900, "CNY")).build();
            DecisionRecord recorded = new DecisionRecord(Requests.counterfeitClaim(19_900),
                    policy.evaluate(Requests.counterfeitClaim(19_900)));

            assertThat(recorded.replayOn(policy)).isEqualTo(recorded.decision());
            assertThat(policy.evaluate(undated).policy()).isEqualTo(recorded.decision().policy());
        }
    }

    @Test
    void should_refuse_to_replay_on_a_policy_without_the_recorded_version() {
        TestPolicies.withRules(dir, RULE.formatted("TEN_TIMES"));
        DecisionRecord recorded;
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            recorded = new DecisionRecord(Requests.counterfeitClaim(100), policy.evaluate(Requests.counterfeitClaim(100)));
        }
        TestPolicies.withRules(dir, RULE.formatted("CHANGED"));
        try (TrustPolicy changed = TestPolicies.build(dir)) {
            assertThatThrownBy(() -> recorded.replayOn(changed))
                    .isInstanceOf(TrustRulesException.class)
                    .hasMessageStartingWith("cannot replay: the record was decided by test@1 sha256 " + recorded.decision().policy().sha256()
                            + ", which this policy does not hold (it holds 1 sha256 " + changed.id().sha256() + ")");
        }
    }

    @Test
    void should_replay_to_the_recorded_decision_when_the_record_went_through_json() {
        TestPolicies.withRules(dir, RULE.formatted("TEN_TIMES"));
        try (TrustPolicy policy = TestPolicies.build(dir)) {
            DecisionRecord recorded = new DecisionRecord(Requests.counterfeitClaim(19_900),
                    policy.evaluate(Requests.counterfeitClaim(19_900)));

            DecisionRecord read = TrustJson.readRecord(TrustJson.writeRecord(recorded));

            assertThat(read).isEqualTo(recorded);
            assertThat(read.replayOn(policy)).isEqualTo(recorded.decision());
        }
    }

    @Test
    void should_replay_on_a_policy_rebuilt_from_the_archived_files_when_the_record_went_through_json() {
        TestPolicies.withRules(dir.resolve("archive"), RULE.formatted("TEN_TIMES"));
        String line;
        try (TrustPolicy deployed = TestPolicies.build(dir.resolve("archive"))) {
            line = TrustJson.writeRecord(new DecisionRecord(Requests.counterfeitClaim(500),
                    deployed.evaluate(Requests.counterfeitClaim(500))));
        }
        DecisionRecord read = TrustJson.readRecord(line);
        try (TrustPolicy archived = TestPolicies.build(dir.resolve("archive"))) {
            assertThat(read.replayOn(archived)).isEqualTo(read.decision());
            assertThat(read.decision().entitlements()).extracting(Entitlement::payoutFen).containsExactly(5_000L);
        }
    }
}
