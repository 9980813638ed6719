package dev.trustrules.test;

import dev.trustrules.Actor;
import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Decision}; every failure message shows what the decision held. */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

    DecisionAssert(Decision actual) {
        super(actual, DecisionAssert.class);
    }

    /** The decision grants this entitlement; continue with its payout, payer, rule and reason. */
    public EntitlementAssert grants(EntitlementType type) {
        isNotNull();
        return actual.entitlement(type)
                .map(e -> new EntitlementAssert(e, this))
                .orElseThrow(() -> failure("%nExpecting the decision to grant %s but it did not.%n%s", type, describe()));
    }

    public DecisionAssert doesNotGrant(EntitlementType type) {
        isNotNull();
        if (actual.grants(type)) {
            throw failure("%nExpecting the decision not to grant %s but it did.%n%s", type, describe());
        }
        return this;
    }

    /** The decision denies this entitlement (and does not grant it); continue with the reasons. */
    public DenialAssert denies(EntitlementType type) {
        doesNotGrant(type);
        List<Denial> denials = actual.denials(type);
        if (denials.isEmpty()) {
            throw failure("%nExpecting the decision to deny %s but it has no denial of it.%n%s", type, describe());
        }
        return new DenialAssert(type, denials, this);
    }

    /** The order carries each of these guarantees. */
    public DecisionAssert carries(EntitlementType... types) {
        isNotNull();
        for (EntitlementType type : types) {
            if (!actual.carries(type)) {
                throw failure("%nExpecting the order to carry %s but it does not.%n%s", type, describe());
            }
        }
        return this;
    }

    /** The order carries exactly these guarantees, no more. */
    public DecisionAssert carriesExactly(EntitlementType... types) {
        isNotNull();
        List<EntitlementType> carried = actual.guarantees().stream().map(Guarantee::type).toList();
        List<EntitlementType> expected = Arrays.stream(types).sorted().toList();
        if (!carried.equals(expected)) {
            throw failure("%nExpecting the order to carry exactly %s but it carries %s.%n%s", expected, carried, describe());
        }
        return this;
    }

    /** The order carries this guarantee; continue with the rule and reason of its badge. */
    public GuaranteeAssert carriesGuarantee(EntitlementType type) {
        isNotNull();
        return actual.guarantees().stream().filter(g -> g.type() == type).findFirst()
                .map(g -> new GuaranteeAssert(g, this))
                .orElseThrow(() -> failure("%nExpecting the order to carry %s but it does not.%n%s", type, describe()));
    }

    public DecisionAssert doesNotCarry(EntitlementType type) {
        isNotNull();
        if (actual.carries(type)) {
            throw failure("%nExpecting the order not to carry %s but it does.%n%s", type, describe());
        }
        return this;
    }

    /** The decision denies nothing. */
    public DecisionAssert hasNoDenials() {
        isNotNull();
        if (!actual.denials().isEmpty()) {
            throw failure("%nExpecting the decision to deny nothing but it has the denials%n  %s%n%s", actual.denials(), describe());
        }
        return this;
    }

    /** The decision imposes this sanction; continue with its days, points and reason. */
    public SanctionAssert sanctions(SanctionType type) {
        isNotNull();
        List<Sanction> sanctions = actual.sanctions(type);
        if (sanctions.isEmpty()) {
            throw failure("%nExpecting the decision to impose %s but it does not.%n%s", type, describe());
        }
        return new SanctionAssert(type, sanctions, this);
    }

    public DecisionAssert doesNotSanction(SanctionType type) {
        isNotNull();
        if (!actual.sanctions(type).isEmpty()) {
            throw failure("%nExpecting the decision not to impose %s but it does.%n%s", type, describe());
        }
        return this;
    }

    /** The decision imposes exactly these sanction types (in decision order), each once. */
    public DecisionAssert sanctionsExactly(SanctionType... types) {
        isNotNull();
        List<SanctionType> actualTypes = actual.sanctions().stream().map(Sanction::type).toList();
        List<SanctionType> expected = Arrays.stream(types).sorted().toList();
        if (!actualTypes.equals(expected)) {
            throw failure("%nExpecting exactly the sanctions %s but the decision has %s.%n%s", expected, actualTypes, describe());
        }
        return this;
    }

    public DecisionAssert hasNoSanctions() {
        return sanctionsExactly();
    }

    /** A rule fired, named in full or by its id ({@code "FOPT-20"}). */
    public DecisionAssert firedRule(String nameOrId) {
        isNotNull();
        if (actual.firedRules().stream().noneMatch(r -> RuleNames.matches(r, nameOrId))) {
            throw failure("%nExpecting rule %s to have fired but it did not.%nFired: %s", nameOrId, actual.firedRules());
        }
        return this;
    }

    public DecisionAssert didNotFireRule(String nameOrId) {
        isNotNull();
        if (actual.firedRules().stream().anyMatch(r -> RuleNames.matches(r, nameOrId))) {
            throw failure("%nExpecting rule %s not to have fired but it did.%nFired: %s", nameOrId, actual.firedRules());
        }
        return this;
    }

    /** The decision rates this actor's standing; continue with its tier and reasons. */
    public StandingAssert standing(Actor actor) {
        isNotNull();
        List<dev.trustrules.Standing> standings = actual.standings(actor);
        if (standings.isEmpty()) {
            throw failure("%nExpecting the decision to rate the %s's standing but it does not.%n%s", actor, describe());
        }
        return new StandingAssert(actor, standings, this);
    }

    /** The decision sets this actor's traffic weight; continue with the weight and reasons. */
    public TrafficAssert traffic(Actor actor) {
        isNotNull();
        List<dev.trustrules.Traffic> traffic = actual.traffic(actor);
        if (traffic.isEmpty()) {
            throw failure("%nExpecting the decision to set the %s's traffic weight but it does not.%n%s", actor, describe());
        }
        return new TrafficAssert(actor, traffic, this);
    }

    /** The decision rates no standing and sets no traffic weight of this actor. */
    public DecisionAssert ratesNoStanding(Actor actor) {
        isNotNull();
        if (!actual.standings(actor).isEmpty() || !actual.traffic(actor).isEmpty()) {
            throw failure("%nExpecting no standing or traffic weight of the %s but the decision has%n  %s%n  %s", actor,
                    actual.standings(actor), actual.traffic(actor));
        }
        return this;
    }

    public DecisionAssert hasBuyerTier(BuyerTier tier) {
        isNotNull();
        if (!Objects.equals(actual.buyerTier(), tier)) {
            throw failure("%nExpecting buyer tier %s but the decision has %s.", tier, actual.buyerTier());
        }
        return this;
    }

    String describe() {
        return ("The decision held:%n  guarantees:   %s%n  entitlements: %s%n  denials:      %s%n  sanctions:    %s%n"
                + "  standings:    %s%n  traffic:      %s%n  notes:        %s%n  fired rules:  %s")
                .formatted(actual.guarantees(), actual.entitlements(), actual.denials(), actual.sanctions(), actual.standings(),
                        actual.traffic(), actual.notes(), actual.firedRules());
    }

    AssertionError fail(String message, Object... args) {
        return failure(message, args);
    }
}
