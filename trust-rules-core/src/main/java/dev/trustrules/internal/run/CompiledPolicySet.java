package dev.trustrules.internal.run;

import dev.trustrules.internal.load.PolicySource;

import dev.trustrules.EvaluationException;
import dev.trustrules.PolicyBuildException;
import dev.trustrules.PolicyVersion;
import dev.trustrules.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every version of a policy, compiled, oldest first. A request is decided by the version in force at
 * its policy time ({@code TrustRequest.policyTime}).
 */
public final class CompiledPolicySet implements AutoCloseable {
    private final List<LazyVersion> versions;
    private final List<PolicyVersion> described;
    private final List<String> ruleNames;
    private final List<Problem> warnings;

    private CompiledPolicySet(List<LazyVersion> versions) {
        this.versions = List.copyOf(versions);
        this.described = versions.stream().map(v -> new PolicyVersion(v.id(), v.source().effectiveFrom())).toList();
        Set<String> names = new TreeSet<>();
        Set<Problem> allWarnings = new LinkedHashSet<>();
        for (LazyVersion version : versions) {
            names.addAll(version.ruleNames());
            allWarnings.addAll(version.warnings());
        }
        this.ruleNames = List.copyOf(names);
        this.warnings = List.copyOf(allWarnings);
    }

    /**
     * Builds every version ({@link VersionBuilder}), or prepares it to be built when a request first needs
     * it if it ships precompiled on the class path ({@link VersionBuilder#prepare}); the problems of all versions are reported together,
     * each file under its real path, a file shared by versions once.
     */
    public static CompiledPolicySet compile(List<PolicySource> sources, EngineSettings settings) {
        return BuildThread.run(sources.get(0).origin(), () -> compileHere(sources, settings));
    }

    private static CompiledPolicySet compileHere(List<PolicySource> sources, EngineSettings settings) {
        List<LazyVersion> compiled = new ArrayList<>();
        Set<Problem> problems = new LinkedHashSet<>();
        Set<Problem> followOns = new LinkedHashSet<>();
        String origin = sources.get(0).origin();
        for (PolicySource source : sources) {
            try {
                compiled.add(VersionBuilder.prepare(source, settings));
            } catch (PolicyBuildException e) {
                problems.addAll(e.problems());
                followOns.addAll(e.followOns());
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            compiled.forEach(LazyVersion::close);
            List<Problem> all = new ArrayList<>(problems);
            all.sort(java.util.Comparator.comparing(Problem::severity).thenComparing(Problem::file)
                    .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new PolicyBuildException(origin, all, new ArrayList<>(followOns));
        }
        return new CompiledPolicySet(compiled);
    }

    /** Builds the version in force at {@code time}, if one is, so that no request waits for it. */
    public void buildVersionInForceAt(Instant time) {
        LazyVersion version = inForceAt(time);
        if (version != null) {
            version.get();
        }
    }

    /** The version in force at {@code time}, built if it was not yet. */
    public CompiledPolicy at(Instant time) {
        LazyVersion version = inForceAt(time);
        if (version != null) {
            return version.get();
        }
        throw new EvaluationException("no version of policy " + versions.get(0).id().name() + " is in force at " + time
                + "; the first takes effect " + versions.get(0).source().effectiveFrom());
    }

    /** The newest version whose effective date is not after {@code time}, or null if none is in force yet. */
    private LazyVersion inForceAt(Instant time) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            Instant from = versions.get(i).source().effectiveFrom();
            if (from == null || !time.isBefore(from)) {
                return versions.get(i);
            }
        }
        return null;
    }

    /**
     * The rules {@code next} adds, removes and edits compared with this set, from the newest version of each:
     * {@code [added, removed, changed]}, each sorted.
     */
    public List<List<String>> ruleChangesTo(CompiledPolicySet next) {
        java.util.Map<String, String> before = versions.get(versions.size() - 1).ruleFingerprints();
        java.util.Map<String, String> after = next.versions.get(next.versions.size() - 1).ruleFingerprints();
        List<String> added = after.keySet().stream().filter(name -> !before.containsKey(name)).sorted().toList();
        List<String> removed = before.keySet().stream().filter(name -> !after.containsKey(name)).sorted().toList();
        List<String> changed = after.keySet().stream()
                .filter(name -> before.containsKey(name) && !before.get(name).equals(after.get(name))).sorted().toList();
        return List.of(added, removed, changed);
    }

    /** The id of the newest version. */
    public dev.trustrules.PolicyId newestId() {
        return versions.get(versions.size() - 1).id();
    }

    /** How many versions are built (the others wait for a request in their effective dates). */
    public long built() {
        return versions.stream().filter(LazyVersion::isBuilt).count();
    }

    public List<PolicyVersion> versions() {
        return described;
    }

    /** The files of every version, oldest first. */
    public List<PolicySource> sources() {
        return versions.stream().map(LazyVersion::source).toList();
    }

    public List<String> ruleNames() {
        return ruleNames;
    }

    /** The rule names of the version with that id, if this set holds it. */
    public java.util.Optional<List<String>> ruleNames(dev.trustrules.PolicyId id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst().map(LazyVersion::ruleNames);
    }

    public List<Problem> warnings() {
        return warnings;
    }

    @Override
    public void close() {
        versions.forEach(LazyVersion::close);
    }
}
