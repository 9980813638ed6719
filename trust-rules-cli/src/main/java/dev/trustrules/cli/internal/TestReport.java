package dev.trustrules.cli.internal;

import dev.trustrules.PolicyRule;
import dev.trustrules.scenario.Coverage;
import dev.trustrules.scenario.ScenarioRun;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What {@code test} reports, whatever the format: the run, where the policy's files are (to show a rule at a
 * place an editor opens) and the minimum rule coverage asked for.
 *
 * @param run the scenarios' results and coverage
 * @param policyDirectory the {@code --policy} directory, or {@code null} for the bundled default policy
 * @param minCoverage the {@code --min-coverage} percent, or {@code null}
 */
record TestReport(ScenarioRun run, Path policyDirectory, Double minCoverage) {

    /** The rule's {@code file:line}, under the policy directory when one was given. */
    String where(PolicyRule rule) {
        return file(rule) + ":" + rule.line();
    }

    /** The rule's file, under the policy directory when one was given. */
    String file(PolicyRule rule) {
        return policyDirectory == null ? rule.file() : policyDirectory.resolve(rule.file()).toString().replace('\\', '/');
    }

    /** The bundled policy or the directory, with the newest version's name, version and hash. */
    String policyLabel() {
        return (policyDirectory == null ? "the bundled default policy" : "policy " + policyDirectory.toString().replace('\\', '/'))
                + ", " + run.policy();
    }

    /** Whether rule coverage is below {@code --min-coverage}. */
    boolean belowMinimum() {
        return minCoverage != null && run.coverage().rules().percent() + 1e-9 < minCoverage;
    }

    /** {@code --min-coverage} as given: {@code 95} or {@code 95.5}. */
    String minimumText() {
        return minCoverage % 1 == 0 ? Long.toString(minCoverage.longValue()) : minCoverage.toString();
    }

    /** The entries in the order of their place: file, then line, then name. */
    static <T extends Coverage.Entry> List<T> byPlace(List<T> entries) {
        return entries.stream().sorted(Comparator.comparing((T e) -> e.rule().file()).thenComparingInt(e -> e.rule().line())
                .thenComparing(e -> e.rule().name())).toList();
    }

    /** A percent with one decimal, rounded down like {@link Coverage.Section#percentText()}, without the sign. */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", Math.floor(value * 10 + 1e-9) / 10);
    }
}
