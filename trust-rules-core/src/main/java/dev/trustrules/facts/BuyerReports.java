package dev.trustrules.facts;

import dev.trustrules.internal.Require;

/**
 * Buyers' reports (举报, 社会共治) against a listing, a shop or a creator over the last 30 days, as the
 * platform's report service counts them. Each buyer counts once.
 *
 * @param subject what was reported
 * @param subjectId the listing's, shop's or creator's id; it must be the request's listing, shop or creator
 * @param reports30d reports in the last 30 days, from distinct buyers
 * @param confirmedReports30d of those, the reports a moderator upheld; at most {@code reports30d}
 */
public record BuyerReports(ReportSubject subject, String subjectId, int reports30d, int confirmedReports30d) {

    public BuyerReports {
        Require.present("reports.subject", subject);
        Require.id("reports.subjectId", subjectId);
        Require.nonNegative("reports.reports30d", reports30d);
        Require.nonNegative("reports.confirmedReports30d", confirmedReports30d);
        if (confirmedReports30d > reports30d) {
            throw new IllegalArgumentException("reports.confirmedReports30d must be at most reports.reports30d ("
                    + reports30d + "), was " + confirmedReports30d);
        }
    }
}
