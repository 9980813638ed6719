package dev.trustrules.internal.explain;

import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.PolicyBuildException;
import dev.trustrules.Sanction;
import dev.trustrules.Standing;
import dev.trustrules.Traffic;
import dev.trustrules.TrustRequest;
import dev.trustrules.explain.Calculation;
import dev.trustrules.explain.Condition;
import dev.trustrules.explain.DenialExplanation;
import dev.trustrules.explain.Explanation;
import dev.trustrules.explain.FiredRule;
import dev.trustrules.explain.GrantExplanation;
import dev.trustrules.rules.Amounts;
import dev.trustrules.rules.ClaimedEntitlement;
import dev.trustrules.rules.DenyEntitlement;
import dev.trustrules.rules.GrantEntitlement;
import dev.trustrules.internal.run.CompiledPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Explains a decision: runs the request again with every firing recorded ({@link ExplainRun}), traces each
 * granted amount ({@link AmountTracer}), shows the conditions of each denial and, from the policy's probe
 * ({@link Probe}), the thresholds each entitlement passed and the rules that nearly fired.
 */
public final class Explainer {
    private Explainer() {}

    /**
     * The explanation of {@code decision}, which {@code version} made for {@code request} at {@code at}.
     *
     * @param nearMisses whether to look for thresholds passed and near misses (which needs the probe)
     */
    public static Explanation explain(CompiledPolicy version, TrustRequest request, Instant at, Decision decision, boolean nearMisses) {
        ExplainCache cache = ExplainCache.of(version);
        List<String> caveats = new ArrayList<>();
        PolicyText text;
        try {
            text = cache.text(version);
        } catch (PolicyBuildException e) {
            caveats.add("only the rules fired are shown: the rule files of " + version.id() + " could not be read again: "
                    + (e.problems().isEmpty() ? e.getMessage() : e.problems().get(0)));
            return new Explanation(decision, List.of(), List.of(), List.of(), rulesFired(decision), caveats);
        }
        String currency = version.source().currency();
        try (ExplainRun run = ExplainRun.run(version, request, at)) {
            Map<String, List<Probe.Hit>> hits = Map.of();
            Set<String> relevant = relevant(text, request);
            if (nearMisses && !relevant.isEmpty()) {
                ExplainCache.ProbeOrRefusal probe = cache.probe(version, text, relevant);
                if (probe.probe() != null) {
                    hits = probe.probe().run(run);
                } else {
                    caveats.add(probe.refusal());
                }
            }
            Explaining explaining = new Explaining(text, run, currency, relevant, hits, nearMisses);
            List<GrantExplanation> grants = new ArrayList<>();
            for (Entitlement granted : decision.entitlements()) {
                try {
                    grants.add(explaining.grant(granted));
                } catch (RuntimeException e) {
                    caveats.add("the grant of " + granted.type() + " is shown without its arithmetic and thresholds: explaining it failed: " + e);
                    grants.add(explaining.untraced(granted));
                }
            }
            List<DenialExplanation> denials = new ArrayList<>();
            for (Denial denial : decision.denials()) {
                try {
                    denials.add(explaining.denial(denial));
                } catch (RuntimeException e) {
                    caveats.add("the denial of " + denial.type() + " is shown without its conditions: explaining it failed: " + e);
                    denials.add(new DenialExplanation(denial.type(), denial.rule(), denial.reason(), denial.detail(), List.of(), List.of()));
                }
            }
            List<Condition> misses;
            try {
                misses = explaining.nearMisses(request);
            } catch (RuntimeException e) {
                caveats.add("near misses are not shown: explaining them failed: " + e);
                misses = List.of();
            }
            return new Explanation(decision, grants, denials, misses, rulesFired(decision), caveats);
        }
    }

    /**
     * The rules an explanation of {@code request} looks at for near misses: those of the policy's rule files
     * (not its decision tables, whose rows are look-ups) whose facts the request has, which do not require a
     * fact of the request to be absent, and which are about the entitlements the request asks for (all of
     * them at checkout, when nothing is asked), or about none.
     */
    static Set<String> relevant(PolicyText text, TrustRequest request) {
        Set<Class<?>> present = new HashSet<>();
        for (Object fact : ExplainRun.facts(request, Instant.EPOCH)) {
            present.add(fact.getClass());
        }
        Set<EntitlementType> asked = request.entitlementsAsked();
        Set<EntitlementType> ofInterest = !asked.isEmpty() ? asked
                : request.order() != null ? EnumSet.allOf(EntitlementType.class) : EnumSet.noneOf(EntitlementType.class);
        Set<String> relevant = new TreeSet<>();
        for (RuleText rule : text.rules.values()) {
            if (!rule.fromTable && isAbout(rule, text, present, asked, ofInterest)) {
                relevant.add(rule.name);
            }
        }
        return relevant;
    }

