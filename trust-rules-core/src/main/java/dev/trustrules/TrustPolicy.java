package dev.trustrules;

import dev.trustrules.internal.CompiledPolicySet;
import dev.trustrules.internal.EngineSettings;
import dev.trustrules.internal.PolicyFiles;
import dev.trustrules.internal.PolicySource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A built policy: give it a {@link TrustRequest}, get a {@link Decision}. Build it once with
 * {@link #builder()} and share it: it is safe to call from many threads at once.
 *
 * <pre>{@code
 * TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build();
 * Decision decision = policy.evaluate(request);
 * }</pre>
 */
public final class TrustPolicy implements AutoCloseable {

    /** Where the bundled default policy lives on the classpath (in {@code trust-rules-drl}). */
    public static final String DEFAULT_POLICY_ROOT = "trust-rules/default-policy";

    private final CompiledPolicySet compiled;
    private final Clock clock;

    private TrustPolicy(CompiledPolicySet compiled, Clock clock) {
        this.compiled = compiled;
        this.clock = clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decides one request.
     *
     * @throws IllegalArgumentException if the request is null
     * @throws EvaluationException if a rule throws, the rules loop, or the facts do not suit the policy;
     *     no partial decision is returned
     */
    public Decision evaluate(TrustRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("request is required, was null");
        }
        Instant at = request.evaluatedAt() != null ? request.evaluatedAt() : clock.instant();
        return compiled.at(request.policyTime(at)).evaluate(request, at);
    }

    /** The name, version and SHA-256 of the newest version. */
    public PolicyId id() {
        return compiled.newest().id();
    }

    /**
     * Every version of the policy with the moment it takes effect, oldest first. An order is judged under
     * the version in force when it was paid; a request without an order under the version in force when
     * it is evaluated.
     */
    public List<PolicyVersion> versions() {
        return compiled.versions();
    }

    /** Compiler warnings of the rule files (the build fails on errors, not on warnings). */
    public List<Problem> warnings() {
        return compiled.warnings();
    }

    /** The names of every rule of every version, sorted. */
    public List<String> ruleNames() {
        return compiled.ruleNames();
    }

    /** Releases the idle sessions; evaluations in flight finish first. */
    @Override
    public void close() {
        compiled.close();
    }

    @Override
    public String toString() {
        return "TrustPolicy[" + id() + "]";
    }

    /**
     * Configures and builds a {@link TrustPolicy}. Exactly one source is required; a setting given a bad
     * value throws at once, naming the value; {@link #build()} compiles the rules and throws
     * {@link PolicyBuildException} listing every problem as {@code file:line:column: message}.
     */
    public static final class Builder {
        static final int DEFAULT_MAX_RULE_FIRINGS = 10_000;

        private Supplier<List<PolicySource>> source;
        private String sourceDescription;
        private Clock clock = Clock.systemUTC();
        private int maxRuleFirings = DEFAULT_MAX_RULE_FIRINGS;
        private int maxIdleSessions = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

        private Builder() {}

        /** The bundled default policy ({@value TrustPolicy#DEFAULT_POLICY_ROOT}, from {@code trust-rules-drl}). */
        public Builder defaultPolicy() {
            return fromClasspath(DEFAULT_POLICY_ROOT);
        }

        /**
         * The rule files under a directory holding {@code policy.properties}, with any versions under its
         * {@code versions/} folder.
         */
        public Builder fromDirectory(Path directory) {
            Objects.requireNonNull(directory, "directory");
            return source("directory " + directory, () -> PolicyFiles.fromDirectory(directory));
        }

        /** The rule files under a classpath folder holding {@code policy.properties}, via this class's loader. */
        public Builder fromClasspath(String root) {
            return fromClasspath(root, Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : TrustPolicy.class.getClassLoader());
        }

        /** The rule files under a classpath folder holding {@code policy.properties}. */
        public Builder fromClasspath(String root, ClassLoader loader) {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(loader, "loader");
            return source("classpath:" + root, () -> PolicyFiles.fromClasspath(root, loader));
        }

        /** The clock that dates requests which carry no {@code evaluatedAt}. Default: UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The most rule firings one evaluation may take before it fails as a loop. Default 10,000. */
        public Builder maxRuleFirings(int maxRuleFirings) {
            if (maxRuleFirings < 1) {
                throw new IllegalArgumentException("maxRuleFirings must be >= 1, was " + maxRuleFirings);
            }
            this.maxRuleFirings = maxRuleFirings;
            return this;
        }

        /** How many idle sessions to keep for reuse. Default: twice the processors, at least 2. */
        public Builder maxIdleSessions(int maxIdleSessions) {
            if (maxIdleSessions < 0) {
                throw new IllegalArgumentException("maxIdleSessions must be >= 0, was " + maxIdleSessions);
            }
            this.maxIdleSessions = maxIdleSessions;
            return this;
        }

        /**
         * Reads and compiles the rules.
         *
         * @throws IllegalStateException if no source was given
         * @throws PolicyBuildException if the source cannot be read or its rules do not compile
         */
        public TrustPolicy build() {
            if (source == null) {
                throw new IllegalStateException("no policy source: call defaultPolicy(), fromDirectory(path) or fromClasspath(root)");
            }
            EngineSettings settings = new EngineSettings(clock, maxRuleFirings, maxIdleSessions);
            return new TrustPolicy(CompiledPolicySet.compile(source.get(), settings), clock);
        }

        private Builder source(String description, Supplier<List<PolicySource>> newSource) {
            if (source != null) {
                throw new IllegalStateException("policy source was already set to " + sourceDescription
                        + "; cannot also use " + description);
            }
            this.source = newSource;
            this.sourceDescription = description;
            return this;
        }
    }
}
