package dev.trustrules.cli.internal;

import dev.trustrules.PolicyId;
import dev.trustrules.scenario.Coverage;
import dev.trustrules.scenario.Scenario;
import dev.trustrules.scenario.ScenarioResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code test --html}: one self-contained page (styles inline, no script, nothing fetched) for someone who does
 * not read rule files: the figures, the failed scenarios with their differences, every rule file with each
 * rule marked covered or not, its denial conditions and the scenarios that exercised it, and the scenarios.
 * Every text from the rules or the scenarios is escaped.
 */
final class HtmlReport {
    private static final int SCENARIOS_SHOWN = 3;
    private static final String STYLE = """
            :root { --ok: #1a7f37; --ok-bg: #e9f6ec; --bad: #c62828; --bad-bg: #fdecec; --muted: #5f6b7a; --line: #d8dee4; }
            * { box-sizing: border-box; }
            body { font: 15px/1.45 -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
                   color: #1f2328; margin: 0; background: #f6f8fa; }
            main { max-width: 1240px; margin: 0 auto; padding: 24px 32px 48px; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
            h3 { font-size: 16px; margin: 24px 0 8px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            h3 .count { font: 14px -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--muted); margin-left: 8px; }
            .policy { color: var(--muted); margin: 0; }
            .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; margin-top: 20px; }
            .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; border-top: 4px solid var(--ok); }
            .card.bad { border-top-color: var(--bad); }
            .card.warn { border-top-color: #bf8700; }
            .card .label { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: .04em; }
            .card .figure { font-size: 30px; font-weight: 600; margin: 4px 0; }
            .card .sub { color: var(--muted); font-size: 14px; }
            .bar { height: 8px; background: var(--bad-bg); border-radius: 4px; overflow: hidden; margin: 6px 0; }
            .bar span { display: block; height: 100%; background: var(--ok); }
            table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); font-size: 14px;
                    table-layout: fixed; }
            table.rules col.place { width: 64px; } table.rules col.rule { width: 30%; } table.rules col.status { width: 110px; }
            table.rules col.denials { width: 27%; }
            table.runs col.place { width: 56px; } table.runs col.result { width: 90px; } table.runs col.file { width: 36%; }
            table.runs col.fired { width: 100px; }
            td { overflow-wrap: anywhere; }
            th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
            th { background: #eef1f4; font-weight: 600; font-size: 13px; }
            td.num { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); white-space: nowrap; width: 1%; }
            tr.uncovered td { background: var(--bad-bg); }
            .pill { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 10px; padding: 1px 8px; white-space: nowrap; }
            .pill.ok { background: var(--ok-bg); color: var(--ok); }
            .pill.bad { background: var(--bad); color: #fff; }
            ul.plain { list-style: none; margin: 0; padding: 0; }
            ul.plain li { margin: 1px 0; }
            .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
            .none { color: var(--bad); font-weight: 600; }
            .muted { color: var(--muted); }
            a { color: #0b5cad; text-decoration: none; }
            a:hover { text-decoration: underline; }
            details summary { cursor: pointer; color: #0b5cad; }
            .failure { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--bad); border-radius: 6px;
                       padding: 10px 14px; margin: 10px 0; }
            .failure pre { margin: 8px 0 0; white-space: pre-wrap; font-size: 13px; }
            .allgood { background: var(--ok-bg); color: var(--ok); border-radius: 6px; padding: 10px 14px; font-weight: 600; }
            footer { color: var(--muted); font-size: 13px; margin-top: 36px; }
            """;

    private final TestReport report;
    private final StringBuilder html = new StringBuilder(64 * 1024);
    private final Map<String, Integer> scenarioIds = new HashMap<>();

    private HtmlReport(TestReport report) {
        this.report = report;
        List<ScenarioResult> results = report.run().results();
        for (int i = 0; i < results.size(); i++) {
            scenarioIds.putIfAbsent(results.get(i).scenario().name(), i + 1);
        }
    }

    static String of(TestReport report) {
        HtmlReport page = new HtmlReport(report);
        page.write();
        return page.html.toString();
    }

