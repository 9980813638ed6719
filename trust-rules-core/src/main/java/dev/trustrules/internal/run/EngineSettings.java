package dev.trustrules.internal.run;

import dev.trustrules.internal.compile.CompiledModels;
import java.time.Clock;

/**
 * How policies are built and evaluate: the clock for requests without a time, the cap on rule firings
 * per evaluation (which also caps the facts the rules may insert), how many idle sessions each policy
 * keeps for reuse, whether rule files are checked strictly (the sandbox: see {@link VersionBuilder}), and
 * where versions compiled earlier are looked for (and offered when compiled).
 */
public record EngineSettings(Clock clock, int maxRuleFirings, int maxIdleSessions, boolean strict,
        CompiledModels compiledModels) {
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
        if (compiledModels == null) {
            throw new IllegalArgumentException("compiledModels is required, was null");
        }
    }

    /** When {@code request} is decided: its own evaluation time, else now by the clock. */
    public java.time.Instant timeOf(dev.trustrules.TrustRequest request) {
        return request.evaluatedAt() != null ? request.evaluatedAt() : clock.instant();
    }
}