    private static boolean isAbout(RuleText rule, PolicyText text, Set<Class<?>> present, Set<EntitlementType> asked,
            Set<EntitlementType> ofInterest) {
        var types = text.types(rule.file);
        for (RuleText.Element element : rule.elements) {
            if (element instanceof RuleText.PatternElement pattern) {
                Class<?> type = types.apply(pattern.type());
                if (type == ClaimedEntitlement.class) {
                    if (asked.isEmpty() || !asked.containsAll(rule.claimed)) {
                        return false;
                    }
                } else if (type != null && RuleSource.inputTypes().contains(type) && !present.contains(type)) {
                    return false;
                }
            } else if (element instanceof RuleText.OtherElement other && other.kind().equals("not") && other.single() != null
                    && other.single().constraints().isEmpty()) {
                Class<?> type = types.apply(other.single().type());
                if (type != null && RuleSource.inputTypes().contains(type) && present.contains(type)) {
                    return false;
                }
            }
        }
        return rule.mentioned.isEmpty() || rule.mentioned.stream().anyMatch(ofInterest::contains);
    }

    /** Every fired rule with what it produced in words, in the order they fired. */
    public static List<FiredRule> rulesFired(Decision d) {
        Map<String, List<String>> produced = new LinkedHashMap<>();
        for (String rule : d.firedRules()) {
            produced.put(rule, new ArrayList<>());
        }
        for (Guarantee x : d.guarantees()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("guarantee " + x.type() + " (" + x.reason() + ")");
        }
        for (Entitlement x : d.entitlements()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("granted " + x.type() + ": refund "
                    + Amounts.format(x.refundFen(), x.currency()) + " + payout " + Amounts.format(x.payoutFen(), x.currency())
                    + ", paid by " + x.payer() + (x.returnRequired() ? ", goods returned" : ", goods kept")
                    + " (" + x.reason() + ")");
        }
        for (Denial x : d.denials()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("denied " + x.type() + " (" + x.reason() + ")");
        }
        for (Sanction x : d.sanctions()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("sanction " + x.type()
                    + (x.days() > 0 ? " " + x.days() + " days" : "") + (x.points() > 0 ? " " + x.points() + " points" : "")
                    + " (" + x.reason() + ")");
        }
        for (Standing x : d.standings()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("standing of " + x.actor() + " " + x.actorId() + ": "
                    + x.tier() + " (" + x.reason() + ")" + (x.detail().isEmpty() ? "" : ": " + x.detail()));
        }
        for (Traffic x : d.traffic()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("traffic of " + x.actor() + " " + x.actorId() + ": "
                    + x.weight() + " (" + x.reason() + ")" + (x.detail().isEmpty() ? "" : ": " + x.detail()));
        }
        List<FiredRule> rules = new ArrayList<>();
        produced.forEach((rule, what) -> rules.add(new FiredRule(rule, List.copyOf(what))));
        return rules;
    }

    /** One explanation in the making. */
    private static final class Explaining {
        private final PolicyText text;
        private final ExplainRun run;
        private final Set<String> relevant;
        private final Map<String, List<Probe.Hit>> hits;
        private final boolean probed;
        private final AmountTracer amounts;
        private final ConditionView conditions;
        /** The rules already shown as thresholds passed, not repeated as near misses. */
        private final Set<String> shown = new HashSet<>();

        Explaining(PolicyText text, ExplainRun run, String currency, Set<String> relevant, Map<String, List<Probe.Hit>> hits,
                boolean probed) {
            this.text = text;
            this.run = run;
            this.relevant = relevant;
            this.hits = hits;
            this.probed = probed;
            this.amounts = new AmountTracer(text, run);
            this.conditions = new ConditionView(text, run, currency);
        }

