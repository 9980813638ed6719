package dev.trustrules.internal.run;

import java.time.Clock;

/**
 * How policies are built and evaluate: the clock for requests without a time, the cap on rule firings
 * per evaluation (which also caps the facts the rules may insert), how many idle sessions each policy
 * keeps for reuse, whether rule files are checked strictly (the sandbox: see {@link VersionBuilder}), and
 * the class loader whose class path is searched for versions compiled at build time ({@code null}: none
 * are used).
 */
public record EngineSettings(Clock clock, int maxRuleFirings, int maxIdleSessions, boolean strict,
        ClassLoader precompiledModels) {
    public EngineSettings {
        if (clock == null) {
            throw new IllegalArgumentException("clock is required, was null");
        }
        if (maxRuleFirings < 1) {
            throw new IllegalArgumentException("maxRuleFirings must be >= 1, was " + maxRuleFirings);
        }
        if (maxIdleSessions < 0) {
            throw new IllegalArgumentException("maxIdleSessions must be >= 0, was " + maxIdleSessions);
        }
    }
}
