package dev.trustrules.internal.run;

import dev.trustrules.internal.compile.DroolsCompiler;
import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.internal.verify.StrictRuleCheck;

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

    private CompiledPolicySet(List<CompiledPolicy> versions, Set<Problem> strictWarnings) {
        this.versions = List.copyOf(versions);
        this.described = versions.stream().map(v -> new PolicyVersion(v.id(), v.source().effectiveFrom())).toList();
        Set<String> names = new TreeSet<>();
        Set<Problem> allWarnings = new LinkedHashSet<>(strictWarnings);
        for (CompiledPolicy version : versions) {
            names.addAll(version.ruleNames());
            allWarnings.addAll(version.warnings());
        }
        this.ruleNames = List.copyOf(names);
        this.warnings = List.copyOf(allWarnings);
    }

    /**
     * Compiles every version (checking it strictly first if the settings say so); the problems of all
     * versions are reported together, each file under its real path.
     */
    public static CompiledPolicySet compile(List<PolicySource> sources, EngineSettings settings) {
        List<CompiledPolicy> compiled = new ArrayList<>();
        Set<Problem> problems = new LinkedHashSet<>();
        Set<Problem> strictWarnings = new LinkedHashSet<>();
        String origin = sources.get(0).origin();
        if (settings.strict()) {
            for (PolicySource source : sources) {
                for (Problem p : StrictRuleCheck.check(source)) {
                    Problem located = new Problem(source.displayPath(p.file()), p.line(), p.column(), p.severity(), p.message());
                    (located.isError() ? problems : strictWarnings).add(located);
                }
            }
        }
        for (PolicySource source : sources) {
            try {
                compiled.add(DroolsCompiler.compile(source, settings));
            } catch (PolicyBuildException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            compiled.forEach(CompiledPolicy::close);
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(strictWarnings);
            all.sort(java.util.Comparator.comparing(Problem::severity).thenComparing(Problem::file)
                    .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new PolicyBuildException(origin, all);
        }
        return new CompiledPolicySet(compiled, strictWarnings);
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
