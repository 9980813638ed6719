package dev.trustrules.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.DecisionRecord;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJson;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** The operator deciding a fact stream on one release, at parallelism 2, against the library itself. */
class DecideTest {
    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = FlinkJobs.miniCluster();

    @BeforeEach
    void clear() {
        Collected.clear();
    }

    @Test
    void should_decide_as_the_library_does_when_deciding_json_documents_at_parallelism_2() throws Exception {
        List<String> documents = Facts.corpus();
        StreamExecutionEnvironment env = FlinkJobs.environment();

        SingleOutputStreamOperator<DecisionRecord> decided =
                TrustDecisions.decide(env.fromData(documents), FactInput.jsonDocuments(), PolicyRelease.defaultPolicy());
        decided.sinkTo(Collected.into("decisions"));
        decided.getSideOutput(TrustDecisions.FAILURES).sinkTo(Collected.into("failures"));
        env.execute("decide documents");

        List<DecisionRecord> expected = new ArrayList<>();
        try (TrustPolicy library = TrustPolicy.builder().defaultPolicy().build()) {
            for (String document : documents) {
                TrustRequest request = TrustJson.readRequest(document);
                expected.add(new DecisionRecord(request, library.evaluate(request)));
            }
        }
        assertThat(Collected.<DecisionRecord>in("decisions")).hasSize(42).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Collected.<DecisionFailure>in("failures")).isEmpty();
    }

    @Test
    void should_decide_requests_and_send_each_undecidable_fact_to_the_failures_with_its_reason_when_some_are_invalid()
            throws Exception {
        String missingPaid = Facts.claim(2).replace("\"paidFen\":100,", "");
        String notJson = "{\"order\": ";
        StreamExecutionEnvironment env = FlinkJobs.environment();
        PolicyRelease release = Facts.release("1", "V1");

        SingleOutputStreamOperator<DecisionRecord> documents = TrustDecisions.decide(
                env.fromData(Facts.claim(1), missingPaid, notJson), FactInput.jsonDocuments(), release);
        documents.sinkTo(Collected.into("decisions"));
        documents.getSideOutput(TrustDecisions.FAILURES).sinkTo(Collected.into("failures"));
        SingleOutputStreamOperator<DecisionRecord> requests = TrustDecisions.decide(
                env.fromData(TrustTypes.request(), TrustJson.readRequest(Facts.claim(3))), FactInput.requests(), release);
        requests.sinkTo(Collected.into("decisions"));
        env.execute("decide with failures");

        assertThat(Collected.<DecisionRecord>in("decisions"))
                .extracting(r -> r.request().order().id() + " " + r.decision().policy().name() + "@"
                        + r.decision().policy().version() + " " + r.decision().entitlements().get(0).reason())
                .containsExactlyInAnyOrder("o-1 flink-test@1 V1", "o-3 flink-test@1 V1");
        assertThat(Collected.<DecisionFailure>in("failures")).containsExactlyInAnyOrder(
                new DecisionFailure(missingPaid, "unreadable: order.paidFen: required, was missing (line 1, column 52)",
                        "flink-test@1"),
                new DecisionFailure(notJson, "unreadable: malformed JSON: Unexpected end-of-input within/between Object entries "
                        + "(line 1, column 11)", "flink-test@1"));
    }
}
