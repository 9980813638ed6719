package dev.trustrules.cli.internal;

import dev.trustrules.scenario.Coverage;
import dev.trustrules.scenario.Scenario;
import dev.trustrules.scenario.ScenarioResult;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code test --junit}: the run as JUnit XML, the {@code testsuite/testcase/failure} form CI servers read. One
 * {@code testcase} per scenario (its class the scenario file's name, with the file and line), a {@code failure}
 * holding the differences, an {@code error} when the evaluation failed, the rules fired as its output; the
 * policy and the coverage figures as {@code properties}; with {@code --min-coverage}, one more testcase for the
 * minimum. No times, so one run writes the same file as the next.
 */
final class JunitReport {
    private final XMLStreamWriter xml;
    private final StringWriter text = new StringWriter();

    private JunitReport() throws XMLStreamException {
        this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
    }

    static String of(TestReport report) {
        try {
            JunitReport writer = new JunitReport();
            writer.write(report);
            return writer.text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private void write(TestReport report) throws XMLStreamException {
        List<ScenarioResult> results = report.run().results();
        int errors = (int) results.stream().filter(r -> r.decision() == null).count();
        int failures = report.run().failed() - errors + (report.belowMinimum() ? 1 : 0);
        xml.writeStartDocument("UTF-8", "1.0");
        newline(0);
        xml.writeStartElement("testsuite");
        attribute("name", "trust-rules scenarios: " + report.run().policy().name() + "@" + report.run().policy().version());
        attribute("tests", Integer.toString(results.size() + (report.minCoverage() == null ? 0 : 1)));
        attribute("failures", Integer.toString(failures));
        attribute("errors", Integer.toString(errors));
        attribute("skipped", "0");
        properties(report);
        for (ScenarioResult result : results) {
            testcase(result);
        }
        if (report.minCoverage() != null) {
            minimum(report);
        }
        newline(0);
        xml.writeEndElement();
        newline(0);
        xml.writeEndDocument();
        xml.flush();
    }

    private void properties(TestReport report) throws XMLStreamException {
        newline(1);
        xml.writeStartElement("properties");
        property("policy.name", report.run().policy().name());
        property("policy.version", report.run().policy().version());
        property("policy.sha256", report.run().policy().sha256());
        Coverage coverage = report.run().coverage();
        section("coverage.rules", coverage.rules());
        section("coverage.denialConditions", coverage.denials());
        section("coverage.tableRows", coverage.tableRows());
        if (report.minCoverage() != null) {
            property("coverage.rules.minimum", report.minimumText());
        }
        newline(1);
        xml.writeEndElement();
    }

    private void section(String prefix, Coverage.Section<?> section) throws XMLStreamException {
        property(prefix + ".covered", Integer.toString(section.covered()));
        property(prefix + ".total", Integer.toString(section.total()));
        property(prefix + ".percent", TestReport.percent(section.percent()));
    }

    private void property(String name, String value) throws XMLStreamException {
        newline(2);
        xml.writeEmptyElement("property");
        attribute("name", name);
        attribute("value", value);
    }

    private void testcase(ScenarioResult result) throws XMLStreamException {
        Scenario scenario = result.scenario();
        newline(1);
        xml.writeStartElement("testcase");
        attribute("name", scenario.name());
        attribute("classname", className(scenario.file()));
        attribute("file", scenario.file());
        attribute("line", Integer.toString(scenario.line()));
        if (result.decision() == null) {
            newline(2);
            xml.writeStartElement("error");
            attribute("message", oneLine(result.report()));
            attribute("type", "EvaluationFailed");
            characters("scenario \"" + scenario.name() + "\" (" + scenario.location() + ") " + result.report() + "\n");
            xml.writeEndElement();
        } else if (!result.passed()) {
            newline(2);
            xml.writeStartElement("failure");
            attribute("message", "the decision differs from the expectations in " + sections(result.differences()));
            attribute("type", "ScenarioFailed");
            characters("scenario \"" + scenario.name() + "\" (" + scenario.location() + ") failed:\n" + result.report() + "\n");
            xml.writeEndElement();
        }
        if (result.decision() != null) {
            newline(2);
            xml.writeStartElement("system-out");
            characters("rules fired:\n" + result.decision().firedRules().stream().map(r -> "  " + r + "\n").collect(Collectors.joining()));
            xml.writeEndElement();
        }
        newline(1);
        xml.writeEndElement();
    }

    private void minimum(TestReport report) throws XMLStreamException {
        Coverage.Section<Coverage.RuleCoverage> rules = report.run().coverage().rules();
        newline(1);
        if (!report.belowMinimum()) {
            xml.writeEmptyElement("testcase");
            attribute("name", "rule coverage is at least " + report.minimumText() + "%");
            attribute("classname", "coverage");
            return;
        }
        xml.writeStartElement("testcase");
        attribute("name", "rule coverage is at least " + report.minimumText() + "%");
        attribute("classname", "coverage");
        newline(2);
        xml.writeStartElement("failure");
        attribute("message", "rule coverage " + rules.percentText() + " is below --min-coverage " + report.minimumText() + "%");
        attribute("type", "CoverageBelowMinimum");
        characters("rules no scenario fired:\n" + TestReport.byPlace(rules.uncovered()).stream()
                .map(e -> "  " + report.where(e.rule()) + "  " + e.rule().name() + "\n").collect(Collectors.joining()));
        xml.writeEndElement();
        newline(1);
        xml.writeEndElement();
    }

    /** The sections a scenario's differences name ({@code entitlements:}, {@code buyerTier: expected ...}), in order. */
    private static String sections(List<String> differences) {
        Set<String> sections = new LinkedHashSet<>();
        for (String line : differences) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.contains(":")) {
                sections.add(line.substring(0, line.indexOf(':')));
            }
        }
        return String.join(", ", sections);
    }

    /** The scenario file's name without its extension: CI servers group test cases by class. */
    private static String className(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, xmlText(value));
    }

    private void characters(String value) throws XMLStreamException {
        xml.writeCharacters(xmlText(value));
    }

    private void newline(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The text without the characters XML 1.0 cannot hold (control characters but tab and line breaks). */
    private static String xmlText(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000;
            clean.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return clean.toString();
    }
}
