package dev.trustrules.test;

import dev.trustrules.facts.BuyerReports;
import dev.trustrules.facts.ReportSubject;

/** Builds {@link BuyerReports} against the request's listing, shop or creator: by default no reports. */
public final class ReportsFixture {
    private final ReportSubject subject;
    private int reports30d;
    private int confirmedReports30d;

    ReportsFixture(ReportSubject subject) {
        this.subject = subject;
    }

    /** Reports in the last 30 days, from distinct buyers. */
    public ReportsFixture reports(int count) { this.reports30d = count; return this; }

    /** Reports a moderator upheld (also counted in {@link #reports}, which is raised to at least this). */
    public ReportsFixture confirmed(int count) {
        this.confirmedReports30d = count;
        this.reports30d = Math.max(reports30d, count);
        return this;
    }

    public BuyerReports build(String subjectId) {
        return new BuyerReports(subject, subjectId, reports30d, confirmedReports30d);
    }

    ReportSubject subject() { return subject; }
}
