package dev.trustrules;

import dev.trustrules.internal.run.CompiledPolicySet;
import dev.trustrules.internal.run.EngineSettings;
import dev.trustrules.internal.scenario.ScenarioFiles;
import dev.trustrules.scenario.Scenario;
import dev.trustrules.scenario.ScenarioException;
import dev.trustrules.scenario.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the scenarios of a policy ({@code scenarios/}, in its directory or among its files given as bytes)
 * against a candidate version before it serves.
 */
final class ScenarioGate {
    /** The folder of a policy directory that holds its scenarios. */
    static final String FOLDER = "scenarios";

    private ScenarioGate() {}

    /** One problem per scenario that fails on {@code candidate}; empty when all pass or there are none. */
    static List<Problem> run(Path policyDirectory, CompiledPolicySet candidate, EngineSettings settings) {
        if (policyDirectory == null) {
            return List.of();
        }
        Path folder = policyDirectory.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String root = policyDirectory.toString().replace('\\', '/') + "/";
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioFiles.read(folder);
        } catch (ScenarioException e) {
            String where = e.path().isEmpty() ? "" : e.path() + ": ";
            return List.of(new Problem(relative(root, e.file()), e.line(), e.column(), Problem.Severity.ERROR,
                    "scenario file: " + where + e.problem()));
        }
        return check(scenarios, root, candidate, settings);
    }

    /**
     * One problem per scenario that fails on {@code candidate}, for a policy given as files in memory
     * (paths relative to the policy root): the scenario files are those under {@code scenarios/}.
     */
    static List<Problem> run(Map<String, byte[]> files, CompiledPolicySet candidate, EngineSettings settings) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            String path = file.getKey();
            if (path.startsWith(FOLDER + "/") && Scenarios.isScenarioFile(Path.of(path))
                    && Arrays.stream(path.split("/")).noneMatch(part -> part.startsWith("."))) {
                try {
                    scenarios.addAll(ScenarioFiles.read(path, file.getValue()));
                } catch (ScenarioException e) {
                    String where = e.path().isEmpty() ? "" : e.path() + ": ";
                    return List.of(new Problem(e.file(), e.line(), e.column(), Problem.Severity.ERROR,
                            "scenario file: " + where + e.problem()));
                }
            }
        }
        return check(scenarios, "", candidate, settings);
    }

    private static List<Problem> check(List<Scenario> scenarios, String root, CompiledPolicySet candidate,
            EngineSettings settings) {
        List<Problem> problems = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            List<String> differences;
            try {
                TrustRequest request = scenario.request();
                Instant at = settings.timeOf(request);
                Decision decision = candidate.at(request.policyTime(at)).evaluate(request, at);
                differences = ScenarioFiles.differences(scenario.expectations(), decision);
            } catch (EvaluationException e) {
                differences = List.of("evaluation failed: " + e.getMessage());
            }
            if (!differences.isEmpty()) {
                StringBuilder message = new StringBuilder("scenario \"").append(scenario.name()).append("\" failed:");
                differences.forEach(line -> message.append("\n  ").append(line));
                problems.add(new Problem(relative(root, scenario.file()), scenario.line(), 0, Problem.Severity.ERROR,
                        message.toString()));
            }
        }
        return List.copyOf(problems);
    }

    private static String relative(String root, String file) {
        return file.startsWith(root) ? file.substring(root.length()) : file;
    }
}
