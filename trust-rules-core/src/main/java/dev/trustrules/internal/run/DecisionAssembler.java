package dev.trustrules.internal.run;

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
import dev.trustrules.TrustRequest;
import dev.trustrules.rules.AddNote;
import dev.trustrules.rules.AssignTier;
import dev.trustrules.rules.CarryGuarantee;
import dev.trustrules.rules.DenyEntitlement;
import dev.trustrules.rules.GrantEntitlement;
import dev.trustrules.rules.ImposeSanction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *   <li>at most one tier per buyer;
 *   <li>a request about which no rule decided anything (no tier, guarantee, grant, denial, sanction or
 *       note) gets a note {@value #NO_RULE_MATCHED}, never an empty decision.
 * </ol>
 */
final class DecisionAssembler {
    static final String NO_RULE_MATCHED = "NO_RULE_MATCHED";

    private DecisionAssembler() {}

    /** @param currency the policy's currency, which the request's amounts were checked to be in */
    static Decision assemble(PolicyId policy, String currency, Instant at, TrustRequest request, OutcomeCollector collector) {
        List<OutcomeCollector.Outcome> outcomes = collector.outcomes();
        outcomes.sort(Comparator.comparing(OutcomeCollector.Outcome::rule));

        Map<EntitlementType, Guarantee> guarantees = new EnumMap<>(EntitlementType.class);
        List<OutcomeCollector.Outcome> grants = new ArrayList<>();
        List<Denial> denials = new ArrayList<>();
        List<Sanction> sanctions = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        AssignTier tier = null;
        String tierRule = null;

        for (OutcomeCollector.Outcome outcome : outcomes) {
            Object fact = outcome.fact();
            if (fact instanceof CarryGuarantee carry) {
                guarantees.putIfAbsent(carry.type(), new Guarantee(carry.type(), outcome.rule(), carry.reason()));
            } else if (fact instanceof GrantEntitlement) {
                grants.add(outcome);
            } else if (fact instanceof DenyEntitlement deny) {
                denials.add(new Denial(deny.type(), outcome.rule(), deny.reason(), deny.detail()));
            } else if (fact instanceof ImposeSanction impose) {
                sanctions.add(new Sanction(impose.type(), impose.days(), impose.points(), outcome.rule(),
                        impose.reason(), impose.detail()));
            } else if (fact instanceof AddNote note) {
                notes.add(new Note(note.code(), outcome.rule(), note.detail()));
            } else if (fact instanceof AssignTier assign) {
                if (tier != null && tier.tier() != assign.tier()) {
                    throw new EvaluationException("policy " + policy + " assigned two buyer tiers: " + tier.tier()
                            + " by rule \"" + tierRule + "\" and " + assign.tier() + " by rule \"" + outcome.rule() + "\"",
                            outcome.rule(), null);
                }
                tier = assign;
                tierRule = outcome.rule();
            }
        }

        Set<EntitlementType> denied = EnumSet.noneOf(EntitlementType.class);
        denials.forEach(d -> denied.add(d.type()));
        Map<EntitlementType, Entitlement> granted = new EnumMap<>(EntitlementType.class);
        for (OutcomeCollector.Outcome outcome : grants) {
            GrantEntitlement grant = (GrantEntitlement) outcome.fact();
            if (denied.contains(grant.type())) {
                continue;
            }
            Entitlement previous = granted.get(grant.type());
            if (previous != null) {
                throw new EvaluationException("policy " + policy + " granted " + grant.type() + " twice, by rules \""
                        + previous.rule() + "\" and \"" + outcome.rule() + "\"; one grant per entitlement is allowed",
                        outcome.rule(), null);
            }
            granted.put(grant.type(), new Entitlement(grant.type(), grant.refundFen(), grant.payoutFen(), currency,
                    grant.payer(), grant.returnRequired(), outcome.rule(), grant.reason()));
        }

        for (EntitlementType asked : request.entitlementsAsked()) {
            if (!granted.containsKey(asked) && !denied.contains(asked)) {
                denials.add(new Denial(asked, OutcomeCollector.ENGINE, NO_RULE_MATCHED,
                        "no rule of policy " + policy.name() + "@" + policy.version() + " granted or denied " + asked
                                + (request.claim() != null ? " for a " + request.claim().type() + " claim" : "")));
            }
        }

        if (tier == null && guarantees.isEmpty() && granted.isEmpty() && denials.isEmpty() && sanctions.isEmpty()
                && notes.isEmpty()) {
            notes.add(new Note(NO_RULE_MATCHED, OutcomeCollector.ENGINE, "no rule of policy " + policy.name() + "@"
                    + policy.version() + " decided anything about this request"));
        }

        BuyerTier buyerTier = tier == null ? null : tier.tier();
        return new Decision(policy, at, buyerTier, new ArrayList<>(guarantees.values()),
                new ArrayList<>(granted.values()), denials, sanctions, notes, new ArrayList<>(collector.firings().keySet()));
    }
}
