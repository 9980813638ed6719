package dev.trustrules.internal.run;

import dev.trustrules.internal.load.PolicySource;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import dev.trustrules.TrustRequest;
import dev.trustrules.rules.ClaimedEntitlement;
import dev.trustrules.rules.EvaluationTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One built version of a policy: its identity, its Drools knowledge base and a pool of sessions.
 * Thread-safe: each evaluation has a session to itself.
 */
public final class CompiledPolicy implements AutoCloseable {
    private final PolicyId id;
    private final PolicySource source;
    private final List<Problem> warnings;
    private final EngineSettings settings;
    private final SessionPool pool;
    private final List<String> ruleNames;
    private final boolean precompiled;
    private final Map<String, String> ruleOfClass;
    private final Map<String, String> ruleFingerprints;
    private final KieBase base;
    private final LimitsGlobals globals;

    /**
     * @param ruleOfClass the rule each generated class belongs to, by binary name, to name the rule of a
     *     failure that no Drools message names (a stack overflow in a condition)
     */
    public CompiledPolicy(PolicyId id, PolicySource source, KieBase base, List<Problem> warnings, EngineSettings settings,
            boolean precompiled, Map<String, String> ruleOfClass, Map<String, String> ruleFingerprints) {
        this.ruleFingerprints = Map.copyOf(ruleFingerprints);
        this.precompiled = precompiled;
        this.id = id;
        this.source = source;
        this.warnings = List.copyOf(warnings);
        this.settings = settings;
        this.ruleOfClass = Map.copyOf(ruleOfClass);
        this.base = base;
        this.globals = LimitsGlobals.of(base, source);
        this.pool = new SessionPool(base, globals, settings.maxIdleSessions(), settings.maxRuleFirings());
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                names.add(rule.getName());
            }
        }
        names.sort(Comparator.naturalOrder());
        this.ruleNames = List.copyOf(names);
    }

    public PolicyId id() {
        return id;
    }

    public PolicySource source() {
        return source;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    /** A fingerprint of each rule's text by rule name: equal fingerprints mean an unedited rule. */
    public Map<String, String> ruleFingerprints() {
        return ruleFingerprints;
    }

    /** The names of every rule in the policy, sorted. */
    public List<String> ruleNames() {
        return ruleNames;
    }

    /** Whether the knowledge base came from a model compiled at build time rather than from the rule files. */
    public boolean precompiled() {
        return precompiled;
    }

    public EngineSettings settings() {
        return settings;
    }

    /** The version's knowledge base, for the explain path (which reads its packages and declared types). */
    public KieBase knowledgeBase() {
        return base;
    }

    /**
     * A new session of this version with fresh limits, for the explain path: never a pooled one, so an
     * explanation's listeners never reach a session that decides; the caller disposes it.
     */
    public KieSession newSession() {
        KieSession session = base.newKieSession();
        globals.setOn(session);
        return session;
    }

    /** Decides {@code request} as of {@code at}. */
    public Decision evaluate(TrustRequest request, Instant at) {
        requireCurrency("order.currency", request.order() == null ? null : request.order().currency());
        requireCurrency("listing.currency", request.listing() == null ? null : request.listing().currency());
        PooledSession session = pool.take();
        boolean healthy = false;
        try {
            Decision decision = run(session, request, at);
            healthy = true;
            return decision;
        } finally {
            if (healthy) {
                try {
                    session.clear();
                } catch (RuntimeException e) {
                    healthy = false;
                }
            }
            if (healthy) {
                pool.giveBack(session);
            } else {
                pool.discard(session);
            }
        }
    }

    private void requireCurrency(String field, String currency) {
        if (currency != null && !currency.equals(source.currency())) {
            throw new EvaluationException(field + " is " + currency + ", but policy " + id + " decides amounts in "
                    + source.currency() + " only; amounts in different currencies are never compared");
        }
    }

    private Decision run(PooledSession pooled, TrustRequest request, Instant at) {
        var session = pooled.session;
        int fired;
        try {
            pooled.stage(new EvaluationTime(at));
            pooled.stage(request.order());
            pooled.stage(request.buyer());
            pooled.stage(request.shop());
            pooled.stage(request.claim());
            pooled.stage(request.violation());
            pooled.stage(request.listing());
            pooled.stage(request.application());
            pooled.stage(request.brand());
            pooled.stage(request.creator());
            pooled.stage(request.shopScores());
            pooled.stage(request.reports());
            for (var type : request.entitlementsAsked()) {
                pooled.stage(new ClaimedEntitlement(type));
            }
            pooled.insertStaged();
            fired = session.fireAllRules(settings.maxRuleFirings());
        } catch (EvaluationException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
                throw e; // the JVM itself is broken (InternalError): nothing a policy did
            }
            // whatever rule code throws fails this evaluation (its session is discarded), not the caller's thread
            throw ruleFailure(e, pooled.collector.firing());
        }
        if (fired >= settings.maxRuleFirings()) {
            throw capReached(pooled.collector.firings());
        }
        return DecisionAssembler.assemble(id, source.currency(), at, request, pooled.collector);
    }

    private EvaluationException ruleFailure(Throwable e, String firing) {
        String rule = null;
        for (Throwable t = e; t != null && rule == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                rule = consequence.getMatch().getRule().getName();
            }
        }
        if (rule == null) {
            rule = firing;
        }
        if (rule == null) {
            rule = RuleNames.fromMessage(e);
        }
        if (rule == null) {
            rule = ruleInStack(e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root instanceof StackOverflowError ? "StackOverflowError: it called itself without end"
                : root instanceof OutOfMemoryError ? "OutOfMemoryError: it allocated more memory than the JVM has"
                : root instanceof OutcomeCollector.FactCapReached ? root.getMessage() + ", so they loop or join without end"
                : root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        String message = rule == null
                ? "policy " + id + " failed to evaluate: " + what
                : "rule \"" + rule + "\" of policy " + id + " failed: " + what;
        return new EvaluationException(message, rule, e);
    }

    /** The rule of the first generated class on the stack of {@code e} (a condition's code, which no message names). */
    private String ruleInStack(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String rule = ruleOfClass.get(frame.getClassName());
                if (rule != null) {
                    return rule;
                }
            }
        }
        return null;
    }

    /**
     * The failure of an evaluation that reached the firing cap: a loop when a few rules took most of the
     * firings (each re-activating itself or the others), a large policy when the firings were spread.
     */
    private EvaluationException capReached(Map<String, int[]> firings) {
        List<Map.Entry<String, int[]>> byCount = firings.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .toList();
        int cap = settings.maxRuleFirings();
        int topThree = byCount.stream().limit(3).mapToInt(e -> e.getValue()[0]).sum();
        String top = byCount.stream().limit(3).map(e -> "\"" + e.getKey() + "\" x" + e.getValue()[0])
                .collect(Collectors.joining(", "));
        String rule = byCount.isEmpty() ? null : byCount.get(0).getKey();
        if (topThree * 2 >= cap) {
            return new EvaluationException("policy " + id + " stopped: its rules reached the cap of " + cap + " rule firings in "
                    + "one evaluation because they loop, re-activating each other: " + top + "; a rule that changes a fact its "
                    + "own conditions match needs no-loop, or a condition that the change makes false", rule, null);
        }
        return new EvaluationException("policy " + id + " stopped: its rules reached the cap of " + cap + " rule firings in one "
                + "evaluation, spread over " + firings.size() + " rules (most: " + top + "): no rule loops, the policy is "
                + "large for this request; raise maxRuleFirings if that is expected", rule, null);
    }

    /** Disposes the idle sessions; evaluations in flight finish, and their sessions are disposed when given back. */
    @Override
    public void close() {
        pool.close();
    }
}
