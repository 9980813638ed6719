package dev.trustrules.cli.internal;

import dev.trustrules.TrustPolicy;
import dev.trustrules.scenario.Scenario;
import dev.trustrules.scenario.ScenarioException;
import dev.trustrules.scenario.ScenarioResult;
import dev.trustrules.scenario.ScenarioRun;
import dev.trustrules.scenario.Scenarios;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code test [--policy DIR] [--min-coverage PCT] [--junit FILE] [--html FILE|DIR] SCENARIO_DIR|FILE...}: runs
 * scenario files against a policy and reports which scenarios exercised which rules.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs scenario files (JSON or YAML: name, given, expect) against a policy.",
            "Prints one PASS/FAIL line per scenario with a diff on failure, a summary line 'N passed, M failed', "
                + "the coverage of the policy's rules, denial conditions and decision-table rows, and what no scenario "
                + "exercised, at its file:line. Exit code 1 when a scenario fails or rule coverage is below --min-coverage."})
public final class TestCommand implements Callable<Integer> {
    /** The file {@code --html} writes in a directory it is given. */
    static final String HTML_IN_DIRECTORY = "index.html";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy", paramLabel = "DIR", description = "The policy directory (default: the bundled default policy).")
    private Path policyDirectory;

    @Option(names = "--min-coverage", paramLabel = "PCT",
            description = "Fail when fewer than PCT percent of the policy's rules fired in some scenario (0-100).")
    private Double minCoverage;

    @Option(names = "--junit", paramLabel = "FILE",
            description = "Also write the results as JUnit XML (one testcase per scenario, the coverage as properties), for CI.")
    private String junit;

    @Option(names = "--html", paramLabel = "FILE|DIR",
            description = "Also write a self-contained HTML report (given a directory, or a name ending in /: "
                    + HTML_IN_DIRECTORY + " in it): the figures, "
                    + "the failures, each rule file with every rule covered or not and the scenarios that exercised it.")
    private String html;

    @Parameters(paramLabel = "SCENARIO_DIR|FILE", arity = "1..*",
            description = "Scenario files, or directories searched for *.json, *.yaml and *.yml.")
    private List<Path> paths;

    @Override
    public Integer call() {
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100 || minCoverage.isNaN())) {
            throw CliException.badInput("--min-coverage must be between 0 and 100, was " + minCoverage);
        }
        ReportFile junitFile = junit == null ? null : ReportFile.check("--junit", junit, null);
        ReportFile htmlFile = html == null ? null : ReportFile.check("--html", html, HTML_IN_DIRECTORY);
        List<Scenario> scenarios = scenarios();
        if (scenarios.isEmpty()) {
            throw CliException.badInput("no scenario files (*.json, *.yaml, *.yml) under " + paths);
        }
        PrintWriter out = spec.commandLine().getOut();
        ScenarioRun run;
        try (TrustPolicy policy = Policies.load(policyDirectory, "--policy")) {
            run = Scenarios.run(policy, scenarios);
        }
        for (ScenarioResult result : run.results()) {
            Scenario scenario = result.scenario();
            if (result.passed()) {
                out.println("PASS  " + scenario.name());
            } else {
                out.println("FAIL  " + scenario.name() + "  (" + scenario.location() + ")");
                result.differences().forEach(line -> out.println("      " + line));
            }
        }
        out.println(run.passed() + " passed, " + run.failed() + " failed");
        TestReport report = new TestReport(run, policyDirectory, minCoverage);
        CoverageSummary.print(report, out);
        if (junitFile != null) {
            junitFile.write(JunitReport.of(report));
            out.println("JUnit XML: " + junitFile.file());
        }
        if (htmlFile != null) {
            htmlFile.write(HtmlReport.of(report));
            out.println("HTML report: " + htmlFile.file());
        }
        out.flush();
        return run.failed() > 0 || report.belowMinimum() ? 1 : 0;
    }

    private List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw CliException.badInput(path + ": no such file or directory");
            }
            try {
                scenarios.addAll(Scenarios.read(path));
            } catch (ScenarioException e) {
                throw CliException.badInput(e.getMessage());
            }
        }
        return scenarios;
    }
}
