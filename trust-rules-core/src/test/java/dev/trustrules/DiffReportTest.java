package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.diff.Change;
import dev.trustrules.diff.Change.Section;
import dev.trustrules.diff.DiffReport;
import dev.trustrules.diff.DiffReport.Format;
import dev.trustrules.diff.DiffReport.Policy;
import dev.trustrules.diff.DiffReport.Side;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The what-if report shared by {@code trust-rules diff} and the Flink job: counts, changes, merging, text, Markdown, CSV. */
class DiffReportTest {
    static TrustPolicy baseline;
    static TrustPolicy candidate;
    static Policy baselineName;
    static Policy candidateName;

    @BeforeAll
    static void policies(@TempDir Path dir) {
        baseline = TestPolicies.build(payout(dir.resolve("baseline"), 0));
        candidate = TestPolicies.build(payout(dir.resolve("candidate"), 50));
        baselineName = Policy.of("policies/baseline", baseline);
        candidateName = Policy.of("policies/candidate", candidate);
    }

    @AfterAll
    static void close() {
        baseline.close();
        candidate.close();
    }

    /** Grants FAKE_ONE_PAY_TEN refunding the price, with paid fen above 1,000 adding {@code extra} fen (version 2 if any). */
    private static Path payout(Path root, long extra) {
        return TestPolicies.write(root, Map.of("policy.properties", "name=test\nversion=" + (extra == 0 ? "1" : "2") + "\n",
                "rules/test.drl", "package rules;\n" + TestPolicies.HEADER + """
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

        assertThat(report.render(baselineName, candidateName)).isEqualTo("""
                baseline:  policies/baseline
                  %s
                candidate: policies/candidate
                  %s
                documents: 3
                changed decisions: 2 (66.67%%)
                decided by (baseline version -> candidate version: documents):
                  %s -> %s: 3
                buyer tier (baseline -> candidate, decisions changed):
                  (none)
                guarantees carried (baseline -> candidate, decisions changed):
                  (none)
                entitlements granted (baseline -> candidate, decisions changed):
                  FAKE_ONE_PAY_TEN         3 -> 3 (+0), 2 changed
                entitlements denied (baseline -> candidate, decisions changed):
                  (none)
                sanctions imposed (baseline -> candidate, decisions changed):
                  (none)
                payout change (refund + payout): +1.00 CNY (baseline 55.00 CNY, candidate 56.00 CNY)
                rules behind the changes (decisions changed):
                       2  D-01 refund
                sample changed decisions:
                  line 2, order o-1, claim COUNTERFEIT
                      * FAKE_ONE_PAY_TEN payoutFen: 0.00 CNY -> 0.50 CNY  [D-01 refund]
                      baseline:  FAKE_ONE_PAY_TEN granted 20.00 CNY (REFUNDED)
                      candidate: FAKE_ONE_PAY_TEN granted 20.50 CNY (REFUNDED)
                """.formatted(baseline.id(), candidate.id(), baseline.id(), candidate.id()));
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
        whole.addInvalid("", 9, "bad 9");
        second.addInvalid("", 9, "bad 9");
        whole.addFailed("", 8, Side.CANDIDATE, "failed 8");
        first.addFailed("", 8, Side.CANDIDATE, "failed 8");

        for (Format format : Format.values()) {
            String expected = whole.render(format, baselineName, candidateName);
            assertThat(new DiffReport(2).merge(first).merge(second).render(format, baselineName, candidateName)).isEqualTo(expected);
            assertThat(new DiffReport(2).merge(second).merge(first).render(format, baselineName, candidateName)).isEqualTo(expected);
        }
        assertThat(whole.samples()).extracting(DiffReport.Sample::where).containsExactly("line 2", "line 3");
    }

    @Test
    void should_name_the_source_when_a_runner_reads_several_files() {
        DiffReport report = new DiffReport(5);
        TrustRequest request = Requests.counterfeitClaim(2000);
        report.add("part-2.jsonl", 7, request, baseline.evaluate(request), candidate.evaluate(request));
        report.add("part-1.jsonl", 9, request, baseline.evaluate(request), candidate.evaluate(request));

        assertThat(report.samples()).extracting(DiffReport.Sample::where).containsExactly("part-1.jsonl line 9", "part-2.jsonl line 7");
    }

    @Test
    void should_count_every_skipped_document_and_show_the_first_five_in_corpus_order_when_a_runner_goes_on_past_them() {
        DiffReport report = new DiffReport(5);
        for (int line = 20; line >= 11; line--) {
            report.addInvalid("", line, "corpus.jsonl:" + line + ":1: not JSON");
        }
        report.addFailed("", 3, Side.CANDIDATE, "corpus.jsonl:3: rule \"X-1\" failed");

        assertThat(report.invalid()).isEqualTo(10);
        assertThat(report.failed(Side.CANDIDATE)).isEqualTo(1);
        assertThat(report.failed(Side.BASELINE)).isZero();
        assertThat(report.render(baselineName, candidateName)).contains("""
                documents: 0
                changed decisions: 0 (0.00%)
                invalid documents skipped: 10
                failed to decide, skipped: 0 under the baseline, 1 under the candidate
                first skipped documents:
                  line 3: candidate: corpus.jsonl:3: rule "X-1" failed
                  line 11: corpus.jsonl:11:1: not JSON
                  line 12: corpus.jsonl:12:1: not JSON
                  line 13: corpus.jsonl:13:1: not JSON
                  line 14: corpus.jsonl:14:1: not JSON
                decided by""");
    }

    @Test
    void should_keep_its_counts_and_samples_when_serialized() throws IOException, ClassNotFoundException {
        DiffReport report = new DiffReport(3);
        add(report, 1, 2000);
        add(report, 2, 500);
        report.addInvalid("", 3, "bad");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(report);
        }

        DiffReport copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (DiffReport) in.readObject();
        }

        assertThat(copy.render(baselineName, candidateName)).isEqualTo(report.render(baselineName, candidateName));
    }

    // --- changes between two decisions, without a policy ---

    private static final PolicyId ID = new PolicyId("p", "1", "00");

    private static Decision decision(BuyerTier tier, List<Guarantee> guarantees, List<Entitlement> entitlements,
            List<Denial> denials, List<Sanction> sanctions) {
        return new Decision(ID, Instant.parse("2026-03-01T00:00:00Z"), tier, guarantees, entitlements, denials, sanctions,
                List.of(), List.of());
    }

    private static Entitlement fake(long payoutFen, String rule) {
        return new Entitlement(EntitlementType.FAKE_ONE_PAY_TEN, 19900, payoutFen, "CNY", Payer.SHOP, false, rule, "COUNTERFEIT_CONFIRMED");
    }

    @Test
    void should_name_each_differing_field_with_the_rules_behind_it_when_a_grant_changes_amount() {
        Decision before = decision(BuyerTier.GOLD, List.of(), List.of(fake(199000, "FOPT-20 a")), List.of(), List.of());
        Decision after = decision(BuyerTier.GOLD, List.of(), List.of(fake(179100, "FOPT-20 b")), List.of(), List.of());

        assertThat(DiffReport.changes(before, after)).containsExactly(
                new Change(Section.ENTITLEMENT, "FAKE_ONE_PAY_TEN", "payoutFen", "1990.00 CNY", "1791.00 CNY", List.of("FOPT-20 a"), List.of("FOPT-20 b")));
    }

    @Test
    void should_report_one_outcome_change_with_both_rules_when_a_grant_becomes_a_denial() {
        Decision before = decision(null, List.of(), List.of(fake(199000, "FOPT-20")), List.of(), List.of());
        Decision after = decision(null, List.of(), List.of(), List.of(
                new Denial(EntitlementType.FAKE_ONE_PAY_TEN, "FOPT-14", "CLAIM_WINDOW_CLOSED", "filed 16 days after delivery")),
                List.of());

        assertThat(DiffReport.changes(before, after)).containsExactly(new Change(Section.ENTITLEMENT, "FAKE_ONE_PAY_TEN", "outcome",
                "granted 2189.00 CNY (COUNTERFEIT_CONFIRMED)", "denied (CLAIM_WINDOW_CLOSED)", List.of("FOPT-20"), List.of("FOPT-14")));
    }

    @Test
    void should_report_tier_guarantees_and_sanctions_in_report_order_when_they_change() {
        Decision before = decision(BuyerTier.SILVER,
                List.of(new Guarantee(EntitlementType.FREIGHT_INSURANCE, "FRT-01", "SHOP_ENROLLED")), List.of(), List.of(),
                List.of(new Sanction(SanctionType.SHOP_SUSPENSION, 7, 0, "LAD-01", "POINTS_A", "")));
        Decision after = decision(BuyerTier.GOLD, List.of(), List.of(), List.of(),
                List.of(new Sanction(SanctionType.SHOP_SUSPENSION, 14, 0, "LAD-02", "POINTS_B", "")));

        assertThat(DiffReport.changes(before, after)).containsExactly(
                new Change(Section.BUYER_TIER, "", "buyerTier", "SILVER", "GOLD", List.of(), List.of()),
                new Change(Section.GUARANTEE, "FREIGHT_INSURANCE", "carried", "yes (SHOP_ENROLLED)", "no", List.of("FRT-01"), List.of()),
                new Change(Section.SANCTION, "SHOP_SUSPENSION", "days", "7", "14", List.of("LAD-01"), List.of("LAD-02")),
                new Change(Section.SANCTION, "SHOP_SUSPENSION", "reason", "POINTS_A", "POINTS_B", List.of("LAD-01"), List.of("LAD-02")));
    }

    @Test
    void should_keep_a_rule_whose_name_has_a_comma_whole_when_attributing_changes() {
        DiffReport report = new DiffReport(0);
        report.add(1, Requests.counterfeitClaim(100), decision(null, List.of(), List.of(fake(1, "R-20 refunded, goods kept")), List.of(), List.of()),
                decision(null, List.of(), List.of(fake(2, "R-20 refunded, goods kept")), List.of(), List.of()));

        assertThat(report.changesByRule()).containsExactly(new DiffReport.RuleCount("R-20 refunded, goods kept", 1));
    }

    @Test
    void should_see_no_change_when_only_rule_names_and_details_differ() {
        Decision before = decision(null, List.of(), List.of(fake(1, "A")), List.of(
                new Denial(EntitlementType.FREIGHT_INSURANCE, "X", "NOT_CARRIED", "one wording")), List.of());
        Decision after = decision(null, List.of(), List.of(fake(1, "B")), List.of(
                new Denial(EntitlementType.FREIGHT_INSURANCE, "Y", "NOT_CARRIED", "another wording")), List.of());

        assertThat(DiffReport.sameOutcome(before, after)).isTrue();
        assertThat(DiffReport.changes(before, after)).isEmpty();
    }

    @Test
    void should_count_guarantees_denials_and_rules_when_checkout_guarantees_change() {
        DiffReport report = new DiffReport(0);
        Guarantee freight = new Guarantee(EntitlementType.FREIGHT_INSURANCE, "FRT-02", "TIER_BENEFIT");
        Denial notCarried = new Denial(EntitlementType.FREIGHT_INSURANCE, "FRT-10", "GUARANTEE_NOT_CARRIED", "");
        Entitlement paid = new Entitlement(EntitlementType.FREIGHT_INSURANCE, 0, 1200, "CNY", Payer.INSURER, true, "FRT-20", "FREIGHT_REIMBURSED");
        TrustRequest request = Requests.counterfeitClaim(1000);
        report.add(1, request, decision(BuyerTier.GOLD, List.of(), List.of(), List.of(notCarried), List.of()),
                decision(BuyerTier.GOLD, List.of(freight), List.of(paid), List.of(), List.of()));
        report.add(2, request, decision(BuyerTier.SILVER, List.of(), List.of(), List.of(), List.of()),
                decision(BuyerTier.SILVER, List.of(freight), List.of(), List.of(), List.of()));

        assertThat(report.rows()).containsExactly(
                new DiffReport.Row("buyer tier", "SILVER", 1, 1, 0),
                new DiffReport.Row("buyer tier", "GOLD", 1, 1, 0),
                new DiffReport.Row("guarantees carried", "FREIGHT_INSURANCE", 0, 2, 2),
                new DiffReport.Row("entitlements granted", "FREIGHT_INSURANCE", 0, 1, 1),
                new DiffReport.Row("entitlements denied", "FREIGHT_INSURANCE", 1, 0, 1));
        assertThat(report.changesByRule()).containsExactly(new DiffReport.RuleCount("FRT-02", 2),
                new DiffReport.RuleCount("FRT-10", 1), new DiffReport.RuleCount("FRT-20", 1));
        assertThat(report.candidatePaidFen() - report.baselinePaidFen()).isEqualTo(1200);
    }

    // --- the forms ---

    @Test
    void should_note_it_when_both_policies_give_different_rules_the_same_name_and_version() {
        PolicyId one = new PolicyId("trust-default", "2026.11.0", "aaaaaaaaaaaaaaaa");
        PolicyId other = new PolicyId("trust-default", "2026.11.0", "bbbbbbbbbbbbbbbb");

        String text = new DiffReport(0).render(Policy.of("policies/a", one), Policy.of("policies/b", other));

        assertThat(text).contains("note: both policies call different rules trust-default@2026.11.0; give the candidate a version of its own");
    }

    @Test
    void should_write_markdown_tables_with_escaped_cells_when_asked_for_markdown() {
        DiffReport report = new DiffReport(1);
        Decision before = decision(null, List.of(), List.of(fake(100, "R|1 *bold* <b>")), List.of(), List.of());
        Decision after = decision(null, List.of(), List.of(fake(200, "R|1 *bold* <b>")), List.of(), List.of());
        report.add(4, Requests.counterfeitClaim(100), before, after);

        String markdown = report.render(Format.MARKDOWN, Policy.of("policies/a", ID), Policy.of("policies/b", ID));

        assertThat(markdown).startsWith("# What-if: policies/b against policies/a\n\n| | baseline | candidate |\n|---|---|---|\n")
                .contains("**1 documents, 1 decisions changed (100.00%).**\n")
                .contains("| entitlements granted | FAKE\\_ONE\\_PAY\\_TEN | 1 | 1 | +0 | 1 |\n")
                .contains("| payout (refund + payout, CNY) | | 200.00 | 201.00 | +1.00 | |\n")
                .contains("| R\\|1 \\*bold\\* \\<b\\> | 1 |\n")
                .contains("### line 4: order o-1, claim COUNTERFEIT\n")
                .contains("| FAKE\\_ONE\\_PAY\\_TEN | **payoutFen** | 1.00 CNY | 2.00 CNY | R\\|1 \\*bold\\* \\<b\\> |\n");
    }

    @Test
    void should_write_one_csv_table_and_defuse_formulas_when_asked_for_csv() {
        DiffReport report = new DiffReport(0);
        String rule = "=HYPERLINK(\"http://x\",\"click\")";
        report.add(1, Requests.counterfeitClaim(100), decision(null, List.of(), List.of(fake(100, rule)), List.of(), List.of()),
                decision(null, List.of(), List.of(fake(50, rule)), List.of(), List.of()));

        String csv = report.render(Format.CSV, Policy.of("policies/a", ID), Policy.of("policies/b", ID));

        assertThat(csv.lines()).contains(
                "section,type,baseline,candidate,difference,decisions_changed",
                "policy,origin,policies/a,policies/b,,",
                "documents,decided,1,1,0,1",
                "entitlements granted,FAKE_ONE_PAY_TEN,1,1,0,1",
                "payout,CNY,200.00,199.50,-0.50,",
                "rule,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",,,,1");
        assertThat(DiffReport.changesCsv("c.jsonl", 1, Requests.counterfeitClaim(100),
                decision(null, List.of(), List.of(fake(100, "R, 1")), List.of(), List.of()),
                decision(null, List.of(), List.of(fake(50, "R, 1")), List.of(), List.of())))
                .isEqualTo("c.jsonl,1,\"order o-1, claim COUNTERFEIT\",ENTITLEMENT,FAKE_ONE_PAY_TEN,payoutFen,1.00 CNY,0.50 CNY,\"R, 1\",\"R, 1\"\n");
        assertThat(DiffReport.changesCsvHeader())
                .isEqualTo("source,line,subject,section,type,field,baseline,candidate,baseline_rule,candidate_rule\n");
    }
}
