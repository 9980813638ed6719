package dev.trustrules.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.DecisionRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Releases arriving on the broadcast stream while facts are decided, at parallelism 2. "Later" is made
 * deterministic by gates: the releases wait until the facts before them were decided, and the facts
 * after them wait until both tasks have reported what they did with the releases.
 */
class LiveRuleUpdateTest {
    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = FlinkJobs.miniCluster();

    static final PolicyRelease V1 = Facts.release("1", "V1");

    @BeforeEach
    void clear() {
        Collected.clear();
    }

    /** Decides claims o-0.. o-(total-1); the releases come after {@code before} facts were decided. */
    private static void run(int total, int before, int changes, PolicyRelease... releases) throws Exception {
        StreamExecutionEnvironment env = FlinkJobs.environment();
        DataStream<String> facts = env.fromData(Facts.claims(0, total)).setParallelism(1)
                .map(new Gate<String>(before, "changes", changes, change -> true)).setParallelism(1).returns(Types.STRING);
        DataStream<PolicyRelease> updates = env.fromData(TrustTypes.policyRelease(), releases).setParallelism(1)
                .map(new Gate<PolicyRelease>(0, "decisions", before, decision -> true)).setParallelism(1)
                .returns(TrustTypes.policyRelease());

        SingleOutputStreamOperator<DecisionRecord> decided = TrustDecisions.decideLive(facts, FactInput.jsonDocuments(), updates, V1)
                .uid("trust-rules-decide");
        decided.sinkTo(Collected.into("decisions"));
        decided.getSideOutput(TrustDecisions.FAILURES).sinkTo(Collected.into("failures"));
        decided.getSideOutput(TrustDecisions.POLICY_CHANGES).sinkTo(Collected.into("changes"));
        env.execute("live rule updates");
    }

    private static List<String> decisions() {
        return Collected.<DecisionRecord>in("decisions").stream()
                .map(r -> r.request().order().id() + " " + r.decision().policy().name() + "@" + r.decision().policy().version()
                        + " " + r.decision().entitlements().get(0).reason())
                .toList();
    }

    private static List<String> expected(int from, int to, String release, String reason) {
        return IntStream.range(from, to).mapToObj(i -> "o-" + i + " " + release + " " + reason).toList();
    }

    @Test
    void should_decide_later_records_on_the_new_release_when_it_arrives_mid_stream() throws Exception {
        run(10, 5, 2, Facts.release("2", "V2"));

        assertThat(Collected.<PolicyChange>in("changes")).containsExactlyInAnyOrder(
                new PolicyChange(0, PolicyChange.Outcome.ACTIVATED, "flink-test@2", "flink-test@2", List.of()),
                new PolicyChange(1, PolicyChange.Outcome.ACTIVATED, "flink-test@2", "flink-test@2", List.of()));
        assertThat(decisions()).containsExactlyInAnyOrderElementsOf(concat(
                expected(0, 5, "flink-test@1", "V1"), expected(5, 10, "flink-test@2", "V2")));
        assertThat(Collected.<DecisionFailure>in("failures")).isEmpty();
    }

    @Test
    void should_refuse_a_release_and_keep_deciding_on_the_last_good_when_it_does_not_build_or_fails_a_scenario()
            throws Exception {
        PolicyRelease broken = PolicyRelease.of("flink-test", "2", Facts.files("2", Facts.rule("V2").replace("when", "when\n    Nope()")));
        Map<String, byte[]> failing = new TreeMap<>(Facts.files("3", Facts.rule("OTHER")));
        failing.put("scenarios/refund.yaml", """
                name: refund with V3
                given: %s
                expect:
                  entitlements: [ { type: FAKE_ONE_PAY_TEN, reason: V3 } ]
                """.formatted(Facts.claim(99)).getBytes(StandardCharsets.UTF_8));

        run(6, 3, 4, broken, PolicyRelease.of("flink-test", "3", failing));

        List<PolicyChange> changes = Collected.in("changes");
        assertThat(changes).extracting(c -> c.subtask() + " " + c.outcome() + " " + c.release() + " serving " + c.serving())
                .containsExactlyInAnyOrder("0 REFUSED flink-test@2 serving flink-test@1", "1 REFUSED flink-test@2 serving flink-test@1",
                        "0 REFUSED flink-test@3 serving flink-test@1", "1 REFUSED flink-test@3 serving flink-test@1");
        assertThat(changes).filteredOn(c -> c.release().equals("flink-test@2")).extracting(PolicyChange::problems)
                .containsOnly(List.of("rules/grant.drl:7:5: rule \"F-01 refund\": unknown fact type Nope: rules match the facts "
                        + "(dev.trustrules.facts), the rule vocabulary (dev.trustrules.rules) and the types the policy declares; "
                        + "import it or declare it"));
        assertThat(changes).filteredOn(c -> c.release().equals("flink-test@3")).extracting(PolicyChange::problems)
                .containsOnly(List.of("""
                        scenarios/refund.yaml:1:0: scenario "refund with V3" failed:
                          entitlements:
                            expected   {type: FAKE_ONE_PAY_TEN, reason: V3}
                            actual     {type: FAKE_ONE_PAY_TEN, refundFen: 100, payoutFen: 0, currency: CNY, payer: SHOP, \
                        returnRequired: false, reason: OTHER, rule: "F-01 refund"}  <- differs in reason"""));
        assertThat(decisions()).containsExactlyInAnyOrderElementsOf(expected(0, 6, "flink-test@1", "V1"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
