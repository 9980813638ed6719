package dev.trustrules.internal.run;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import dev.trustrules.internal.compile.CompiledModels;
import dev.trustrules.internal.compile.GeneratedModel;
import dev.trustrules.internal.compile.ModelArchive;
import dev.trustrules.internal.compile.ModelGenerator;
import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.PolicyParser;
import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.internal.verify.Allowlist;
import dev.trustrules.internal.verify.AnalystChecks;
import dev.trustrules.internal.verify.BytecodeVerifier;
import dev.trustrules.internal.verify.PolicyShape;
import dev.trustrules.internal.verify.SourceUses;
import dev.trustrules.internal.verify.ViolationProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * Takes one version through the pipeline: parse, check its shape, compile it to the executable model
 * (or take the model precompiled for exactly its files), verify every generated class against the
 * sandbox, load it. In strict mode nothing is loaded that was not verified: here, or by the build of the
 * jar that ships it with the sandbox running now ({@link #verifiedWhenShipped}).
 */
public final class VersionBuilder {
    private VersionBuilder() {}

    /**
     * The built version.
     *
     * @throws PolicyBuildException with every problem found, root causes first
     */
    public static CompiledPolicy build(PolicySource source, EngineSettings settings) {
        return build(source, settings, settings.compiledModels().locate(source));
    }

    /**
     * The version, or a version that is built when a request first needs it, if its archive ships inside a
     * jar on the class path (the bundled default policy): that archive was checked strictly and verified by the build
     * of its jar, so nothing can fail later that would not have failed now, and a service pays at start only
     * for the versions its first requests fall in.
     */
    static LazyVersion prepare(PolicySource source, EngineSettings settings) {
        CompiledModels.Located located = settings.compiledModels().locate(source);
        if (located != null && located.shipped() && !EAGER) {
            // on a thread of its own like any build: if its archive cannot be read after all, the rule files are compiled
            return LazyVersion.deferred(source, located.header(),
                    () -> BuildThread.run(source.origin(), () -> build(source, settings, located)));
        }
        return LazyVersion.built(build(source, settings, located));
    }

    /** Builds every version at once, as before versions were built on demand: to compare start-up times. */
    static final boolean EAGER = Boolean.getBoolean("trustrules.versions.eager");

    /**
     * Whether an archive that ships inside a jar on the class path was verified by the very sandbox running
     * now, so that verifying its classes again would check nothing new: the jar is code the JVM already runs
     * unchecked, and the archive records the sandbox (allowlist and library version) that passed it when
     * the jar was built. An archive from anywhere else (a directory on the class path, a bundle, the disk
     * cache), or verified by another sandbox, is verified before it is loaded.
     */
    static boolean verifiedWhenShipped(boolean shipped, ModelArchive archive) {
        return shipped && archive.sandboxed() != null && !REVERIFY
                && archive.sandboxed().fingerprint().equals(Allowlist.standard().sandboxFingerprint());
    }

    /** Verifies shipped archives again even when their own sandbox was the running one: to compare start-up times. */
    static final boolean REVERIFY = Boolean.getBoolean("trustrules.precompiled.reverify");

    private static CompiledPolicy build(PolicySource source, EngineSettings settings, CompiledModels.Located located) {
        ModelArchive precompiled = located == null ? null : readable(located);
        ParsedPolicy parsed = null;
        List<Problem> sourceUses = List.of();
        GeneratedModel model;
        List<Problem> warnings;
        Map<String, String> fingerprints;
        if (precompiled != null) {
            model = precompiled.model();
            warnings = precompiled.warnings();
            fingerprints = precompiled.rules();
        } else {
            parsed = PolicyParser.parse(source, settings.strict());
            List<Problem> shape = new ArrayList<>(PolicyShape.check(parsed, settings.strict()));
            shape.addAll(AnalystChecks.check(parsed));
            warnings = shape.stream().filter(p -> !p.isError()).toList();
            // what the text names outside the allowlist: reported with what the compiled code shows, or alone if it does not compile
            sourceUses = settings.strict() ? SourceUses.check(parsed, Allowlist.standard()) : List.of();
            if (shape.stream().anyMatch(Problem::isError)) {
                shape.addAll(sourceUses);
                throw new PolicyBuildException(source.origin(), errorsFirst(new ArrayList<>(new java.util.LinkedHashSet<>(shape))));
            }
            try {
                model = ModelGenerator.generate(parsed);
            } catch (PolicyBuildException e) {
                if (sourceUses.isEmpty()) {
                    throw e;
                }
                throw new PolicyBuildException(source.origin(), withWarnings(sourceUses, warnings));
            }
            fingerprints = parsed.ruleFingerprints();
        }
        boolean fresh = precompiled == null;
        Map<String, String> ruleOfClass = new HashMap<>();
        if (precompiled != null && verifiedWhenShipped(located.shipped(), precompiled)) {
            precompiled.sandboxed().ruleOfClass().forEach((type, rule) -> ruleOfClass.put(type.replace('/', '.'), rule));
            return load(source, settings, model, warnings, true, ruleOfClass, fingerprints);
        }
        BytecodeVerifier.Report report = new BytecodeVerifier(Allowlist.standard()).verify(model.classes());
        if (settings.strict() && (!report.violations().isEmpty() || !sourceUses.isEmpty())) {
            if (parsed == null) {
                parsed = PolicyParser.parse(source, settings.strict());
            }
            List<Problem> problems = new ArrayList<>(sourceUses);
            for (Problem violation : ViolationProblems.of(report, parsed)) {
                boolean sameLine = sourceUses.stream().anyMatch(p -> p.file().equals(violation.file()) && p.line() == violation.line());
                if (!sameLine) {
                    problems.add(violation);
                }
            }
            throw new PolicyBuildException(source.origin(), withWarnings(problems, warnings));
        }
        if (fresh && settings.strict()) { // only what passed the sandbox is kept for later builds
            settings.compiledModels().store(source, new ModelArchive(source.sha256(), ModelArchive.runningDrools(), model,
                    warnings, fingerprints));
        }
        report.ruleOfClass().forEach((type, rule) -> ruleOfClass.put(type.replace('/', '.'), rule));
        return load(source, settings, model, warnings, precompiled != null, ruleOfClass, fingerprints);
    }

    /**
     * The archive located, or null if it cannot be read after all (a shipped archive's header was read, its
     * classes are read now): the rule files are then compiled, as when no archive is found.
     */
    private static ModelArchive readable(CompiledModels.Located located) {
        try {
            return located.archive();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static CompiledPolicy load(PolicySource source, EngineSettings settings, GeneratedModel model, List<Problem> warnings,
            boolean precompiled, Map<String, String> ruleOfClass, Map<String, String> fingerprints) {
        KieBase base = ModelLoader.load(model);
        PolicyId id = new PolicyId(source.name(), source.version(), source.sha256());
        CompiledPolicy compiled = new CompiledPolicy(id, source, base, warnings, settings, precompiled, ruleOfClass,
                fingerprints);
        if (compiled.ruleNames().isEmpty()) {
            compiled.close();
            throw new PolicyBuildException(source.origin(), List.of(new Problem("(policy)", 0, 0, Problem.Severity.ERROR,
                    "version " + source.version() + " has no rules: its files (" + String.join(", ", source.ruleFiles().keySet())
                            + ") declare no rule, and a policy without rules would deny every claim")));
        }
        return compiled;
    }

    private static List<Problem> withWarnings(List<Problem> errors, List<Problem> warnings) {
        List<Problem> all = new ArrayList<>(errors);
        all.addAll(warnings);
        return errorsFirst(all);
    }

    private static List<Problem> errorsFirst(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparing(Problem::severity).thenComparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return sorted;
    }
}
