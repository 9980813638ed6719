package dev.trustrules;

import dev.trustrules.internal.Require;
import java.util.List;

/**
 * One rule of a policy as written: its name, where it is, the versions that hold it and the denials it
 * can give. {@link TrustPolicy#rules()} lists them; scenario coverage
 * ({@link dev.trustrules.scenario.Coverage}) reports against them.
 *
 * @param name the rule's name, as in {@link Decision#firedRules()} and {@link TrustPolicy#ruleNames()}
 * @param file the rule file, relative to the policy root with forward slashes (a later version's own file
 *     under {@code versions/<date>/}); for a rule generated from a decision table, the {@code .drl.csv} file
 * @param line the 1-based line of the rule in {@code file}: where {@code rule} starts in a DRL file, the
 *     line of the rule's row in a decision table; 0 when unknown
 * @param tableRow whether a decision table row generated the rule
 * @param versions the versions of the policy that hold a rule of this name, oldest first
 * @param denials the denials the rule can give, one per {@code DenyEntitlement} its consequence inserts, in
 *     the order written; empty for a rule that denies nothing
 */
public record PolicyRule(String name, String file, int line, boolean tableRow, List<String> versions,
        List<Denies> denials) {

    public PolicyRule {
        Require.text("policyRule.name", name);
        Require.present("policyRule.file", file);
        Require.nonNegative("policyRule.line", line);
        versions = Require.list("policyRule.versions", versions);
        denials = Require.list("policyRule.denials", denials);
    }

    /** {@code file:line}, as editors and the command-line tool show a place. */
    public String location() {
        return file + ":" + line;
    }

    /** Whether the rule can deny an entitlement. */
    public boolean denies() {
        return !denials.isEmpty();
    }

    /**
     * One denial a rule can give: the entitlement it denies and the reason code it gives.
     *
     * @param type the entitlement denied, or {@code null} when the rule computes it
     * @param reason the reason code, or {@code null} when the rule computes it
     */
    public record Denies(EntitlementType type, String reason) {
        /** Whether a denial in a decision, made by this condition's rule, is this one. */
        public boolean matches(Denial denial) {
            return (type == null || type == denial.type()) && (reason == null || reason.equals(denial.reason()));
        }

        @Override
        public String toString() {
            return (type == null ? "(computed type)" : type.name()) + " " + (reason == null ? "(computed reason)" : reason);
        }
    }
}
