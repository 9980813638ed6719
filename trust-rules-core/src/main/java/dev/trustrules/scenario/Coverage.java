package dev.trustrules.scenario;

import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.PolicyRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which scenarios exercised each rule, each denial condition and each decision-table row of a policy, like
 * {@code opa test --coverage}. A rule is exercised by a scenario when it fired in the scenario's decision
 * ({@link Decision#firedRules()}); a denial condition (one {@code DenyEntitlement} of a rule, with its
 * entitlement and reason code: {@link PolicyRule#denials()}) when the decision holds a denial of that rule,
 * entitlement and reason; a table row when the rule its row generated fired. Every decision counts, a failed
 * scenario's too: it ran those rules, whatever it expected of them. A scenario whose evaluation failed made no
 * decision and exercised nothing.
 *
 * <pre>{@code
 * ScenarioRun run = Scenarios.run(policy, Scenarios.read(Path.of("src/test/resources/scenarios")));
 * assertThat(run.failures()).isEmpty();
 * assertThat(run.coverage().rules().percent()).isGreaterThanOrEqualTo(95.0);
 * run.coverage().denials().uncovered().forEach(d -> System.out.println(d.rule().location() + " " + d.condition()));
 * }</pre>
 *
 * @param rules every rule of the policy, by name
 * @param denials every denial condition, by rule name, then in the order the rule writes them
 * @param tableRows the rules generated from decision-table rows, by file, then row
 */
public record Coverage(Section<RuleCoverage> rules, Section<DenialCoverage> denials, Section<RuleCoverage> tableRows) {

    public Coverage {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(denials, "denials");
        Objects.requireNonNull(tableRows, "tableRows");
    }

    /**
     * The coverage of {@code rules} (a policy's {@link dev.trustrules.TrustPolicy#rules()}) by the decisions of
     * {@code results}. Fired rules and denials not among {@code rules} are ignored.
     */
    public static Coverage of(List<PolicyRule> rules, List<ScenarioResult> results) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(results, "results");
        Map<String, Set<String>> ruleScenarios = new HashMap<>();
        Map<String, List<Set<String>>> denialScenarios = new HashMap<>();
        Map<String, PolicyRule> byName = new HashMap<>();
        for (PolicyRule rule : rules) {
            byName.put(rule.name(), rule);
            ruleScenarios.put(rule.name(), new LinkedHashSet<>());
            List<Set<String>> conditions = new ArrayList<>();
            rule.denials().forEach(d -> conditions.add(new LinkedHashSet<>()));
            denialScenarios.put(rule.name(), conditions);
        }
        for (ScenarioResult result : results) {
            Decision decision = result.decision();
            if (decision == null) {
                continue;
            }
            String scenario = result.scenario().name();
            for (String fired : decision.firedRules()) {
                Set<String> scenarios = ruleScenarios.get(fired);
                if (scenarios != null) {
                    scenarios.add(scenario);
                }
            }
            for (Denial denial : decision.denials()) {
                PolicyRule rule = byName.get(denial.rule());
                if (rule == null) {
                    continue;
                }
                for (int i = 0; i < rule.denials().size(); i++) {
                    if (rule.denials().get(i).matches(denial)) {
                        denialScenarios.get(rule.name()).get(i).add(scenario);
                    }
                }
            }
        }
        List<PolicyRule> sorted = rules.stream().sorted(Comparator.comparing(PolicyRule::name)).toList();
        List<RuleCoverage> ruleEntries = new ArrayList<>();
        List<DenialCoverage> denialEntries = new ArrayList<>();
        for (PolicyRule rule : sorted) {
            ruleEntries.add(new RuleCoverage(rule, List.copyOf(ruleScenarios.get(rule.name()))));
            for (int i = 0; i < rule.denials().size(); i++) {
                denialEntries.add(new DenialCoverage(rule, rule.denials().get(i),
                        List.copyOf(denialScenarios.get(rule.name()).get(i))));
            }
        }
        List<RuleCoverage> tableEntries = ruleEntries.stream().filter(e -> e.rule().tableRow())
                .sorted(Comparator.comparing((RuleCoverage e) -> e.rule().file()).thenComparingInt(e -> e.rule().line()))
                .toList();
        return new Coverage(new Section<>(ruleEntries), new Section<>(denialEntries), new Section<>(tableEntries));
    }

    /** What coverage reports about one rule or denial condition: the rule, and the scenarios that exercised it. */
    public interface Entry {
        /** The rule, or the rule of the denial condition. */
        PolicyRule rule();

        /** The names of the scenarios that exercised it, in the order they ran; empty when none did. */
        List<String> scenarios();

        /** Whether some scenario exercised it. */
        default boolean covered() {
            return !scenarios().isEmpty();
        }
    }

    /**
     * A rule (or a decision-table row) and the scenarios in whose decisions it fired.
     *
     * @param rule the rule
     * @param scenarios the names of the scenarios, in the order they ran
     */
    public record RuleCoverage(PolicyRule rule, List<String> scenarios) implements Entry {
        public RuleCoverage {
            Objects.requireNonNull(rule, "rule");
            scenarios = List.copyOf(scenarios);
        }
    }

    /**
     * A denial condition (one denial a rule can give) and the scenarios whose decisions hold it.
     *
     * @param rule the rule that gives the denial
     * @param condition the entitlement and reason code it denies with
     * @param scenarios the names of the scenarios, in the order they ran
     */
    public record DenialCoverage(PolicyRule rule, PolicyRule.Denies condition, List<String> scenarios) implements Entry {
        public DenialCoverage {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(condition, "condition");
            scenarios = List.copyOf(scenarios);
        }
    }

    /**
     * One part of the coverage (rules, denial conditions or table rows) and its figures.
     *
     * @param entries every entry, covered or not
     */
    public record Section<T extends Entry>(List<T> entries) {
        public Section {
            entries = List.copyOf(entries);
        }

        /** How many entries some scenario exercised. */
        public int covered() {
            return (int) entries.stream().filter(Entry::covered).count();
        }

        /** How many entries there are. */
        public int total() {
            return entries.size();
        }

        /** The share covered, 0 to 100; 100 when there is nothing to cover. */
        public double percent() {
            return entries.isEmpty() ? 100.0 : 100.0 * covered() / entries.size();
        }

        /** The entries no scenario exercised, in the section's order. */
        public List<T> uncovered() {
            return entries.stream().filter(e -> !e.covered()).toList();
        }

        /**
         * The share covered with one decimal and a percent sign ({@code 95.4%}), rounded down so that a share
         * shown as reaching a minimum reaches it.
         */
        public String percentText() {
            return String.format(Locale.ROOT, "%.1f%%", Math.floor(percent() * 10 + 1e-9) / 10);
        }

        /** {@code covered of total (percent%)}. */
        @Override
        public String toString() {
            return covered() + " of " + total() + " (" + percentText() + ")";
        }
    }
}
