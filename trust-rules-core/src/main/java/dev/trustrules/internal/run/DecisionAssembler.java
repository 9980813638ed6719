package dev.trustrules.internal.run;

import dev.trustrules.Actor;
import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.EvaluationException;
import dev.trustrules.Guarantee;
import dev.trustrules.Note;
import dev.trustrules.PolicyId;
import dev.trustrules.Sanction;
import dev.trustrules.Standing;
import dev.trustrules.Traffic;
import dev.trustrules.TrustRequest;
import dev.trustrules.rules.AddNote;
import dev.trustrules.rules.AssignStanding;
import dev.trustrules.rules.AssignTier;
import dev.trustrules.rules.AssignTraffic;
import dev.trustrules.rules.CarryGuarantee;
import dev.trustrules.rules.DenyEntitlement;
import dev.trustrules.rules.GrantEntitlement;
import dev.trustrules.rules.ImposeSanction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the outcome facts left in working memory into a {@link Decision}, applying the engine's
 * precedence, which rule files cannot change:
 *
 * <ol>
 *   <li>a denial overrides a grant of the same entitlement (deny wins, as in Cedar's forbid);
 *   <li>two grants of the same entitlement are a policy error, not a double payout;
 *   <li>an entitlement the claim asked for that no rule granted or denied is denied with reason
 *       {@value #NO_RULE_MATCHED}, so no question goes unanswered;
 *   <li>one badge per guarantee: of several rules attaching the same one, the first by rule name is kept;
 *   <li>at most one tier per buyer; one standing tier and one traffic weight per shop or creator (as many
 *       items as reasons, all naming the same tier or weight);
 *   <li>a request about which no rule decided anything (no tier, guarantee, grant, denial, sanction,
 *       note, standing or traffic weight) gets a note {@value #NO_RULE_MATCHED}, never an empty decision.
 * </ol>
 */
final class DecisionAssembler {
    static final String NO_RULE_MATCHED = "NO_RULE_MATCHED";

    private DecisionAssembler() {}

    /** @param currency the policy's currency, which the request's amounts were checked to be in */
    static Decision assemble(PolicyId policy, String currency, Instant at, TrustRequest request, OutcomeCollector collector) {
        // only what the decision holds is allocated: lists when something goes in them, sorted and immutable
        // as Decision keeps them (so its constructor has nothing to copy)
        List<OutcomeCollector.Outcome> outcomes = collector.outcomes(); // sorted by rule
        int types = EntitlementType.values().length;
        Guarantee[] guarantees = null;
        List<Denial> denials = null;
        List<Sanction> sanctions = null;
        List<Note> notes = null;
        List<Standing> standings = null;
        List<Traffic> traffic = null;
        Standing[] standingOf = null; // by Actor ordinal: the first standing of each actor
        Traffic[] trafficOf = null;
        long denied = 0; // bit per EntitlementType ordinal
        boolean anyGrant = false;
        AssignTier tier = null;
        String tierRule = null;

        for (OutcomeCollector.Outcome outcome : outcomes) {
            Object fact = outcome.fact();
            if (fact instanceof CarryGuarantee carry) {
                if (guarantees == null) {
                    guarantees = new Guarantee[types];
                }
                if (guarantees[carry.type().ordinal()] == null) {
                    guarantees[carry.type().ordinal()] = new Guarantee(carry.type(), outcome.rule(), carry.reason());
                }
            } else if (fact instanceof GrantEntitlement) {
                anyGrant = true;
            } else if (fact instanceof DenyEntitlement deny) {
                denials = add(denials, new Denial(deny.type(), outcome.rule(), deny.reason(), deny.detail()));
                denied |= 1L << deny.type().ordinal();
            } else if (fact instanceof ImposeSanction impose) {
                sanctions = add(sanctions, new Sanction(impose.type(), impose.days(), impose.points(), outcome.rule(),
                        impose.reason(), impose.detail()));
            } else if (fact instanceof AddNote note) {
                notes = add(notes, new Note(note.code(), outcome.rule(), note.detail()));
            } else if (fact instanceof AssignTier assign) {
                if (tier != null && tier.tier() != assign.tier()) {
                    throw new EvaluationException("policy " + policy + " assigned two buyer tiers: " + tier.tier()
                            + " by rule \"" + tierRule + "\" and " + assign.tier() + " by rule \"" + outcome.rule() + "\"",
                            outcome.rule(), null);
                }
                tier = assign;
                tierRule = outcome.rule();
            } else if (fact instanceof AssignStanding assign) {
                Standing standing = new Standing(assign.actor(), assign.actorId(), assign.tier(), outcome.rule(),
                        assign.reason(), assign.detail());
                if (standingOf == null) {
                    standingOf = new Standing[Actor.values().length];
                }
                Standing first = standingOf[assign.actor().ordinal()];
                if (first == null) {
                    standingOf[assign.actor().ordinal()] = standing;
                }
                if (first != null && first.tier() != standing.tier()) {
                    throw new EvaluationException("policy " + policy + " assigned two standings to the " + assign.actor() + ": "
                            + first.tier() + " by rule \"" + first.rule() + "\" and " + standing.tier() + " by rule \""
                            + standing.rule() + "\"", outcome.rule(), null);
                }
                standings = add(standings, standing);
            } else if (fact instanceof AssignTraffic assign) {
                Traffic weight = new Traffic(assign.actor(), assign.actorId(), assign.weight(), outcome.rule(),
                        assign.reason(), assign.detail());
                if (trafficOf == null) {
                    trafficOf = new Traffic[Actor.values().length];
                }
                Traffic first = trafficOf[assign.actor().ordinal()];
                if (first == null) {
                    trafficOf[assign.actor().ordinal()] = weight;
                }
                if (first != null && first.weight() != weight.weight()) {
                    throw new EvaluationException("policy " + policy + " assigned two traffic weights to the " + assign.actor()
                            + ": " + first.weight() + " by rule \"" + first.rule() + "\" and " + weight.weight() + " by rule \""
                            + weight.rule() + "\"", outcome.rule(), null);
                }
                traffic = add(traffic, weight);
            }
        }

        Entitlement[] granted = null;
        int grantCount = 0;
        if (anyGrant) {
            for (OutcomeCollector.Outcome outcome : outcomes) {
                if (!(outcome.fact() instanceof GrantEntitlement grant)) {
                    continue;
                }
                int type = grant.type().ordinal();
                if ((denied & 1L << type) != 0) {
                    continue;
                }
                if (granted == null) {
                    granted = new Entitlement[types];
                }
                Entitlement previous = granted[type];
                if (previous != null) {
                    throw new EvaluationException("policy " + policy + " granted " + grant.type() + " twice, by rules \""
                            + previous.rule() + "\" and \"" + outcome.rule() + "\"; one grant per entitlement is allowed",
                            outcome.rule(), null);
                }
                granted[type] = new Entitlement(grant.type(), grant.refundFen(), grant.payoutFen(), currency,
                        grant.payer(), grant.returnRequired(), outcome.rule(), grant.reason());
                grantCount++;
            }
        }

        for (EntitlementType asked : request.entitlementsAsked()) {
            if ((granted == null || granted[asked.ordinal()] == null) && (denied & 1L << asked.ordinal()) == 0) {
                denials = add(denials, new Denial(asked, OutcomeCollector.ENGINE, NO_RULE_MATCHED,
                        "no rule of policy " + policy.name() + "@" + policy.version() + " granted or denied " + asked
                                + (request.claim() != null ? " for a " + request.claim().type() + " claim" : "")));
            }
        }

        if (tier == null && guarantees == null && grantCount == 0 && denials == null && sanctions == null && notes == null
                && standings == null && traffic == null) {
            notes = add(notes, new Note(NO_RULE_MATCHED, OutcomeCollector.ENGINE, "no rule of policy " + policy.name() + "@"
                    + policy.version() + " decided anything about this request"));
        }

        BuyerTier buyerTier = tier == null ? null : tier.tier();
        return new Decision(policy, at, buyerTier, byType(guarantees), byType(granted), orNone(denials),
                orNone(sanctions), orNone(notes), orNone(standings), orNone(traffic), collector.firedRules());
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> to = list == null ? new ArrayList<>(4) : list;
        to.add(item);
        return to;
    }

    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The non-null items, in type order (one per type, so already in the order Decision keeps). */
    private static <T> List<T> byType(T[] items) {
        if (items == null) {
            return List.of();
        }
        int n = 0;
        for (T item : items) {
            if (item != null) {
                items[n++] = item;
            }
        }
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(items[0]);
            case 2 -> List.of(items[0], items[1]);
            default -> List.of(java.util.Arrays.copyOf(items, n));
        };
    }
}
