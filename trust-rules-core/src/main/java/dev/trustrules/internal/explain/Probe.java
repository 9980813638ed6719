package dev.trustrules.internal.explain;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import dev.trustrules.internal.compile.GeneratedModel;
import dev.trustrules.internal.compile.ModelArchive;
import dev.trustrules.internal.compile.ModelGenerator;
import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.ParsedPolicy.ParsedFile;
import dev.trustrules.internal.compile.PolicyParser;
import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.internal.run.CompiledPolicy;
import dev.trustrules.internal.run.EngineSettings;
import dev.trustrules.internal.run.ModelLoader;
import dev.trustrules.internal.verify.Allowlist;
import dev.trustrules.internal.verify.AnalystChecks;
import dev.trustrules.internal.verify.BytecodeVerifier;
import dev.trustrules.internal.verify.PolicyShape;
import dev.trustrules.internal.verify.SourceUses;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * The rules that nearly fired, found by the engine itself. For each rule of interest, the probe policy has
 * one variant per condition, with that condition dropped and every pattern bound (a dropped {@code not X}
 * becomes a bound {@code X}, to name the fact that made it false); every variant's consequence is empty.
 * Run on the facts an explanation run ended with (the request's and every fact the rules derived), a
 * variant that matches while its rule did not fire is a near miss: all its rule's conditions but the
 * dropped one held.
 *
 * <p>The probe is the policy's own verified text (its declarations, functions and globals, its rules
 * removed) plus the variants, which are the rules' own conditions recombined: it is built through the same
 * stages as a policy (parse, shape, the analyst's checks, the source's uses, code generation, the bytecode
 * sandbox), so it can do nothing the policy could not. Its declared types are not defined again: they are
 * the explained version's own classes, so the probe matches that version's facts.
 */
