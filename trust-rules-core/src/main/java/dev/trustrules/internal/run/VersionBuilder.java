package dev.trustrules.internal.run;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import dev.trustrules.internal.compile.GeneratedModel;
import dev.trustrules.internal.compile.ModelArchive;
import dev.trustrules.internal.compile.ModelGenerator;
import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.PolicyParser;
import dev.trustrules.internal.compile.PrecompiledModel;
import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.internal.verify.Allowlist;
import dev.trustrules.internal.verify.AnalystChecks;
import dev.trustrules.internal.verify.BytecodeVerifier;
import dev.trustrules.internal.verify.PolicyShape;
import dev.trustrules.internal.verify.ViolationProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * Takes one version through the pipeline: parse, check its shape, compile it to the executable model
 * (or take the model precompiled for exactly its files), verify every generated class against the
 * sandbox, load it. In strict mode nothing is loaded that was not verified.
 */
public final class VersionBuilder {
    private VersionBuilder() {}

    /**
     * The built version.
     *
     * @throws PolicyBuildException with every problem found, root causes first
     */
    public static CompiledPolicy build(PolicySource source, EngineSettings settings) {
        ModelArchive precompiled = PrecompiledModel.find(source, settings.precompiledModels());
        ParsedPolicy parsed = null;
        GeneratedModel model;
        List<Problem> warnings;
        Map<String, String> fingerprints;
        if (precompiled != null) {
            model = precompiled.model();
            warnings = precompiled.warnings();
            fingerprints = precompiled.rules();
        } else {
            parsed = PolicyParser.parse(source);
            List<Problem> shape = new ArrayList<>(PolicyShape.check(parsed, settings.strict()));
            shape.addAll(AnalystChecks.check(parsed));
            warnings = shape.stream().filter(p -> !p.isError()).toList();
            if (shape.stream().anyMatch(Problem::isError)) {
                throw new PolicyBuildException(source.origin(), errorsFirst(shape));
            }
            model = ModelGenerator.generate(parsed);
            fingerprints = parsed.ruleFingerprints();
        }
        BytecodeVerifier.Report report = new BytecodeVerifier(Allowlist.standard()).verify(model.classes());
        if (settings.strict() && !report.violations().isEmpty()) {
            if (parsed == null) {
                parsed = PolicyParser.parse(source);
            }
            List<Problem> problems = new ArrayList<>(ViolationProblems.of(report, parsed));
            problems.addAll(warnings);
            throw new PolicyBuildException(source.origin(), problems);
        }
        KieBase base = ModelLoader.load(model);
        Map<String, String> ruleOfClass = new HashMap<>();
        report.ruleOfClass().forEach((type, rule) -> ruleOfClass.put(type.replace('/', '.'), rule));
        PolicyId id = new PolicyId(source.name(), source.version(), source.sha256());
        CompiledPolicy compiled = new CompiledPolicy(id, source, base, warnings, settings, precompiled != null, ruleOfClass,
                fingerprints);
        if (compiled.ruleNames().isEmpty()) {
            compiled.close();
            throw new PolicyBuildException(source.origin(), List.of(new Problem("(policy)", 0, 0, Problem.Severity.ERROR,
                    "version " + source.version() + " has no rules: its files (" + String.join(", ", source.ruleFiles().keySet())
                            + ") declare no rule, and a policy without rules would deny every claim")));
        }
        return compiled;
    }

    private static List<Problem> errorsFirst(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparing(Problem::severity).thenComparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return sorted;
    }
}
