package dev.trustrules.internal;

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
    private final List<CompiledPolicy> versions;
    private final List<PolicyVersion> described;
    private final List<String> ruleNames;
    private final List<Problem> warnings;

    private CompiledPolicySet(List<CompiledPolicy> versions) {
        this.versions = List.copyOf(versions);
        this.described = versions.stream().map(v -> new PolicyVersion(v.id(), v.source().effectiveFrom())).toList();
        Set<String> names = new TreeSet<>();
        Set<Problem> allWarnings = new LinkedHashSet<>();
        for (CompiledPolicy version : versions) {
            names.addAll(version.ruleNames());
            allWarnings.addAll(version.warnings());
        }
        this.ruleNames = List.copyOf(names);
        this.warnings = List.copyOf(allWarnings);
    }

    /** Compiles every version; the problems of all versions are reported together. */
    public static CompiledPolicySet compile(List<PolicySource> sources, EngineSettings settings) {
        List<CompiledPolicy> compiled = new ArrayList<>();
        Set<Problem> problems = new LinkedHashSet<>();
        String origin = sources.get(0).origin();
        for (PolicySource source : sources) {
            try {
                compiled.add(DroolsCompiler.compile(source, settings));
            } catch (PolicyBuildException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            compiled.forEach(CompiledPolicy::close);
            throw new PolicyBuildException(origin, new ArrayList<>(problems));
        }
        return new CompiledPolicySet(compiled);
    }

    /** The version in force at {@code time}. */
    public CompiledPolicy at(Instant time) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            Instant from = versions.get(i).source().effectiveFrom();
            if (from == null || !time.isBefore(from)) {
                return versions.get(i);
            }
        }
        throw new EvaluationException("no version of policy " + versions.get(0).id().name() + " is in force at " + time
                + "; the first takes effect " + versions.get(0).source().effectiveFrom());
    }

    public CompiledPolicy newest() {
        return versions.get(versions.size() - 1);
    }

    public List<PolicyVersion> versions() {
        return described;
    }

    public List<String> ruleNames() {
        return ruleNames;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    @Override
    public void close() {
        versions.forEach(CompiledPolicy::close);
    }
}
