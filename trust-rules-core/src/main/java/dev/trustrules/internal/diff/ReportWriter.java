package dev.trustrules.internal.diff;

import dev.trustrules.PolicyId;
import dev.trustrules.PolicyVersion;
import dev.trustrules.diff.Change;
import dev.trustrules.diff.DiffReport;
import dev.trustrules.diff.DiffReport.Format;
import dev.trustrules.diff.DiffReport.Policy;
import dev.trustrules.diff.DiffReport.Row;
import dev.trustrules.diff.DiffReport.RuleCount;
import dev.trustrules.diff.DiffReport.Sample;
import dev.trustrules.diff.DiffReport.Side;
import dev.trustrules.diff.DiffReport.Skipped;
import dev.trustrules.diff.DiffReport.VersionPair;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The what-if report written as text, Markdown or CSV, from the counts of a {@link DiffReport}. */
public final class ReportWriter {
    private static final List<String> SECTIONS = List.of("buyer tier", "guarantees carried", "entitlements granted",
            "entitlements denied", "sanctions imposed");

    private final DiffReport report;
    private final Policy baseline;
    private final Policy candidate;
    private final StringBuilder out = new StringBuilder();

    private ReportWriter(DiffReport report, Policy baseline, Policy candidate) {
        this.report = report;
        this.baseline = baseline;
        this.candidate = candidate;
    }

