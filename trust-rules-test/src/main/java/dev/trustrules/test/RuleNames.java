package dev.trustrules.test;

/** Matches a rule by its full name or by its id prefix ({@code "FOPT-20"} matches {@code "FOPT-20 granted: ..."}). */
final class RuleNames {
    private RuleNames() {}

    static boolean matches(String ruleName, String nameOrId) {
        return ruleName.equals(nameOrId) || ruleName.startsWith(nameOrId + " ");
    }
}
