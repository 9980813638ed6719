package dev.trustrules;

/** What the starter's tests may see of a policy beyond its public API. */
public final class PolicyInternals {
    private PolicyInternals() {}

    /** How many versions of {@code policy} are built (shipped versions are otherwise built on a request's demand). */
    public static int versionsBuilt(TrustPolicy policy) {
        return policy.versionsBuilt();
    }
}
