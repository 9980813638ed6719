package dev.trustrules.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.EntitlementType;
import dev.trustrules.TrustPolicy;
import dev.trustrules.json.TrustJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchAdjudicationTest {
    private static final Path CLAIMS = Path.of("src/test/resources/claims.jsonl");

    @TempDir
    Path dir;

    @Test
    void should_write_a_decision_per_line_in_input_order_and_summarise_when_run_on_the_sample_claims() throws Exception {
        Path decisions = dir.resolve("decisions.jsonl");
        Summary summary;
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build()) {
            summary = BatchAdjudication.run(policy, CLAIMS, decisions, 2);

            List<String> lines = Files.readAllLines(decisions);
            assertThat(lines).hasSize(5);
            List<String> claims = Files.readAllLines(CLAIMS);
            for (int i = 0; i < 4; i++) {
                assertThat(TrustJson.readDecision(lines.get(i))).isEqualTo(policy.evaluate(TrustJson.readRequest(claims.get(i))));
            }
            assertThat(lines.get(4)).isEqualTo("{\"line\":6,\"error\":\"order.paidFen: expected an amount in fen >= 0, was -1 (line 1, column 32)\"}");
        }
        assertThat(summary).isEqualTo(new Summary(4, 1,
                Map.of(EntitlementType.FAKE_ONE_PAY_TEN, 1, EntitlementType.FREIGHT_INSURANCE, 1, EntitlementType.SELLER_FAULT_RETURN, 1),
                Map.of(EntitlementType.FAKE_ONE_PAY_TEN, 1, EntitlementType.REFUND_WITHOUT_RETURN, 1),
                19_900 + 15_900, 204_000 + 2_500 + 500));
        assertThat(summary.format()).isEqualTo("""
                4 decided, 1 failed
                entitlement               granted   denied
                FAKE_ONE_PAY_TEN                1        1
                REFUND_WITHOUT_RETURN           0        1
                FREIGHT_INSURANCE               1        0
                SELLER_FAULT_RETURN             1        0
                refunds: 358.00 CNY
                payouts: 2070.00 CNY
                """);
    }
}
