package dev.trustrules;

import dev.trustrules.internal.Require;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the policy decided for one request: the guarantees the order carries, the entitlements granted
 * and denied on a claim, and the sanctions imposed. Every item names the rule and reason code behind
 * it, and the decision names the policy that made it.
 *
 * <p>The lists are in a fixed order whatever order the rules fired in: by type (the enum order), then
 * rule name, then reason; notes by code, then rule. {@code firedRules} is sorted by name.
 *
 * @param policy the policy that decided
 * @param evaluatedAt the time the decision was made for (from the request, or the policy's clock)
 * @param buyerTier the buyer's effective trust-card tier, or {@code null} when the request has no buyer
 * @param guarantees the guarantees the order carries (checkout badges)
 * @param entitlements the entitlements granted on the claim
 * @param denials the entitlements asked for and not granted, each with the condition that failed
 * @param sanctions the sanctions imposed
 * @param notes findings that are neither grants, denials nor sanctions (a listing cleared, guarantees
 *     withheld, or {@code NO_RULE_MATCHED} when no rule decided anything)
 * @param standings the trust standing of the shop and of the creator reviewed, one item per reason;
 *     {@code null} is held as an empty list (a decision written before standings existed)
 * @param traffic the traffic weight of the shop and of the creator reviewed, one item per reason;
 *     {@code null} is held as an empty list
 * @param firedRules the names of every rule that fired
 */
public record Decision(
        PolicyId policy,
        Instant evaluatedAt,
        BuyerTier buyerTier,
        List<Guarantee> guarantees,
        List<Entitlement> entitlements,
        List<Denial> denials,
        List<Sanction> sanctions,
        List<Note> notes,
        List<Standing> standings,
        List<Traffic> traffic,
        List<String> firedRules) {

    private static final Comparator<Guarantee> GUARANTEE_ORDER =
            Comparator.comparing(Guarantee::type).thenComparing(Guarantee::rule).thenComparing(Guarantee::reason);
    private static final Comparator<Entitlement> ENTITLEMENT_ORDER =
            Comparator.comparing(Entitlement::type).thenComparing(Entitlement::rule).thenComparing(Entitlement::reason);
    private static final Comparator<Denial> DENIAL_ORDER = Comparator.comparing(Denial::type)
            .thenComparing(Denial::rule).thenComparing(Denial::reason).thenComparing(Denial::detail);
    private static final Comparator<Note> NOTE_ORDER =
            Comparator.comparing(Note::code).thenComparing(Note::rule).thenComparing(Note::detail);
    private static final Comparator<Sanction> SANCTION_ORDER = Comparator.comparing(Sanction::type)
            .thenComparing(Sanction::rule).thenComparing(Sanction::reason).thenComparing(Sanction::detail);
    private static final Comparator<Standing> STANDING_ORDER = Comparator.comparing(Standing::actor)
            .thenComparing(Standing::rule).thenComparing(Standing::reason).thenComparing(Standing::detail);
    private static final Comparator<Traffic> TRAFFIC_ORDER = Comparator.comparing(Traffic::actor)
            .thenComparing(Traffic::rule).thenComparing(Traffic::reason).thenComparing(Traffic::detail);

    public Decision {
        Require.present("decision.policy", policy);
        Require.present("decision.evaluatedAt", evaluatedAt);
        guarantees = sorted("decision.guarantees", guarantees, GUARANTEE_ORDER);
        entitlements = sorted("decision.entitlements", entitlements, ENTITLEMENT_ORDER);
        denials = sorted("decision.denials", denials, DENIAL_ORDER);
        sanctions = sorted("decision.sanctions", sanctions, SANCTION_ORDER);
        notes = sorted("decision.notes", notes, NOTE_ORDER);
        standings = standings == null ? List.of() : sorted("decision.standings", standings, STANDING_ORDER);
        traffic = traffic == null ? List.of() : sorted("decision.traffic", traffic, TRAFFIC_ORDER);
        firedRules = sortedDistinct(firedRules);
    }

    /**
     * A decision without standings or traffic weights, as decisions were before shops and creators were
     * rated.
     */
    public Decision(PolicyId policy, Instant evaluatedAt, BuyerTier buyerTier, List<Guarantee> guarantees,
            List<Entitlement> entitlements, List<Denial> denials, List<Sanction> sanctions, List<Note> notes,
            List<String> firedRules) {
        this(policy, evaluatedAt, buyerTier, guarantees, entitlements, denials, sanctions, notes, List.of(), List.of(),
                firedRules);
    }

    /** The granted entitlement of this type, if any. */
    public Optional<Entitlement> entitlement(EntitlementType type) {
        return entitlements.stream().filter(e -> e.type() == type).findFirst();
    }

    /** Whether an entitlement of this type was granted. */
    public boolean grants(EntitlementType type) {
        return entitlement(type).isPresent();
    }

    /** Whether the order carries this guarantee. */
    public boolean carries(EntitlementType type) {
        return guarantees.stream().anyMatch(g -> g.type() == type);
    }

    /** The denials of this entitlement type (one per failed condition). */
    public List<Denial> denials(EntitlementType type) {
        return denials.stream().filter(d -> d.type() == type).toList();
    }

    /** The sanctions of this type. */
    public List<Sanction> sanctions(SanctionType type) {
        return sanctions.stream().filter(s -> s.type() == type).toList();
    }

    /**
     * Refund plus payout of every entitlement granted, in fen (of the order's currency), exactly: a
     * {@link java.math.BigInteger}, so no sum of amounts the engine returned can overflow.
     */
    public java.math.BigInteger totalGrantedFen() {
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        for (Entitlement entitlement : entitlements) {
            total = total.add(entitlement.totalFenExact());
        }
        return total;
    }

    /** The notes with this code. */
    public List<Note> notes(String code) {
        return notes.stream().filter(n -> n.code().equals(code)).toList();
    }

    /** The trust standing of this actor, if the decision rated it. */
    public Optional<StandingTier> standing(Actor actor) {
        return standings.stream().filter(s -> s.actor() == actor).map(Standing::tier).findFirst();
    }

    /** The standing items of this actor (one per reason). */
    public List<Standing> standings(Actor actor) {
        return standings.stream().filter(s -> s.actor() == actor).toList();
    }

    /** The traffic weight of this actor, if the decision set one. */
    public Optional<TrafficWeight> trafficWeight(Actor actor) {
        return traffic.stream().filter(t -> t.actor() == actor).map(Traffic::weight).findFirst();
    }

    /** The traffic items of this actor (one per reason). */
    public List<Traffic> traffic(Actor actor) {
        return traffic.stream().filter(t -> t.actor() == actor).toList();
    }

    /** An immutable copy in {@code order}; a list already in order is copied once, without sorting. */
    private static <T> List<T> sorted(String field, List<T> values, Comparator<T> order) {
        List<T> copy = Require.list(field, values); // no copy of a list that is immutable already
        for (int i = 1; i < copy.size(); i++) {
            if (order.compare(copy.get(i - 1), copy.get(i)) > 0) {
                List<T> reordered = new java.util.ArrayList<>(copy);
                reordered.sort(order);
                return List.copyOf(reordered);
            }
        }
        return copy;
    }

    /** The names sorted, each once; a list already sorted without repeats is kept as it is. */
    private static List<String> sortedDistinct(List<String> names) {
        List<String> copy = Require.list("decision.firedRules", names);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i - 1).compareTo(copy.get(i)) >= 0) {
                return List.copyOf(new TreeSet<>(copy));
            }
        }
        return copy;
    }
}
