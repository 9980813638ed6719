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
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One built version of a policy: its identity, its Drools knowledge base and a pool of sessions.
 * Thread-safe: each evaluation has a session to itself.
 */
public final class CompiledPolicy implements AutoCloseable {
    private final PolicyId id;
    private final PolicySource source;
    @SuppressWarnings("unused") // held so the knowledge base's container lives as long as the policy
    private final KieContainer container;
    private final List<Problem> warnings;
    private final EngineSettings settings;
    private final SessionPool pool;
    private final List<String> ruleNames;
    private final boolean precompiled;

    public CompiledPolicy(PolicyId id, PolicySource source, KieContainer container, KieBase base, List<Problem> warnings,
            EngineSettings settings, boolean precompiled) {
        this.precompiled = precompiled;
        this.id = id;
        this.source = source;
        this.container = container;
        this.warnings = warnings;
        this.settings = settings;
        this.pool = new SessionPool(base, LimitsGlobals.of(base, source), settings.maxIdleSessions());
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

    /** The names of every rule in the policy, sorted. */
    public List<String> ruleNames() {
        return ruleNames;
    }

    /** Whether the knowledge base came from a {@link PrecompiledModel} rather than from compiling DRL. */
    public boolean precompiled() {
        return precompiled;
    }

    public EngineSettings settings() {
        return settings;
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
            List<Object> facts = new ArrayList<>(12);
            facts.add(new EvaluationTime(at));
            addIfPresent(facts, request.order());
            addIfPresent(facts, request.buyer());
            addIfPresent(facts, request.shop());
            addIfPresent(facts, request.claim());
            addIfPresent(facts, request.violation());
            addIfPresent(facts, request.listing());
            addIfPresent(facts, request.application());
            addIfPresent(facts, request.brand());
            for (var type : request.entitlementsAsked()) {
                facts.add(new ClaimedEntitlement(type));
            }
            InsertionOrder.arrange(facts);
            for (Object fact : facts) {
                pooled.insertInput(fact);
            }
            fired = session.fireAllRules(settings.maxRuleFirings());
        } catch (RuntimeException e) {
            throw ruleFailure(e);
        }
        if (fired >= settings.maxRuleFirings()) {
            throw new EvaluationException("policy " + id + " stopped: its rules reached the cap of "
                    + settings.maxRuleFirings() + " rule firings in one evaluation, so they loop; most fired: "
                    + mostFired(pooled.collector.firings()), mostFiredRule(pooled.collector.firings()), null);
        }
        return DecisionAssembler.assemble(id, at, request, pooled.collector);
    }

    private static void addIfPresent(List<Object> facts, Object fact) {
        if (fact != null) {
            facts.add(fact);
        }
    }

    private EvaluationException ruleFailure(RuntimeException e) {
        String rule = null;
        for (Throwable t = e; t != null && rule == null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                rule = consequence.getMatch().getRule().getName();
            }
        }
        if (rule == null) {
            rule = RuleNames.fromMessage(e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        String message = rule == null
                ? "policy " + id + " failed to evaluate: " + what
                : "rule \"" + rule + "\" of policy " + id + " failed: " + what;
        return new EvaluationException(message, rule, e);
    }

    private static String mostFired(Map<String, int[]> firings) {
        return firings.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(3)
                .map(e -> "\"" + e.getKey() + "\" x" + e.getValue()[0])
                .collect(Collectors.joining(", "));
    }

    private static String mostFiredRule(Map<String, int[]> firings) {
        return firings.entrySet().stream()
                .min(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Disposes the idle sessions; evaluations in flight finish, and their sessions are disposed when given back. */
    @Override
    public void close() {
        pool.close();
    }
}
