package dev.trustrules.internal.run;

import dev.trustrules.EvaluationException;
import dev.trustrules.PolicyBuildException;
import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import dev.trustrules.internal.compile.ModelArchive;
import dev.trustrules.internal.load.PolicySource;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One version of a policy, built, or built when a request first falls in its effective dates (see
 * {@link VersionBuilder#prepare}). What describes it (id, rule names, warnings, rule fingerprints) is
 * known without building it. Thread-safe: concurrent first requests build it once.
 */
final class LazyVersion {
    private final PolicyId id;
    private final PolicySource source;
    private final List<String> ruleNames;
    private final List<Problem> warnings;
    private final Map<String, String> ruleFingerprints;
    private Supplier<CompiledPolicy> builder;
    private volatile CompiledPolicy built;
    private boolean closed;

    private LazyVersion(PolicySource source, List<String> ruleNames, List<Problem> warnings,
            Map<String, String> ruleFingerprints, Supplier<CompiledPolicy> builder, CompiledPolicy built) {
        this.id = new PolicyId(source.name(), source.version(), source.sha256());
        this.source = source;
        this.ruleNames = ruleNames;
        this.warnings = warnings;
        this.ruleFingerprints = ruleFingerprints;
        this.builder = builder;
        this.built = built;
    }

    static LazyVersion built(CompiledPolicy version) {
        return new LazyVersion(version.source(), version.ruleNames(), version.warnings(), version.ruleFingerprints(), null,
                version);
    }

    /** A version of a shipped archive, whose rule names are those it fingerprints (as its knowledge base names them). */
    static LazyVersion deferred(PolicySource source, ModelArchive.Header archive, Supplier<CompiledPolicy> builder) {
        return new LazyVersion(source, List.copyOf(new TreeSet<>(archive.rules().keySet())), List.copyOf(archive.warnings()),
                Map.copyOf(archive.rules()), builder, null);
    }

    PolicyId id() {
        return id;
    }

    PolicySource source() {
        return source;
    }

    List<String> ruleNames() {
        return ruleNames;
    }

    List<Problem> warnings() {
        return warnings;
    }

    Map<String, String> ruleFingerprints() {
        return ruleFingerprints;
    }

    /** The built version, building it on the first call. */
    CompiledPolicy get() {
        CompiledPolicy version = built;
        if (version != null) {
            return version;
        }
        synchronized (this) {
            if (built == null) {
                CompiledPolicy made;
                try {
                    made = builder.get();
                } catch (PolicyBuildException e) {
                    throw new EvaluationException("policy version " + id + " could not be built: "
                            + e.problems().stream().map(Problem::toString).toList(), null, e);
                }
                if (!made.ruleNames().equals(ruleNames)) {
                    made.close();
                    throw new EvaluationException("policy version " + id + " was built with other rules than its archive names: "
                            + made.ruleNames() + " vs " + ruleNames, null, null);
                }
                if (closed) {
                    made.close(); // a call in flight on a set already replaced: its session is disposed when given back
                }
                builder = null;
                built = made;
            }
            return built;
        }
    }

    /** Whether it was built (for tests and start-up measurements). */
    boolean isBuilt() {
        return built != null;
    }

    synchronized void close() {
        closed = true;
        if (built != null) {
            built.close();
        }
    }
}