final class Probe {
    /** The prefix of the bindings a probe adds. */
    static final String BINDING_PREFIX = "$__";
    private static final String VARIANT = " ~probe ";
    /** The probe models compiled last in this JVM, by the SHA-256 of their text. */
    private static final Map<String, ModelArchive> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ModelArchive> eldest) {
            return size() > 16;
        }
    };

    /** A variant: {@code rule} without {@code condition}. */
    record Variant(String name, RuleText rule, RuleText.Condition condition) {}

    /**
     * A variant's first match.
     *
     * @param facts the fact each pattern element matched, by element index
     * @param declarations the match's bindings
     * @param matched for a dropped {@code not}, the fact that made it false
     */
    record Hit(Variant variant, Map<Integer, Object> facts, Map<String, Object> declarations, Object matched) {}

    private final KieBase base;
    private final Map<String, Variant> variants;
    private final int maxFirings;

    private Probe(KieBase base, Map<String, Variant> variants, int maxFirings) {
        this.base = base;
        this.variants = variants;
        this.maxFirings = maxFirings;
    }

    /**
     * The probe for {@code rules} of {@code version}.
     *
     * @throws PolicyBuildException if the probe does not pass the stages a policy passes
     */
    static Probe build(CompiledPolicy version, PolicyText text, Set<String> rules) {
        EngineSettings settings = version.settings();
        Map<String, Variant> variants = new LinkedHashMap<>();
        Map<String, byte[]> files = new TreeMap<>();
        for (ParsedFile file : text.parsed.files()) {
            StringBuilder drl = new StringBuilder(withoutRules(file));
            for (RuleDescr descr : file.descr().getRules()) {
                RuleText rule = text.rules.get(descr.getName());
                if (rule == null || rule.file != file || !rules.contains(rule.name)) {
                    continue;
                }
                List<RuleText.Condition> conditions = rule.conditions();
                for (int k = 0; k < conditions.size(); k++) {
                    Variant variant = new Variant(rule.name + VARIANT + (k + 1), rule, conditions.get(k));
                    variants.put(variant.name(), variant);
                    drl.append('\n').append(variantText(variant));
                }
            }
            String path = file.path().endsWith(".drl") ? file.path() : file.path() + ".drl";
            files.put(path, drl.toString().getBytes(StandardCharsets.UTF_8));
        }
        PolicySource original = version.source();
        PolicySource source = new PolicySource(original.origin() + " (explain probe)", original.name(), original.version(),
                original.currency(), original.effectiveFrom(), new TreeMap<>(files), Map.of());
        GeneratedModel model = verifiedModel(source, settings);
        Set<String> shared = new HashSet<>(text.declaredTypes());
        KieBase base = ModelLoader.load(model, text.loader(), shared);
        return new Probe(base, Collections.unmodifiableMap(variants), settings.maxRuleFirings());
    }

    /**
     * The probe's model, through the stages every policy goes through; in strict mode nothing unverified is
     * returned. A model compiled earlier in this JVM from the same text (a policy built again, a reload that
     * left these rules unchanged) or found in the policy's compiled models is verified again, not compiled.
     */
    private static GeneratedModel verifiedModel(PolicySource source, EngineSettings settings) {
        String key = source.sha256() + (settings.strict() ? " strict" : "");
        ModelArchive cached;
        synchronized (RECENT) {
            cached = RECENT.get(key);
        }
        if (cached == null) {
            cached = settings.compiledModels().find(source);
        }
        GeneratedModel model;
        List<Problem> warnings = List.of();
        if (cached != null) {
            model = cached.model();
        } else {
            ParsedPolicy parsed = PolicyParser.parse(source, settings.strict());
            List<Problem> problems = new ArrayList<>(PolicyShape.check(parsed, settings.strict()));
            problems.addAll(AnalystChecks.check(parsed));
            warnings = problems.stream().filter(p -> !p.isError()).toList();
            problems.removeIf(p -> !p.isError());
            if (settings.strict()) {
                problems.addAll(SourceUses.check(parsed, Allowlist.standard()));
            }
            if (!problems.isEmpty()) {
                throw new PolicyBuildException(source.origin(), problems);
            }
            model = ModelGenerator.generate(parsed);
        }
        BytecodeVerifier.Report report = new BytecodeVerifier(Allowlist.standard()).verify(model.classes());
        if (settings.strict() && !report.violations().isEmpty()) {
            throw new PolicyBuildException(source.origin(), List.of(new Problem("(explain probe)", 0, 0, Problem.Severity.ERROR,
                    report.violations().size() + " uses outside the sandbox, first: " + report.violations().get(0))));
        }
        ModelArchive archive = cached != null ? cached : new ModelArchive(source.sha256(), ModelArchive.runningDrools(), model, warnings,
                Map.of());
        if (cached == null && settings.strict()) {
            settings.compiledModels().store(source, archive);
        }
        synchronized (RECENT) {
            RECENT.put(key, archive);
        }
        return model;
    }

    /** The file's DRL with every rule's lines blanked: its package, imports, globals, declarations and functions. */
    private static String withoutRules(ParsedFile file) {
        String[] lines = file.drl().split("\n", -1);
        for (RuleDescr rule : file.descr().getRules()) {
            for (int i = Math.max(1, rule.getLine()); i <= Math.min(Math.max(rule.getLine(), rule.getEndLine()), lines.length); i++) {
                lines[i - 1] = "";
            }
        }
        return String.join("\n", lines);
    }

    /** A variant as DRL: the rule's conditions with one dropped, every pattern bound, an empty consequence. */
    static String variantText(Variant variant) {
        RuleText rule = variant.rule();
        RuleText.Condition dropped = variant.condition();
        StringBuilder drl = new StringBuilder("rule \"").append(variant.name()).append("\"\nwhen\n");
        for (RuleText.Element element : rule.elements) {
            boolean droppedWhole = dropped.constraint() < 0 && dropped.element() == element.index();
            if (element instanceof RuleText.PatternElement pattern) {
                drl.append("    ").append(patternText(pattern, droppedWhole ? -2 : dropped.element() == pattern.index()
                        ? dropped.constraint() : -1)).append('\n');
            } else if (element instanceof RuleText.OtherElement other) {
                if (!droppedWhole) {
                    drl.append("    ").append(other.text()).append('\n');
                } else if (other.kind().equals("not") && other.single() != null) {
                    drl.append("    ").append(BINDING_PREFIX).append("n : ").append(other.single().text()).append('\n');
                }
            }
        }
        return drl.append("then\nend\n").toString();
    }

    /** A pattern, bound, without its constraint {@code drop} (-1: none). */
    private static String patternText(RuleText.PatternElement pattern, int drop) {
        String binding = pattern.binding() != null ? pattern.binding() : BINDING_PREFIX + "p" + pattern.index();
        if (pattern.verbatim()) {
            return (pattern.binding() != null ? "" : binding + " : ") + pattern.text();
        }
        List<String> constraints = new ArrayList<>();
        for (int i = 0; i < pattern.constraints().size(); i++) {
            RuleText.Constraint constraint = pattern.constraints().get(i);
            String kept = i == drop ? constraint.withoutCondition() : constraint.text();
            if (kept != null) {
                constraints.add(kept);
            }
        }
        return binding + " : " + pattern.type() + "(" + String.join(", ", constraints) + ")";
    }

    /** Runs the variants on the facts and limits {@code run} ended with: each variant's first match, by rule. */
    Map<String, List<Hit>> run(ExplainRun run) {
        KieSession session = base.newKieSession();
        Map<String, List<Hit>> hits = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        try {
            run.globals.forEach((name, value) -> {
                try {
                    session.setGlobal(name, value);
                } catch (RuntimeException e) {
                    // a global the probe does not declare
                }
            });
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Match match = event.getMatch();
                    Variant variant = variants.get(match.getRule().getName());
                    if (variant == null || !seen.add(variant.name())) {
                        return;
                    }
                    Map<String, Object> declarations = new LinkedHashMap<>();
                    for (String id : match.getDeclarationIds()) {
                        try {
                            declarations.put(id, match.getDeclarationValue(id));
                        } catch (RuntimeException e) {
                            // a binding the executable model cannot read back
                        }
                    }
                    Map<Integer, Object> facts = new LinkedHashMap<>();
                    for (RuleText.Element element : variant.rule().elements) {
                        if (element instanceof RuleText.PatternElement pattern) {
                            String binding = pattern.binding() != null ? pattern.binding() : BINDING_PREFIX + "p" + pattern.index();
                            if (declarations.containsKey(binding)) {
                                facts.put(pattern.index(), declarations.get(binding));
                            }
                        }
                    }
                    Object matched = declarations.get(BINDING_PREFIX + "n");
                    hits.computeIfAbsent(variant.rule().name, r -> new ArrayList<>())
                            .add(new Hit(variant, facts, declarations, matched));
                }
            });
            for (Object fact : run.finalFacts) {
                session.insert(fact);
            }
            session.fireAllRules(maxFirings);
        } finally {
            session.dispose();
        }
        return hits;
    }

    /** The number of variants, for tests and measurements. */
    int size() {
        return variants.size();
    }
}