        GrantExplanation grant(Entitlement granted) {
            ExplainRun.Firing firing = null;
            for (ExplainRun.Firing candidate : run.firingsOf(granted.rule())) {
                if (candidate.inserted.stream().anyMatch(f -> f instanceof GrantEntitlement g && g.type() == granted.type())) {
                    firing = candidate;
                }
            }
            Calculation refund = amounts.grantAmount(firing, granted.type(), 2, granted.refundFen());
            Calculation payout = amounts.grantAmount(firing, granted.type(), 3, granted.payoutFen());
            return new GrantExplanation(granted.type(), granted.rule(), granted.reason(), refund, payout,
                    thresholdsPassed(granted.type(), Set.of()));
        }

        /** A grant whose explanation failed: its amounts as values alone. */
        GrantExplanation untraced(Entitlement granted) {
            return new GrantExplanation(granted.type(), granted.rule(), granted.reason(), amounts.grantAmount(null, granted.type(), 2,
                    granted.refundFen()), amounts.grantAmount(null, granted.type(), 3, granted.payoutFen()), List.of());
        }

        DenialExplanation denial(Denial denial) {
            List<Condition> held = new ArrayList<>();
            RuleText rule = text.rules.get(denial.rule());
            if (rule != null) {
                for (ExplainRun.Firing firing : run.firingsOf(denial.rule())) {
                    boolean made = firing.inserted.stream().anyMatch(f -> f instanceof DenyEntitlement d && d.type() == denial.type()
                            && d.reason().equals(denial.reason()));
                    if (made) {
                        Map<Integer, Object> facts = RuleSource.factsOf(rule, firing.objects, text.types(rule.file));
                        for (RuleText.Condition condition : rule.allConditions()) {
                            held.add(conditions.describe(rule, condition, facts, firing.declarations, true, null));
                        }
                        break;
                    }
                }
            }
            Set<String> denying = new HashSet<>();
            denying.add(denial.rule());
            return new DenialExplanation(denial.type(), denial.rule(), denial.reason(), denial.detail(), held,
                    thresholdsPassed(denial.type(), denying));
        }

        /** The rules denying {@code type} that did not fire, each with the condition that did not hold. */
        private List<Condition> thresholdsPassed(EntitlementType type, Set<String> except) {
            List<Condition> passed = new ArrayList<>();
            if (!probed) {
                return passed;
            }
            List<RuleText> deniers = text.rules.values().stream()
                    .filter(r -> r.denies.contains(type) && relevant.contains(r.name) && !except.contains(r.name) && !run.fired(r.name))
                    .sorted(Comparator.comparing(r -> r.name)).toList();
            for (RuleText rule : deniers) {
                shown.add(rule.name);
                List<Probe.Hit> ruleHits = hits.getOrDefault(rule.name, List.of());
                if (ruleHits.isEmpty()) {
                    passed.addAll(conditions.severalFailed(rule));
                }
                for (Probe.Hit hit : ruleHits) {
                    passed.add(conditions.describe(rule, hit.variant().condition(), hit.facts(), hit.declarations(), false, hit.matched()));
                }
            }
            return passed;
        }

        /**
         * The relevant rules that did not fire but for one condition, not already shown as thresholds passed:
         * those about an entitlement the request asks for first, then the others, each by rule name.
         */
        List<Condition> nearMisses(TrustRequest request) {
            List<Condition> misses = new ArrayList<>();
            List<Map.Entry<String, List<Probe.Hit>>> entries = new ArrayList<>(hits.entrySet());
            entries.sort(Comparator.comparing((Map.Entry<String, List<Probe.Hit>> e) -> aboutAsked(e.getKey(), request) ? 0 : 1)
                    .thenComparing(Map.Entry::getKey));
            for (Map.Entry<String, List<Probe.Hit>> entry : entries) {
                RuleText rule = text.rules.get(entry.getKey());
                if (rule == null || shown.contains(rule.name) || run.fired(rule.name) || deniesAsked(rule, request)) {
                    continue;
                }
                for (Probe.Hit hit : entry.getValue()) {
                    misses.add(conditions.describe(rule, hit.variant().condition(), hit.facts(), hit.declarations(), false, hit.matched()));
                }
            }
            return misses;
        }

        private boolean aboutAsked(String name, TrustRequest request) {
            RuleText rule = text.rules.get(name);
            return rule != null && rule.mentioned.stream().anyMatch(request.entitlementsAsked()::contains);
        }

        private static boolean deniesAsked(RuleText rule, TrustRequest request) {
            return rule.denies.stream().anyMatch(request.entitlementsAsked()::contains);
        }
    }
}
