package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code test --junit} and {@code test --html}: the files CI servers and managers read. */
class TestReportsTest {
    private static final String POLICY = TestCommandTest.POLICY;
    private static final String SCENARIOS = TestCommandTest.SCENARIOS;
    private static final String ESCAPED_NAME = "genuine &amp; &lt;small&gt;: denied &quot;twice&quot;";

    @TempDir
    Path dir;

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    @Test
    void should_write_one_testcase_per_scenario_with_the_coverage_as_properties_when_asked_for_junit_xml() throws Exception {
        Path report = dir.resolve("reports/trust-rules.xml");

        CliRun run = run("test", "--policy", POLICY, "--min-coverage", "90", "--junit", report.toString(), SCENARIOS);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).endsWith("JUnit XML: " + report + "\n");
        Element suite = xml(report).getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("trust-rules scenarios: coverage@1");
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"),
                suite.getAttribute("skipped"))).containsExactly("5", "2", "1", "0");
        Map<String, String> properties = new LinkedHashMap<>();
        elements(suite, "property").forEach(p -> properties.put(p.getAttribute("name"), p.getAttribute("value")));
        assertThat(properties).containsEntry("policy.name", "coverage").containsEntry("policy.version", "1")
                .containsEntry("coverage.rules.covered", "5").containsEntry("coverage.rules.total", "6")
                .containsEntry("coverage.rules.percent", "83.3").containsEntry("coverage.rules.minimum", "90")
                .containsEntry("coverage.denialConditions.covered", "2").containsEntry("coverage.denialConditions.total", "3")
                .containsEntry("coverage.denialConditions.percent", "66.6")
                .containsEntry("coverage.tableRows.covered", "2").containsEntry("coverage.tableRows.total", "3");
        assertThat(properties.get("policy.sha256")).matches("[0-9a-f]{64}");

        List<Element> cases = elements(suite, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly("fake apparel granted",
                "genuine & <small>: denied \"twice\"", "fake home order, wrong reason expected", "an order in dollars",
                "rule coverage is at least 90%");
        assertThat(cases).extracting(c -> c.getAttribute("classname")).containsExactly("claims", "claims", "claims", "claims",
                "coverage");
        assertThat(cases.get(2).getAttribute("file")).isEqualTo(SCENARIOS + "/claims.yaml");
        assertThat(cases.get(2).getAttribute("line")).isEqualTo("19");
        assertThat(elements(cases.get(0), "failure")).isEmpty();
        assertThat(elements(cases.get(0), "system-out")).singleElement().extracting(Element::getTextContent)
                .isEqualTo("rules fired:\n  A-11 denied when too small or too large\n  A-20 granted\n  T-01 APPAREL\n");

        Element failure = elements(cases.get(2), "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("ScenarioFailed");
        assertThat(failure.getAttribute("message")).isEqualTo("the decision differs from the expectations in entitlements");
        assertThat(failure.getTextContent()).isEqualTo("scenario \"fake home order, wrong reason expected\" ("
                + SCENARIOS + "/claims.yaml:19) failed:\n"
                + "entitlements:\n"
                + "  expected   {type: FAKE_ONE_PAY_TEN, reason: SOMETHING_ELSE}\n"
                + "  actual     {type: FAKE_ONE_PAY_TEN, refundFen: 200, payoutFen: 0, currency: CNY, payer: SHOP, "
                + "returnRequired: false, reason: CONFIRMED, rule: \"A-20 granted\"}  <- differs in reason\n");
        assertThat(elements(cases.get(3), "failure")).isEmpty();
        assertThat(elements(cases.get(3), "error")).singleElement()
                .satisfies(e -> assertThat(e.getAttribute("type")).isEqualTo("EvaluationFailed"))
                .satisfies(e -> assertThat(e.getAttribute("message")).startsWith("evaluation failed: order.currency is USD"));
        Element coverage = elements(cases.get(4), "failure").get(0);
        assertThat(coverage.getAttribute("message")).isEqualTo("rule coverage 83.3% is below --min-coverage 90%");
        assertThat(coverage.getTextContent()).isEqualTo("rules no scenario fired:\n  " + POLICY + "/rules/matrix.drl.csv:10  T-03 FOOD\n");
    }

    @Test
    void should_write_the_same_junit_xml_when_run_twice() throws Exception {
        Path first = dir.resolve("first.xml");
        Path second = dir.resolve("second.xml");

        run("test", "--policy", POLICY, "--junit", first.toString(), SCENARIOS);
        run("test", "--policy", POLICY, "--junit", second.toString(), SCENARIOS);

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first)).doesNotContain("time=");
    }

    @Test
    void should_write_a_self_contained_page_marking_each_rule_covered_or_not_when_asked_for_html() throws IOException {
        Path report = dir.resolve("report.html");

        CliRun run = run("test", "--policy", POLICY, "--min-coverage", "90", "--html", report.toString(), SCENARIOS);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).endsWith("HTML report: " + report + "\n");
        String html = Files.readString(report);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .doesNotContain("<script", "<link", "src=\"http", "href=\"http")
                .contains("<title>Scenario test report: coverage 1</title>",
                        "<div class=\"card bad\"><div class=\"label\">Scenarios passed</div><div class=\"figure\">2 of 4</div>",
                        "<div class=\"label\">Rules exercised</div><div class=\"figure\">83.3%</div>",
                        "5 of 6 · 1 not covered · minimum 90%",
                        "<h2 id=\"failures\">Failed scenarios (2)</h2>",
                        "<h3>" + POLICY + "/rules/claims.drl<span class=\"count\">3 of 3 rules exercised</span></h3>",
                        "<h3>" + POLICY + "/rules/matrix.drl.csv<span class=\"count\">2 of 3 table rows exercised</span></h3>",
                        "<tr class=\"uncovered\"><td class=\"num\">10</td><td>T-03 FOOD</td><td><span class=\"pill bad\">not covered</span>",
                        "<span class=\"pill bad\">not covered</span> <span class=\"code\">FAKE_ONE_PAY_TEN TOO_LARGE</span>",
                        "<span class=\"pill ok\">covered</span> <span class=\"code\">FAKE_ONE_PAY_TEN NOT_FAKE</span> "
                                + "<span class=\"muted\">(1 scenario)</span>",
                        "<tr class=\"covered\"><td class=\"num\">26</td><td>A-20 granted</td>",
                        "<li><a href=\"#s-1\">fake apparel granted</a></li><li><a href=\"#s-3\">fake home order, wrong reason expected</a></li>",
                        "<a href=\"#s-2\">" + ESCAPED_NAME + "</a>",
                        "<tr id=\"s-4\" class=\"uncovered\"><td class=\"num\">4</td><td>an order in dollars</td><td><span class=\"pill bad\">error</span>")
                .doesNotContain("<small>", "\"twice\"");
    }

    @Test
    void should_write_index_html_when_the_html_option_names_a_directory() throws IOException {
        CliRun run = run("test", "--html", dir.toString(), CliRun.DEFAULT_SCENARIOS);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(Files.readString(dir.resolve("index.html"))).contains("Every scenario met its expectations.",
                "the bundled default policy", "guarantees/category-matrix.drl.csv");
    }

    @Test
    void should_write_index_html_in_a_new_directory_when_the_html_option_ends_with_a_slash() throws IOException {
        Path reports = dir.resolve("reports");

        CliRun run = run("test", "--policy", POLICY, "--junit", reports + "/scenarios.xml", "--html", reports + "/", SCENARIOS);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("index.html", "scenarios.xml");
        }
    }

    @Test
    void should_exit_2_before_running_anything_when_the_junit_file_is_a_directory() {
        CliRun run = run("test", "--junit", dir.toString(), SCENARIOS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("trust-rules: --junit: " + dir + " is a directory; give a file name, such as "
                + dir.resolve("trust-rules-test.xml") + "\n");
    }

    @Test
    void should_exit_2_before_running_anything_when_a_report_would_go_under_a_file() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");

        CliRun junit = run("test", "--junit", file.resolve("report.xml").toString(), SCENARIOS);
        CliRun empty = run("test", "--junit", "", SCENARIOS);
        CliRun html = run("test", "--html", file.resolve("out/index.html").toString(), SCENARIOS);

        assertThat(junit.exitCode()).isEqualTo(2);
        assertThat(junit.out()).isEmpty();
        assertThat(junit.err()).isEqualTo("trust-rules: --junit: cannot write " + file.resolve("report.xml") + ": " + file
                + " is a file, not a directory\n");
        assertThat(html.exitCode()).isEqualTo(2);
        assertThat(html.err()).isEqualTo("trust-rules: --html: cannot write " + file.resolve("out/index.html") + ": " + file
                + " is a file, not a directory\n");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("trust-rules: --junit: the file name is empty\n");
    }

    @Test
    void should_create_the_missing_folders_of_a_relative_report_path() throws IOException {
        Path folder = Path.of("target", "reports-" + dir.getFileName());
        try {
            CliRun run = run("test", "--policy", POLICY, "--junit", folder + "/nested/scenarios.xml", SCENARIOS);

            assertThat(run.err()).isEmpty();
            assertThat(folder.resolve("nested/scenarios.xml")).isRegularFile();
        } finally {
            Files.deleteIfExists(folder.resolve("nested/scenarios.xml"));
            Files.deleteIfExists(folder.resolve("nested"));
            Files.deleteIfExists(folder);
        }
    }

    @Test
    void should_leave_no_partial_or_temporary_file_when_it_writes_a_report() throws IOException {
        Path report = dir.resolve("deep/er/report.xml");

        run("test", "--policy", POLICY, "--junit", report.toString(), SCENARIOS);

        try (var files = Files.list(report.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("report.xml");
        }
    }
}