    private void write() {
        PolicyId policy = report.run().policy();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Scenario test report: ").append(esc(policy.name())).append(' ').append(esc(policy.version()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<h1>Scenario test report</h1>\n<p class=\"policy\">Policy <strong>").append(esc(policy.name()))
                .append("</strong> version <strong>").append(esc(policy.version())).append("</strong> · sha256 <span class=\"code\">")
                .append(esc(policy.sha256().substring(0, Math.min(12, policy.sha256().length())))).append("</span> · ")
                .append(report.policyDirectory() == null ? "the bundled default policy"
                        : "from directory <span class=\"code\">" + esc(report.policyDirectory().toString()) + "</span>")
                .append("</p>\n");
        cards();
        failures();
        files();
        scenarios();
        html.append("<footer>Written by <span class=\"code\">trust-rules test</span>. A rule is exercised when it fired in a "
                + "scenario's decision; a denial condition when the decision holds that rule's denial with that reason; a table "
                + "row when the rule its row makes fired. Failed scenarios count: their rules ran.</footer>\n");
        html.append("</main>\n</body>\n</html>\n");
    }

    private void cards() {
        Coverage coverage = report.run().coverage();
        int total = report.run().results().size();
        html.append("<section class=\"cards\">\n");
        html.append("<div class=\"card").append(report.run().allPassed() ? "" : " bad").append("\"><div class=\"label\">Scenarios passed</div>")
                .append("<div class=\"figure\">").append(report.run().passed()).append(" of ").append(total).append("</div>")
                .append("<div class=\"sub\">").append(report.run().failed() == 0 ? "none failed" : report.run().failed() + " failed")
                .append("</div></div>\n");
        card("Rules exercised", coverage.rules(), report.belowMinimum(),
                report.minCoverage() == null ? "" : " · minimum " + report.minimumText() + "%");
        card("Denial conditions given", coverage.denials(), false, "");
        card("Decision-table rows", coverage.tableRows(), false, coverage.tableRows().total() == 0 ? " · no decision table" : "");
        html.append("</section>\n");
    }

    private void card(String label, Coverage.Section<?> section, boolean bad, String note) {
        String percent = TestReport.percent(section.percent());
        String level = bad ? " bad" : section.covered() < section.total() ? " warn" : "";
        html.append("<div class=\"card").append(level).append("\">")
                .append("<div class=\"label\">").append(esc(label)).append("</div>")
                .append("<div class=\"figure\">").append(percent).append("%</div>")
                .append("<div class=\"bar\"><span style=\"width:").append(percent).append("%\"></span></div>")
                .append("<div class=\"sub\">").append(section.covered()).append(" of ").append(section.total())
                .append(section.total() - section.covered() > 0 ? " · " + (section.total() - section.covered()) + " not covered" : "")
                .append(esc(note)).append("</div></div>\n");
    }

    private void failures() {
        List<ScenarioResult> failures = report.run().failures();
        html.append("<h2 id=\"failures\">Failed scenarios (").append(failures.size()).append(")</h2>\n");
        if (failures.isEmpty()) {
            html.append("<p class=\"allgood\">Every scenario met its expectations.</p>\n");
            return;
        }
        for (ScenarioResult failure : failures) {
            Scenario scenario = failure.scenario();
            html.append("<div class=\"failure\"><strong>").append(esc(scenario.name())).append("</strong> <span class=\"muted code\">")
                    .append(esc(scenario.location())).append("</span><pre>").append(esc(failure.report())).append("</pre></div>\n");
        }
    }

    private void files() {
        Coverage coverage = report.run().coverage();
        Map<String, List<Coverage.DenialCoverage>> denials = new HashMap<>();
        for (Coverage.DenialCoverage denial : coverage.denials().entries()) {
            denials.computeIfAbsent(denial.rule().name(), name -> new ArrayList<>()).add(denial);
        }
        Map<String, List<Coverage.RuleCoverage>> byFile = new LinkedHashMap<>();
        for (Coverage.RuleCoverage entry : TestReport.byPlace(coverage.rules().entries())) {
            byFile.computeIfAbsent(report.file(entry.rule()), file -> new ArrayList<>()).add(entry);
        }
        html.append("<h2 id=\"rules\">Coverage by rule file</h2>\n");
        for (Map.Entry<String, List<Coverage.RuleCoverage>> file : byFile.entrySet()) {
            List<Coverage.RuleCoverage> rules = file.getValue();
            boolean table = rules.get(0).rule().tableRow();
            long covered = rules.stream().filter(Coverage.Entry::covered).count();
            html.append("<h3>").append(esc(file.getKey())).append("<span class=\"count\">").append(covered).append(" of ")
                    .append(rules.size()).append(table ? " table rows" : " rules").append(" exercised</span></h3>\n");
            html.append("<table class=\"rules\">\n<colgroup><col class=\"place\"><col class=\"rule\"><col class=\"status\">"
                    + "<col class=\"denials\"><col></colgroup>\n<thead><tr><th>").append(table ? "Row" : "Line")
                    .append("</th><th>Rule</th><th>Status</th><th>Denial conditions</th><th>Scenarios that exercised it</th></tr></thead>\n<tbody>\n");
            for (Coverage.RuleCoverage entry : rules) {
                html.append("<tr class=\"").append(entry.covered() ? "covered" : "uncovered").append("\"><td class=\"num\">")
                        .append(entry.rule().line()).append("</td><td>").append(esc(entry.rule().name())).append("</td><td>")
                        .append(pill(entry.covered())).append("</td><td>");
                denialList(denials.getOrDefault(entry.rule().name(), List.of()));
                html.append("</td><td>");
                scenarioList(entry.scenarios());
                html.append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
    }

    private void denialList(List<Coverage.DenialCoverage> denials) {
        if (denials.isEmpty()) {
            html.append("<span class=\"muted\">none</span>");
            return;
        }
        html.append("<ul class=\"plain\">");
        for (Coverage.DenialCoverage denial : denials) {
            html.append("<li>").append(pill(denial.covered())).append(" <span class=\"code\">").append(esc(denial.condition().toString()))
                    .append("</span>");
            if (denial.covered()) {
                html.append(" <span class=\"muted\">(").append(denial.scenarios().size())
                        .append(denial.scenarios().size() == 1 ? " scenario" : " scenarios").append(")</span>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    private void scenarioList(List<String> names) {
        if (names.isEmpty()) {
            html.append("<span class=\"none\">no scenario</span>");
            return;
        }
        html.append("<ul class=\"plain\">");
        for (String name : names.subList(0, Math.min(SCENARIOS_SHOWN, names.size()))) {
            html.append("<li>").append(scenarioLink(name)).append("</li>");
        }
        html.append("</ul>");
        if (names.size() > SCENARIOS_SHOWN) {
            html.append("<details><summary>and ").append(names.size() - SCENARIOS_SHOWN).append(" more</summary><ul class=\"plain\">");
            for (String name : names.subList(SCENARIOS_SHOWN, names.size())) {
                html.append("<li>").append(scenarioLink(name)).append("</li>");
            }
            html.append("</ul></details>");
        }
    }

    private String scenarioLink(String name) {
        Integer id = scenarioIds.get(name);
        return id == null ? esc(name) : "<a href=\"#s-" + id + "\">" + esc(name) + "</a>";
    }

    private void scenarios() {
        List<ScenarioResult> results = report.run().results();
        html.append("<h2 id=\"scenarios\">Scenarios (").append(results.size()).append(")</h2>\n");
        html.append("<table class=\"runs\">\n<colgroup><col class=\"place\"><col><col class=\"result\"><col class=\"file\">"
                + "<col class=\"fired\"></colgroup>\n<thead><tr><th>#</th><th>Scenario</th><th>Result</th><th>File</th><th>Rules fired</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < results.size(); i++) {
            ScenarioResult result = results.get(i);
            html.append("<tr id=\"s-").append(i + 1).append("\" class=\"").append(result.passed() ? "covered" : "uncovered")
                    .append("\"><td class=\"num\">").append(i + 1).append("</td><td>").append(esc(result.scenario().name()))
                    .append("</td><td>").append(result.passed() ? "<span class=\"pill ok\">passed</span>"
                            : "<span class=\"pill bad\">" + (result.decision() == null ? "error" : "failed") + "</span>")
                    .append("</td><td class=\"code\">").append(esc(result.scenario().location())).append("</td><td class=\"num\">")
                    .append(result.decision() == null ? "-" : Integer.toString(result.decision().firedRules().size()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String pill(boolean covered) {
        return covered ? "<span class=\"pill ok\">covered</span>" : "<span class=\"pill bad\">not covered</span>";
    }

    /** Text as HTML: the five characters that could end an element or an attribute escaped. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
