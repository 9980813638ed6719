package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.diff.DiffReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The what-if report shared by {@code trust-rules diff} and the Flink job: counts, merging, text. */
class DiffReportTest {
    static TrustPolicy baseline;
    static TrustPolicy candidate;

    @BeforeAll
    static void policies(@TempDir Path dir) {
        baseline = TestPolicies.build(payout(dir.resolve("baseline"), 0));
        candidate = TestPolicies.build(payout(dir.resolve("candidate"), 50));
    }

    @AfterAll
    static void close() {
        baseline.close();
        candidate.close();
    }

    /** Grants FAKE_ONE_PAY_TEN refunding the price, with paid fen above 1,000 adding {@code extra} fen. */
    private static Path payout(Path root, long extra) {
        return TestPolicies.write(root, Map.of("rules/test.drl", "package rules;\n" + TestPolicies.HEADER + """
                rule "D-01 refund"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                    Order($paid : paidFen)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "REFUNDED", $paid, $paid > 1000 ? %dL : 0L, Payer.SHOP, false));
                end
                """.formatted(extra)));
    }

    private static void add(DiffReport report, long line, long paidFen) {
        TrustRequest request = Requests.counterfeitClaim(paidFen);
        report.add(line, request, baseline.evaluate(request), candidate.evaluate(request));
    }

    @Test
    void should_render_the_report_of_trust_rules_diff_when_counting_documents() {
        DiffReport report = new DiffReport(1);
        add(report, 1, 500);
        add(report, 2, 2000);
        add(report, 3, 3000);

        assertThat(report.render(baseline.id(), candidate.id())).isEqualTo("""
                baseline:  %s
                candidate: %s
                documents: 3
                changed decisions: 2 (66.67%%)
                entitlements granted (baseline -> candidate, decisions changed):
                  FAKE_ONE_PAY_TEN         3 -> 3 (+0), 2 changed
                sanctions imposed (baseline -> candidate, decisions changed):
                  (none)
                payout change (refund + payout): +1.00 CNY (baseline 55.00 CNY, candidate 56.00 CNY)
                sample changed decisions:
                  line 2, order o-1, claim COUNTERFEIT
                      baseline:  FAKE_ONE_PAY_TEN granted 20.00 CNY (REFUNDED)
                      candidate: FAKE_ONE_PAY_TEN granted 20.50 CNY (REFUNDED)
                """.formatted(baseline.id(), candidate.id()));
    }

    @Test
    void should_give_the_same_report_in_any_merge_order_when_parts_are_merged() {
        DiffReport whole = new DiffReport(2);
        DiffReport first = new DiffReport(2);
        DiffReport second = new DiffReport(2);
        for (int line = 1; line <= 6; line++) {
            add(whole, line, line * 700L);
            add(line % 2 == 0 ? first : second, line, line * 700L);
        }

        String expected = whole.render(baseline.id(), candidate.id());

        assertThat(new DiffReport(2).merge(first).merge(second).render(baseline.id(), candidate.id())).isEqualTo(expected);
        assertThat(new DiffReport(2).merge(second).merge(first).render(baseline.id(), candidate.id())).isEqualTo(expected);
        assertThat(whole.samples()).hasSize(2).allSatisfy(sample -> assertThat(sample).startsWith("line "));
        assertThat(whole.samples().get(0)).startsWith("line 2, ");
        assertThat(whole.samples().get(1)).startsWith("line 3, ");
    }

    @Test
    void should_name_the_source_and_count_the_undecided_when_a_runner_goes_on_past_failures() {
        DiffReport report = new DiffReport(5);
        TrustRequest request = Requests.counterfeitClaim(2000);
        report.add("part-2.jsonl", 7, request, baseline.evaluate(request), candidate.evaluate(request));
        report.add("part-1.jsonl", 9, request, baseline.evaluate(request), candidate.evaluate(request));
        report.addUndecided();

        assertThat(report.samples()).extracting(sample -> sample.substring(0, sample.indexOf(',')))
                .containsExactly("part-1.jsonl line 9", "part-2.jsonl line 7");
        assertThat(report.render(baseline.id(), candidate.id()))
                .contains("documents: 2\nchanged decisions: 2 (100.00%)\nnot decided: 1 documents (unreadable, or a policy failed on them)\n");
    }

    @Test
    void should_keep_its_counts_and_samples_when_serialized() throws IOException, ClassNotFoundException {
        DiffReport report = new DiffReport(3);
        add(report, 1, 2000);
        add(report, 2, 500);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(report);
        }

        DiffReport copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (DiffReport) in.readObject();
        }

        assertThat(copy.render(baseline.id(), candidate.id())).isEqualTo(report.render(baseline.id(), candidate.id()));
    }
}