    public static String write(DiffReport report, Format format, Policy baseline, Policy candidate) {
        ReportWriter writer = new ReportWriter(report, baseline, candidate);
        switch (format) {
            case TEXT -> writer.text();
            case MARKDOWN -> writer.markdown();
            case CSV -> writer.csv();
        }
        return writer.out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    // --- text ---

    private void text() {
        policy("baseline:  ", baseline);
        policy("candidate: ", candidate);
        sameLabels().forEach(note -> line("note: " + note));
        line(String.format(Locale.ROOT, "documents: %d", report.documents()));
        line(String.format(Locale.ROOT, "changed decisions: %d (%s)", report.changed(), percent(report.changed(), report.documents())));
        skippedText();
        line("decided by (baseline version -> candidate version: documents):");
        if (report.decidedBy().isEmpty()) {
            line("  (none)");
        }
        for (VersionPair pair : report.decidedBy()) {
            line("  " + pair.baseline() + " -> " + pair.candidate() + ": " + pair.documents());
        }
        for (String section : SECTIONS) {
            line(section + " (baseline -> candidate, decisions changed):");
            List<Row> rows = report.rows().stream().filter(row -> row.section().equals(section)).toList();
            if (rows.isEmpty()) {
                line("  (none)");
            }
            for (Row row : rows) {
                line(String.format(Locale.ROOT, "  %-24s %d -> %d (%+d), %d changed", row.type(), row.baseline(),
                        row.candidate(), row.candidate() - row.baseline(), row.changed()));
            }
        }
        line("payout change (refund + payout): " + cny(change(), true) + " (baseline " + cny(report.baselinePaidFen(), false)
                + ", candidate " + cny(report.candidatePaidFen(), false) + ")");
        if (report.otherCurrencyEntitlements() > 0) {
            line("  not summed: " + report.otherCurrencyEntitlements() + " entitlements in currencies other than CNY");
        }
        List<RuleCount> rules = report.changesByRule();
        if (!rules.isEmpty()) {
            line("rules behind the changes (decisions changed):");
            rules.forEach(rule -> line(String.format(Locale.ROOT, "  %6d  %s", rule.decisions(), rule.rule())));
        }
        if (!report.samples().isEmpty()) {
            line("sample changed decisions:");
            for (Sample sample : report.samples()) {
                line("  " + sample.where() + (sample.subject().isEmpty() ? "" : ", " + sample.subject()));
                for (Change change : sample.changes()) {
                    line("      * " + change + "  [" + rules(change) + "]");
                }
                line("      baseline:  " + sample.baseline());
                line("      candidate: " + sample.candidate());
            }
        }
    }

    private void policy(String label, Policy policy) {
        line(label + policy.origin());
        for (PolicyVersion version : policy.versions()) {
            line("  " + version.id() + (version.effectiveFrom() == null ? "" : ", from " + version.effectiveFrom()));
        }
    }

    private void skippedText() {
        if (report.invalid() > 0) {
            line("invalid documents skipped: " + report.invalid());
        }
        if (report.failed(Side.BASELINE) + report.failed(Side.CANDIDATE) > 0) {
            line("failed to decide, skipped: " + report.failed(Side.BASELINE) + " under the baseline, "
                    + report.failed(Side.CANDIDATE) + " under the candidate");
        }
        if (!report.skipped().isEmpty()) {
            line("first skipped documents:");
            report.skipped().forEach(s -> line("  " + s.where() + ": " + problem(s)));
        }
    }

    private static String problem(Skipped skipped) {
        return (skipped.side() == null ? "" : skipped.side().name().toLowerCase(Locale.ROOT) + ": ") + skipped.problem();
    }

    /** Versions both sides call by the same name and version whose rules differ: the labels would not tell them apart. */
    private List<String> sameLabels() {
        List<String> notes = new ArrayList<>();
        for (PolicyVersion c : candidate.versions()) {
            for (PolicyVersion b : baseline.versions()) {
                PolicyId x = b.id();
                PolicyId y = c.id();
                if (x.name().equals(y.name()) && x.version().equals(y.version()) && !x.sha256().equals(y.sha256())) {
                    notes.add("both policies call different rules " + y.name() + "@" + y.version()
                            + "; give the candidate a version of its own in policy.properties (or the version's"
                            + " version.properties) so that decisions and audit records tell them apart");
                }
            }
        }
        return notes;
    }

    private static String rules(Change change) {
        if (change.baselineRules().equals(change.candidateRules())) {
            return rules(change.baselineRules());
        }
        return rules(change.baselineRules()) + " -> " + rules(change.candidateRules());
    }

    private static String rules(List<String> rules) {
        return rules.isEmpty() ? "no rule" : String.join("; ", rules);
    }

    // --- Markdown ---

    private void markdown() {
        line("# What-if: " + md(candidate.origin()) + " against " + md(baseline.origin()));
        line("");
        line("| | baseline | candidate |");
        line("|---|---|---|");
        line("| policy | " + md(baseline.origin()) + " | " + md(candidate.origin()) + " |");
        line("| versions | " + versions(baseline) + " | " + versions(candidate) + " |");
        line("");
        sameLabels().forEach(note -> line("> **Note:** " + md(note)));
        line(String.format(Locale.ROOT, "**%d documents, %d decisions changed (%s).**", report.documents(), report.changed(),
                percent(report.changed(), report.documents())));
        if (report.invalid() + report.failed(Side.BASELINE) + report.failed(Side.CANDIDATE) > 0) {
            line("");
            line(String.format(Locale.ROOT, "Skipped: %d invalid documents; %d failed under the baseline, %d under the candidate. First skipped:",
                    report.invalid(), report.failed(Side.BASELINE), report.failed(Side.CANDIDATE)));
            line("");
            report.skipped().forEach(s -> line("- " + md(s.where()) + ": " + md(problem(s))));
        }
        line("");
        line("## Decided by");
        line("");
        line("| baseline version | candidate version | documents |");
        line("|---|---|---:|");
        report.decidedBy().forEach(p -> line("| " + md(p.baseline()) + " | " + md(p.candidate()) + " | " + p.documents() + " |"));
        line("");
        line("## Counts");
        line("");
        line("| section | type | baseline | candidate | difference | decisions changed |");
        line("|---|---|---:|---:|---:|---:|");
        for (Row row : report.rows()) {
            line(String.format(Locale.ROOT, "| %s | %s | %d | %d | %+d | %d |", row.section(), md(row.type()), row.baseline(),
                    row.candidate(), row.candidate() - row.baseline(), row.changed()));
        }
        line(String.format(Locale.ROOT, "| payout (refund + payout, CNY) | | %s | %s | %s | |", yuan(report.baselinePaidFen(), false),
                yuan(report.candidatePaidFen(), false), yuan(change(), true)));
        if (report.otherCurrencyEntitlements() > 0) {
            line("");
            line("Not summed: " + report.otherCurrencyEntitlements() + " entitlements in currencies other than CNY.");
        }
        if (!report.changesByRule().isEmpty()) {
            line("");
            line("## Rules behind the changes");
            line("");
            line("| rule | decisions changed |");
            line("|---|---:|");
            report.changesByRule().forEach(r -> line("| " + md(r.rule()) + " | " + r.decisions() + " |"));
        }
        if (!report.samples().isEmpty()) {
            line("");
            line("## Sample changed decisions");
            for (Sample sample : report.samples()) {
                line("");
                line("### " + md(sample.where()) + (sample.subject().isEmpty() ? "" : ": " + md(sample.subject())));
                line("");
                line("| type | field | baseline | candidate | rules |");
                line("|---|---|---|---|---|");
                for (Change c : sample.changes()) {
                    line("| " + md(c.type().isEmpty() ? c.section().name() : c.type()) + " | **" + md(c.field()) + "** | "
                            + md(c.baseline()) + " | " + md(c.candidate()) + " | " + md(rules(c)) + " |");
                }
                line("");
                line("- baseline: " + md(sample.baseline()));
                line("- candidate: " + md(sample.candidate()));
            }
        }
    }

    private static String versions(Policy policy) {
        List<String> names = new ArrayList<>();
        for (PolicyVersion v : policy.versions()) {
            names.add(md(v.id() + (v.effectiveFrom() == null ? "" : ", from " + v.effectiveFrom())));
        }
        return String.join("<br>", names);
    }

    /** Text safe in a Markdown table cell: no line breaks, pipes, HTML or emphasis it did not mean. */
    private static String md(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n', '\r' -> out.append(' ');
                case '|', '*', '_', '`', '[', ']', '<', '>', '#', '\\' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // --- CSV ---

    private void csv() {
        line(Csv.row(List.of("section", "type", "baseline", "candidate", "difference", "decisions_changed")));
        line(Csv.row(List.of("policy", "origin", baseline.origin(), candidate.origin(), "", "")));
        line(Csv.row(List.of("policy", "versions", names(baseline), names(candidate), "", "")));
        for (VersionPair p : report.decidedBy()) {
            line(Csv.row(List.of("decided by", "documents", p.baseline(), p.candidate(), "", p.documents())));
        }
        line(Csv.row(List.of("documents", "decided", report.documents(), report.documents(), 0, report.changed())));
        line(Csv.row(List.of("documents", "invalid", report.invalid(), report.invalid(), 0, "")));
        line(Csv.row(List.of("documents", "failed", report.failed(Side.BASELINE), report.failed(Side.CANDIDATE),
                report.failed(Side.CANDIDATE) - report.failed(Side.BASELINE), "")));
        for (Row row : report.rows()) {
            line(Csv.row(List.of(row.section(), row.type(), row.baseline(), row.candidate(), row.candidate() - row.baseline(),
                    row.changed())));
        }
        line(Csv.row(List.of("payout", "CNY", yuan(report.baselinePaidFen(), false), yuan(report.candidatePaidFen(), false),
                yuan(change(), false), "")));
        for (RuleCount r : report.changesByRule()) {
            line(Csv.row(List.of("rule", r.rule(), "", "", "", r.decisions())));
        }
    }

    private static String names(Policy policy) {
        return String.join("; ", policy.versions().stream().map(v -> v.id().toString()).toList());
    }

    // --- numbers ---

    private long change() {
        return Math.subtractExact(report.candidatePaidFen(), report.baselinePaidFen());
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.2f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    }

    /** Fen as CNY with exactly two decimals: {@code -123456} gives {@code -1234.56 CNY}. */
    private static String cny(long fen, boolean signed) {
        return yuan(fen, signed) + " CNY";
    }

    private static String yuan(long fen, boolean signed) {
        return (signed && fen > 0 ? "+" : "") + BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
