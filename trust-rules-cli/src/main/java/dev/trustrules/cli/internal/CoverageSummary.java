package dev.trustrules.cli.internal;

import dev.trustrules.scenario.Coverage;
import java.io.PrintWriter;
import java.util.List;

/** The console summary of {@code test}: the coverage figures, then what no scenario exercised, each at its place. */
final class CoverageSummary {
    private CoverageSummary() {}

    static void print(TestReport report, PrintWriter out) {
        Coverage coverage = report.run().coverage();
        out.println("coverage of " + report.policyLabel() + ":");
        figures(out, "rules", coverage.rules());
        figures(out, "denial conditions", coverage.denials());
        figures(out, "table rows", coverage.tableRows());
        List<Coverage.RuleCoverage> rules = TestReport.byPlace(coverage.rules().uncovered());
        if (!rules.isEmpty()) {
            out.println("rules no scenario fired:");
            rules.forEach(e -> out.println("  " + report.where(e.rule()) + "  " + e.rule().name()));
        }
        List<Coverage.DenialCoverage> denials = TestReport.byPlace(coverage.denials().uncovered());
        if (!denials.isEmpty()) {
            out.println("denial conditions no scenario gave:");
            denials.forEach(e -> out.println("  " + report.where(e.rule()) + "  " + e.condition() + "  (" + e.rule().name() + ")"));
        }
        List<Coverage.RuleCoverage> rows = TestReport.byPlace(coverage.tableRows().uncovered());
        if (!rows.isEmpty()) {
            out.println("table rows no scenario fired:");
            rows.forEach(e -> out.println("  " + report.where(e.rule()) + "  " + e.rule().name()));
        }
        if (report.belowMinimum()) {
            out.println("rule coverage " + coverage.rules().percentText() + " is below --min-coverage " + report.minimumText() + "%");
        }
    }

    private static void figures(PrintWriter out, String what, Coverage.Section<?> section) {
        out.println(String.format(java.util.Locale.ROOT, "  %-18s %4d of %-4d %6s%%", what, section.covered(), section.total(),
                TestReport.percent(section.percent())));
    }
}
