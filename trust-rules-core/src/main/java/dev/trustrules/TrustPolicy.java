package dev.trustrules;

import dev.trustrules.explain.Explanation;
import dev.trustrules.internal.explain.Explainer;
import dev.trustrules.internal.run.CompiledPolicy;
import dev.trustrules.internal.run.CompiledPolicySet;
import dev.trustrules.internal.load.DirectoryWatcher;
import dev.trustrules.internal.run.EngineSettings;
import dev.trustrules.internal.LibraryVersion;
import dev.trustrules.internal.compile.CompiledModels;
import dev.trustrules.internal.compile.ModelCache;
import dev.trustrules.internal.compile.RuleCatalog;
import dev.trustrules.internal.load.PolicyFiles;
import dev.trustrules.internal.load.PolicySource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A built policy: give it a {@link TrustRequest}, get a {@link Decision}. Build it once with
 * {@link #builder()} and share it: it is safe to call from many threads at once.
 *
 * <pre>{@code
 * TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build();
 * Decision decision = policy.evaluate(request);
 * }</pre>
 *
 * <p>A policy built from a directory can pick up edited rule files without a restart: {@link #reload()}
 * on demand, or {@link Builder#watchForChanges(Duration)}. A new version is read, compiled and checked
 * off the calling threads, then swapped in atomically; a version that fails is refused and the last
 * good one keeps serving. Calls in flight finish on the version they started with.
 */
public final class TrustPolicy implements AutoCloseable {

    /** Where the bundled default policy lives on the classpath (in {@code trust-rules-drl}). */
    public static final String DEFAULT_POLICY_ROOT = "trust-rules/default-policy";

    private static final Logger LOG = LoggerFactory.getLogger(TrustPolicy.class);

    private final AtomicReference<CompiledPolicySet> current;
    private final Supplier<List<PolicySource>> source;
    private final EngineSettings settings;
    private final List<TrustPolicyListener> listeners;
    private final Object reloading = new Object();
    private final DirectoryWatcher watcher;
    private final Path directory;
    private final String sourceDescription;
    private final ListenerFailures listenerFailures = new ListenerFailures();
    private volatile boolean closed;
    private volatile RulesOf rules;

    /** The rules as written of the versions they were read from (equal versions: equal files). */
    private record RulesOf(List<PolicyVersion> versions, List<PolicyRule> rules) {}

    private TrustPolicy(Builder builder, CompiledPolicySet compiled, EngineSettings settings) {
        this.current = new AtomicReference<>(compiled);
        this.directory = builder.directory;
        this.sourceDescription = builder.sourceDescription;
        this.source = builder.source;
        this.settings = settings;
        this.listeners = List.copyOf(builder.listeners);
        this.watcher = builder.watchDirectory == null ? null
                : new DirectoryWatcher(builder.watchDirectory, builder.watchQuietPeriod, this::reloadQuietly);
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
        return evaluate(request, true);
    }

    /** Decides one request, telling the listeners only if {@code notifyListeners} (a replay does not). */
    Decision evaluate(TrustRequest request, boolean notifyListeners) {
        if (request == null) {
            throw new IllegalArgumentException("request is required, was null");
        }
        requireOpen("evaluate");
        long start = System.nanoTime();
        Instant at = settings.timeOf(request);
        Decision decision;
        try {
            decision = current.get().at(request.policyTime(at)).evaluate(request, at);
        } catch (EvaluationException e) {
            if (notifyListeners && !listeners.isEmpty()) {
                long nanos = System.nanoTime() - start;
                notify(l -> l.onEvaluationFailed(request, e, nanos));
            }
            throw e;
        }
        if (notifyListeners && !listeners.isEmpty()) {
            long nanos = System.nanoTime() - start;
            notify(l -> l.onDecision(request, decision, nanos));
        }
        return decision;
    }

    /**
     * Decides {@code request} and explains the decision: the arithmetic of each granted amount as the rules
     * computed it, the thresholds each grant passed and the conditions behind each denial (with the values of
     * the facts and limits they compared), and the rules that nearly fired. The explanation's
     * {@link Explanation#decision() decision} is the one {@link #evaluate(TrustRequest)} returns for the same
     * request.
     *
     * <p>For people and tools, not for the hot path: it decides the request twice (once as {@code evaluate}
     * does, once in a session of its own that records every firing), and the first explanation of a kind of
     * request (a counterfeit claim, a return...) on a version builds that version's probe policy for near
     * misses, which compiles (a second or more; then it is kept with the version). Listeners are not told of
     * explained decisions. {@link #evaluate(TrustRequest)} does none of this and records nothing.
     *
     * @throws IllegalArgumentException if the request is null
     * @throws EvaluationException as {@link #evaluate(TrustRequest)} does
     */
    public Explanation explain(TrustRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("request is required, was null");
        }
        Instant at = settings.timeOf(request);
        CompiledPolicy version = current.get().at(request.policyTime(at));
        Decision decision = version.evaluate(request, at);
        return Explainer.explain(version, request, at, decision, true);
    }

    /**
     * Reads the rule files again and, if they changed, builds and checks them, runs the directory's
     * scenarios against them (see {@link Builder#fromDirectory(Path)}) and swaps them in. Safe to
     * call from any thread; concurrent reloads run one after the other. Evaluations go on meanwhile on
     * the version serving.
     *
     * @return whether the rules were reloaded, unchanged, or refused (with the problems)
     * @throws IllegalStateException if the policy was {@linkplain #close() closed}
     */
    public ReloadResult reload() {
        synchronized (reloading) {
            requireOpen("reload");
            long start = System.nanoTime();
            CompiledPolicySet serving = current.get();
            PolicyId previous = serving.newestId();
            ReloadResult result = reload(serving);
            long nanos = System.nanoTime() - start;
            notify(l -> l.onReload(previous, result, nanos));
            return result;
        }
    }

    /** How many versions of the serving policy are built (the others ship precompiled and wait for a request). */
    int versionsBuilt() {
        return (int) current.get().built();
    }

    private ReloadResult reload(CompiledPolicySet serving) {
        List<PolicySource> sources;
        try {
            sources = source.get();
        } catch (PolicyBuildException e) {
            return refused(serving, e.problems());
        } catch (RuntimeException e) {
            return refused(serving, List.of(new Problem(sourceDescription, 0, 0, Problem.Severity.ERROR,
                    "the rule files could not be read: " + e.getMessage())));
        }
        if (sources.stream().map(PolicySource::sha256).toList()
                .equals(serving.versions().stream().map(v -> v.id().sha256()).toList())) {
            return new ReloadResult(ReloadResult.Outcome.UNCHANGED, serving.newestId(), List.of());
        }
        CompiledPolicySet next;
        try {
            next = CompiledPolicySet.compile(sources, settings);
        } catch (PolicyBuildException e) {
            return refused(serving, e.problems());
        }
        List<Problem> failed;
        try {
            failed = ScenarioGate.run(directory, next, settings);
        } catch (RuntimeException e) {
            failed = List.of(new Problem(ScenarioGate.FOLDER, 0, 0, Problem.Severity.ERROR, "the scenarios could not be run: " + e));
        }
        if (!failed.isEmpty()) {
            next.close();
            return refused(serving, failed);
        }
        List<List<String>> changes = serving.ruleChangesTo(next);
        current.set(next);
        serving.close();
        return new ReloadResult(ReloadResult.Outcome.RELOADED, next.newestId(), List.of(), changes.get(0),
                changes.get(1), changes.get(2));
    }

    private static ReloadResult refused(CompiledPolicySet serving, List<Problem> problems) {
        return new ReloadResult(ReloadResult.Outcome.REFUSED, serving.newestId(), problems);
    }

    private void requireOpen(String operation) {
        if (closed) {
            throw new IllegalStateException("cannot " + operation + ": policy " + id() + " was closed; build a new TrustPolicy");
        }
    }

    /** The watcher's reload: never throws, and logs one short summary per refused change. */
    private void reloadQuietly() {
        if (closed) {
            return;
        }
        try {
            ReloadResult result = reload();
            if (result.outcome() == ReloadResult.Outcome.REFUSED) {
                List<Problem> problems = result.problems();
                String shown = String.join("\n  ", problems.stream().limit(3).map(Problem::toString).toList());
                String more = problems.size() > 3 ? "\n  (and " + (problems.size() - 3) + " more: reload() or `trust-rules check` lists them)" : "";
                LOG.warn("trust-rules: refused the changed rules of {}, {} keeps serving; {} {}:\n  {}{}", directory,
                        result.serving(), problems.size(), problems.size() == 1 ? "problem" : "problems", shown, more);
            } else if (result.outcome() == ReloadResult.Outcome.RELOADED) {
                LOG.info("trust-rules: reloaded {}, now serving {} ({} rules added, {} removed, {} changed)", directory,
                        result.serving(), result.added().size(), result.removed().size(), result.changed().size());
            }
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
                throw e;
            }
            LOG.warn("trust-rules: reloading {} failed ({}), the previous rules keep serving", directory, e.toString());
        }
    }

    private void notify(java.util.function.Consumer<TrustPolicyListener> event) {
        if (listeners.isEmpty()) {
            return;
        }
        for (TrustPolicyListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (VirtualMachineError e) {
                throw e; // out of memory, stack overflow: nothing sensible to do here
            } catch (RuntimeException | Error e) {
                // an AssertionError or a NoClassDefFoundError of a listener must not cost a caller its decision
                listenerFailures.report(listener, e);
            }
        }
    }

    /** The name, version and SHA-256 of the newest version. */
    public PolicyId id() {
        return current.get().newestId();
    }

    /**
     * Every version of the policy with the moment it takes effect, oldest first. An order is judged under
     * the version in force when it was paid; a request without an order under the version in force when
     * it is evaluated.
     */
    public List<PolicyVersion> versions() {
        return current.get().versions();
    }

    /**
     * Warnings about the rule files: the compiler's, and in {@linkplain Builder#strict(boolean) strict mode}
     * the strict check's (rules without a reason code, duplicate rule names). The build fails on errors,
     * not on warnings.
     */
    public List<Problem> warnings() {
        return current.get().warnings();
    }

    /** The names of every rule of every version, sorted. */
    public List<String> ruleNames() {
        return current.get().ruleNames();
    }

    /**
     * The rules of every version as written, one per name, sorted by name (the names of {@link #ruleNames()}):
     * where each is (a decision table's rules at their row), which versions hold it, and the denials it can give.
     * For reports such as scenario coverage ({@link dev.trustrules.scenario.Coverage}), not for deciding: the
     * first call reads the rule files again (a precompiled policy is never parsed otherwise), which takes a
     * fraction of a second; later calls return the same list until a reload changes the rules.
     */
    public List<PolicyRule> rules() {
        CompiledPolicySet set = current.get();
        RulesOf known = rules;
        if (known == null || !known.versions().equals(set.versions())) {
            known = new RulesOf(set.versions(), RuleCatalog.of(set.sources(), set.ruleNames()));
            rules = known;
        }
        return known.rules();
    }

    /**
     * The names of the rules of one version serving, sorted.
     *
     * @throws IllegalArgumentException if no version serving has that id
     */
    public List<String> ruleNames(PolicyId version) {
        Objects.requireNonNull(version, "version");
        return current.get().ruleNames(version).orElseThrow(() -> new IllegalArgumentException("policy " + id().name()
                + " serves no version " + version + "; it serves " + versions().stream().map(v -> v.id().toString()).toList()));
    }

    /** Whether {@link #close()} was called: a closed policy refuses to evaluate and to reload. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Stops watching for changes and releases the idle sessions; evaluations in flight finish first. Later
     * calls to {@link #evaluate} and {@link #reload} throw {@link IllegalStateException}. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        current.get().close();
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
        private final List<TrustPolicyListener> listeners = new ArrayList<>();
        private boolean strict = true;
        private Path directory;
        private java.util.Map<String, byte[]> files;
        private Path watchDirectory;
        private ClassLoader classLoader = TrustPolicy.class.getClassLoader();
        private Duration watchQuietPeriod;
        private Path compiledModelCache;
        private CompiledModels compiledModels;
        private CompiledModels compiledModelsOnly;
        private boolean warmUp;

        private Builder() {}

        /** The bundled default policy ({@value TrustPolicy#DEFAULT_POLICY_ROOT}, from {@code trust-rules-drl}). */
        public Builder defaultPolicy() {
            return fromClasspath(DEFAULT_POLICY_ROOT);
        }

        /**
         * The rule files under a directory holding {@code policy.properties}, with any versions under its
         * {@code versions/} folder. Scenario files under its {@code scenarios/} folder (see
         * {@link dev.trustrules.scenario.Scenarios}) are run against every version before it serves, at
         * {@link #build()} and at each {@link TrustPolicy#reload()}: a scenario that fails (or a scenario
         * file that cannot be read) fails the build or refuses the reload, with one {@link Problem} per
         * failed scenario naming its file, line and differences. Scenario files are not rule files: editing
         * only them changes no SHA-256, so a reload finds the rules {@code UNCHANGED} and runs nothing.
         */
        public Builder fromDirectory(Path directory) {
            Objects.requireNonNull(directory, "directory");
            this.directory = directory;
            return source("directory " + directory, () -> PolicyFiles.fromDirectory(directory));
        }

        /**
         * Rule files given as bytes, for rules that travel as data (a stream record, a message): each path is
         * relative to the policy root with forward slashes ({@code policy.properties},
         * {@code guarantees/limits.drl}, {@code versions/2026-12-01/version.properties}), laid out as in a
         * directory (see {@link #fromDirectory(Path)}), and checked the same way: scenario files among them
         * (under {@code scenarios/}) are run against every version at {@link #build()}, which fails naming
         * each failed scenario. The map is copied; the policy's rules cannot change afterwards, so
         * {@link TrustPolicy#reload()} finds them unchanged. {@link RuleFiles} reads such a map from a
         * directory or the class path.
         *
         * @param origin what to call the source in problems and logs, such as {@code "kafka:rules@42"}
         */
        public Builder fromFiles(String origin, java.util.Map<String, byte[]> files) {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(files, "files");
            java.util.Map<String, byte[]> copy = new java.util.TreeMap<>();
            files.forEach((path, content) -> copy.put(Objects.requireNonNull(path, "a path in files"),
                    content == null ? null : content.clone()));
            Builder builder = source(origin, () -> PolicyFiles.fromMemory(origin, copy));
            this.files = copy;
            return builder;
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
            this.classLoader = loader;
            return source("classpath:" + root, () -> PolicyFiles.fromClasspath(root, loader));
        }

        /**
         * The rule files and precompiled model of a {@link PolicyBundle}, already verified against its manifest.
         * A version's precompiled classes are used when the Drools running is the one that compiled them (else
         * its rule files are compiled) and, as always, verified by the sandbox before they are loaded. The
         * policy cannot change afterwards: {@link TrustPolicy#reload()} finds it unchanged (a bundle file given
         * to {@link #fromBundle(Path)} is read again instead).
         */
        public Builder fromBundle(PolicyBundle bundle) {
            Objects.requireNonNull(bundle, "bundle");
            this.compiledModels = bundle.compiledModels();
            return source("bundle " + bundle.origin(), () -> PolicyFiles.fromMemory(bundle.origin(), bundle.files()));
        }

        /**
         * A {@link PolicyBundle} file, read and verified against its manifest at {@link #build()} and again at
         * each {@link TrustPolicy#reload()}: replace the file (atomically, by a rename) with a newer bundle and
         * reload to serve it. A bundle that fails its manifest is refused like a rule file that does not compile.
         */
        public Builder fromBundle(Path bundleFile) {
            Objects.requireNonNull(bundleFile, "bundleFile");
            AtomicReference<CompiledModels> latest = new AtomicReference<>(CompiledModels.NONE);
            this.compiledModels = new CompiledModels() {
                @Override
                public dev.trustrules.internal.compile.ModelArchive find(PolicySource source) {
                    return latest.get().find(source);
                }
            };
            return source("bundle " + bundleFile, () -> {
                PolicyBundle bundle = PolicyBundle.read(bundleFile);
                latest.set(bundle.compiledModels());
                return PolicyFiles.fromMemory(bundle.origin(), bundle.files());
            });
        }

        /**
         * Where to find (and offer) compiled versions, instead of the class path: for {@link PolicyBundle#create},
         * which compiles every version itself.
         */
        Builder compiledModelsOnly(CompiledModels models) {
            this.compiledModelsOnly = Objects.requireNonNull(models, "models");
            return this;
        }

        /** The directory whose {@code scenarios/} gate the versions, for rules not read from it (a bundle being made). */
        Builder scenariosOf(Path policyDirectory) {
            this.directory = Objects.requireNonNull(policyDirectory, "policyDirectory");
            this.files = null; // the scenarios are the directory's, not among the files given
            return this;
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
         * Whether the rule files run in the sandbox. Default: on, for every source (directories, the class
         * path, every reload). Strict, the build (and every reload) fails, each problem at the
         * {@code file:line:column} of the rule that causes it, when the code the files compile to uses a type
         * or member outside the allowlist (the facts, the rule vocabulary, the policy's own declared types and
         * functions, a few JDK value types: see "What rules may call" in docs/policy-authoring.md), loops,
         * recurses, synchronizes or keeps static state; when a rule reads the clock or randomness
         * ({@code timer}, {@code date-effective}, {@code Instant.now()}, {@code Math.random()}, ...); when it uses
         * a query, an entry point, a window or an event type. So a strict policy can only decide, and every
         * evaluation ends within {@link #maxRuleFirings(int)}. Off, rules may call any class on the class
         * path: only for rules as trusted as the service's own code. Warnings (a rule inserting no outcome, a
         * duplicate name, a {@code modify} without {@code no-loop}) are reported either way.
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Whether {@link #build()} also builds the version in force now (by the {@linkplain #clock(Clock)
         * clock}), so that the first request does not wait for it. Default: off. Versions that ship
         * precompiled on the class path (the bundled default policy) are otherwise built when a request first
         * falls in their effective dates, which costs that request about half a second; a service that reports
         * itself ready after {@code build()} turns this on (the Spring Boot starter does, property
         * {@code trust-rules.warm-up}). The other versions are still built on demand; every other source is
         * built entirely in {@code build()} either way. A version that cannot be built fails {@code build()}.
         */
        public Builder warmUp(boolean warmUp) {
            this.warmUp = warmUp;
            return this;
        }

        /** Adds a listener for decisions, failures and reloads (see {@link TrustPolicyListener}). */
        public Builder listener(TrustPolicyListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Watches the policy directory and {@linkplain TrustPolicy#reload() reloads} once it has been quiet
         * for {@code quietPeriod} after a change (so a burst of writes is one reload). Needs
         * {@link #fromDirectory(Path)}. Refused versions are reported to the listeners and logged.
         */
        public Builder watchForChanges(Duration quietPeriod) {
            Objects.requireNonNull(quietPeriod, "quietPeriod");
            if (quietPeriod.isNegative() || quietPeriod.isZero()) {
                throw new IllegalArgumentException("quietPeriod must be positive, was " + quietPeriod);
            }
            this.watchQuietPeriod = quietPeriod;
            return this;
        }

        /**
         * Keeps each compiled version on disk under {@code directory}, by the SHA-256 of its rule files and the
         * trust-rules and Drools versions, and reuses it instead of compiling the same files again: at
         * {@link #build()}, at every {@link TrustPolicy#reload()}, and in every other JVM given the same
         * directory (the command-line tool uses {@code ~/.cache/trust-rules}). A service that ships its own
         * edited rules starts in about the time of the bundled policy from its second start on.
         *
         * <p>An entry is never stale: other files, another trust-rules or another Drools version look for
         * another entry. Safe for concurrent builds in one or several processes (entries are written whole
         * and renamed into place). Only versions that passed the strict sandbox are stored, and an entry is
         * verified by the sandbox again when it is loaded; a directory that other users may write to (owned
         * by another user, or group- or world-writable) is not used, with a warning in the log, as it decides
         * which rules run. An unreadable entry is compiled again; a cache that cannot be written costs time,
         * never a build. The 64 most recently used versions are kept. The directory is created (readable by
         * its owner only) on the first store.
         */
        public Builder compiledModelCache(Path directory) {
            this.compiledModelCache = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Reads and compiles the rules.
         *
         * @throws IllegalStateException if no source was given
         * @throws PolicyBuildException if the source cannot be read, its rules do not compile, or a scenario
         *     of the policy directory fails
         */
        public TrustPolicy build() {
            if (source == null) {
                throw new IllegalStateException("no policy source: call defaultPolicy(), fromDirectory(path) or fromClasspath(root)");
            }
            if (watchQuietPeriod != null && directory == null) {
                throw new IllegalStateException("watchForChanges needs a policy from a directory, but the source is "
                        + sourceDescription);
            }
            watchDirectory = watchQuietPeriod == null ? null : directory;
            List<CompiledModels> sources = new ArrayList<>();
            if (compiledModels != null) {
                sources.add(compiledModels);
            }
            sources.add(CompiledModels.onClasspath(classLoader));
            if (compiledModelCache != null) {
                sources.add(new ModelCache(compiledModelCache, LibraryVersion.build()));
            }
            EngineSettings settings = new EngineSettings(clock, maxRuleFirings, maxIdleSessions, strict,
                    compiledModelsOnly != null ? compiledModelsOnly : CompiledModels.firstOf(sources));
            long start = System.nanoTime();
            CompiledPolicySet compiled = CompiledPolicySet.compile(source.get(), settings);
            List<Problem> failed = files != null ? ScenarioGate.run(files, compiled, settings)
                    : ScenarioGate.run(directory, compiled, settings);
            if (!failed.isEmpty()) {
                compiled.close();
                throw new PolicyBuildException(sourceDescription, failed);
            }
            if (warmUp) {
                try {
                    compiled.buildVersionInForceAt(clock.instant());
                } catch (EvaluationException e) {
                    compiled.close();
                    throw new PolicyBuildException(sourceDescription, List.of(new Problem("(policy)", 0, 0,
                            Problem.Severity.ERROR, e.getMessage())));
                }
            }
            TrustPolicy policy = new TrustPolicy(this, compiled, settings);
            long nanos = System.nanoTime() - start;
            policy.notify(l -> l.onBuilt(policy.id(), nanos));
            return policy;
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
