package dev.trustrules;

import dev.trustrules.internal.CompiledPolicy;
import dev.trustrules.internal.DroolsCompiler;
import dev.trustrules.internal.EngineSettings;
import dev.trustrules.internal.PolicyFiles;
import dev.trustrules.internal.PolicySource;
import dev.trustrules.internal.StrictRuleCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.nio.file.Path;
import java.time.Clock;
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

    private final CompiledPolicy compiled;
    private final List<Problem> warnings;

    private TrustPolicy(CompiledPolicy compiled, List<Problem> strictWarnings) {
        this.compiled = compiled;
        this.warnings = strictWarnings.isEmpty() ? compiled.warnings() : sorted(compiled.warnings(), strictWarnings);
    }

    private static List<Problem> sorted(List<Problem> first, List<Problem> second) {
        List<Problem> all = new ArrayList<>(first);
        all.addAll(second);
        all.sort(Comparator.comparing(Problem::severity).thenComparing(Problem::file)
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(all);
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
        return compiled.evaluate(request);
    }

    /** The name, version and SHA-256 of the rules in use. */
    public PolicyId id() {
        return compiled.id();
    }

    /**
     * Warnings about the rule files: the compiler's, and in {@linkplain Builder#strict(boolean) strict
     * mode} the strict check's (rules without a reason code, duplicate rule names). The build fails on
     * errors, not on warnings.
     */
    public List<Problem> warnings() {
        return warnings;
    }

    /** The names of every rule, sorted. */
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
        return "TrustPolicy[" + compiled.id() + "]";
    }

    /**
     * Configures and builds a {@link TrustPolicy}. Exactly one source is required; a setting given a bad
     * value throws at once, naming the value; {@link #build()} compiles the rules and throws
     * {@link PolicyBuildException} listing every problem as {@code file:line:column: message}.
     */
    public static final class Builder {
        static final int DEFAULT_MAX_RULE_FIRINGS = 10_000;

        private Supplier<PolicySource> source;
        private String sourceDescription;
        private Clock clock = Clock.systemUTC();
        private int maxRuleFirings = DEFAULT_MAX_RULE_FIRINGS;
        private int maxIdleSessions = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        private boolean strict;

        private Builder() {}

        /** The bundled default policy ({@value TrustPolicy#DEFAULT_POLICY_ROOT}, from {@code trust-rules-drl}). */
        public Builder defaultPolicy() {
            return fromClasspath(DEFAULT_POLICY_ROOT);
        }

        /** The rule files under a directory holding {@code policy.properties}. */
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
         * Whether to check the rule files strictly before compiling them, as for rule files an analyst
         * edits. Default: off. In strict mode the build fails, with every offending place as
         * {@code file:line:column: message}, on an import outside {@code dev.trustrules.*},
         * {@code dev.trustrules.facts.*}, {@code dev.trustrules.rules.*}, {@code java.lang.*},
         * {@code java.time.*}, {@code java.math.*} and the policy's own DRL packages, and on any use of
         * I/O, reflection, threads, {@code System}, {@code Runtime} or process control in conditions,
         * consequences and functions; rules without a reason code and duplicate rule names become
         * {@link TrustPolicy#warnings() warnings}.
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
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
            PolicySource rules = source.get();
            if (!strict) {
                return new TrustPolicy(DroolsCompiler.compile(rules, settings), List.of());
            }
            List<Problem> strictProblems = StrictRuleCheck.check(rules);
            CompiledPolicy compiled;
            try {
                compiled = DroolsCompiler.compile(rules, settings);
            } catch (PolicyBuildException e) {
                throw new PolicyBuildException(rules.origin(), sorted(e.problems(), strictProblems));
            }
            if (strictProblems.stream().anyMatch(Problem::isError)) {
                compiled.close();
                throw new PolicyBuildException(rules.origin(), sorted(compiled.warnings(), strictProblems));
            }
            return new TrustPolicy(compiled, strictProblems);
        }

        private Builder source(String description, Supplier<PolicySource> newSource) {
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
