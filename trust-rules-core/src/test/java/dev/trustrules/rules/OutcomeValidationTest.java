package dev.trustrules.rules;

import static dev.trustrules.FieldCase.nonNegative;
import static dev.trustrules.FieldCase.readsAs;
import static dev.trustrules.FieldCase.reasonCode;
import static dev.trustrules.FieldCase.required;
import static dev.trustrules.FieldCase.requiredId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.Actor;
import dev.trustrules.BuyerTier;
import dev.trustrules.EntitlementType;
import dev.trustrules.FieldCase;
import dev.trustrules.Payer;
import dev.trustrules.SanctionType;
import dev.trustrules.StandingTier;
import dev.trustrules.TrafficWeight;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every constructor check of the records rules insert, on both sides. */
class OutcomeValidationTest {
    private static final AddNote NOTE = new AddNote("LISTING_CLEARED", "no signal");
    private static final AssignTier TIER = new AssignTier(BuyerTier.GOLD, "SCORE_650_TO_749");
    private static final CarryGuarantee CARRY = new CarryGuarantee(EntitlementType.FAKE_ONE_PAY_TEN, "SHOP_ENROLLED");
    private static final ClaimedEntitlement CLAIMED = new ClaimedEntitlement(EntitlementType.ALLERGY_INSURANCE);
    private static final DenyEntitlement DENY = new DenyEntitlement(EntitlementType.REFUND_WITHOUT_RETURN, "TIER_TOO_LOW",
            "buyer tier SILVER is below GOLD");
    private static final EvaluationTime TIME = new EvaluationTime(Instant.parse("2026-03-02T02:00:00Z"));
    private static final GrantEntitlement GRANT = new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN,
            "COUNTERFEIT_CONFIRMED", 19_900L, 199_000L, Payer.SHOP, false);
    private static final ImposeSanction SANCTION = new ImposeSanction(SanctionType.SHOP_SUSPENSION,
            "POINTS_SHORT_SUSPENSION_THRESHOLD", 14, 24, "24 points in 365 days");

    private static final AssignStanding STANDING = new AssignStanding(Actor.SHOP, "s-1", StandingTier.HIGH, "HIGH_TRUST_RECORD",
            "4.6");
    private static final AssignTraffic TRAFFIC = new AssignTraffic(Actor.CREATOR, "c-1", TrafficWeight.BOOST,
            "HIGH_TRUST_REPEAT_CUSTOMERS", "index 70");

    static Stream<FieldCase> checks() {
        return Stream.of(
                required(STANDING, "actor", "AssignStanding.actor"),
                requiredId(STANDING, "actorId", "AssignStanding.actorId"),
                required(STANDING, "tier", "AssignStanding.tier"),
                reasonCode(STANDING, "reason", "AssignStanding.reason"),
                Stream.of(readsAs(STANDING, "detail", null, ""), readsAs(STANDING, "detail", "x", "x")),
                required(TRAFFIC, "actor", "AssignTraffic.actor"),
                requiredId(TRAFFIC, "actorId", "AssignTraffic.actorId"),
                required(TRAFFIC, "weight", "AssignTraffic.weight"),
                reasonCode(TRAFFIC, "reason", "AssignTraffic.reason"),
                Stream.of(readsAs(TRAFFIC, "detail", null, ""), readsAs(TRAFFIC, "detail", "x", "x")),
                reasonCode(NOTE, "code", "AddNote.code"),
                Stream.of(readsAs(NOTE, "detail", null, ""), readsAs(NOTE, "detail", "x", "x")),
                required(TIER, "tier", "AssignTier.tier"),
                reasonCode(TIER, "reason", "AssignTier.reason"),
                required(CARRY, "type", "CarryGuarantee.type"),
                reasonCode(CARRY, "reason", "CarryGuarantee.reason"),
                required(CLAIMED, "type", "ClaimedEntitlement.type"),
                required(DENY, "type", "DenyEntitlement.type"),
                reasonCode(DENY, "reason", "DenyEntitlement.reason"),
                Stream.of(readsAs(DENY, "detail", null, ""), readsAs(DENY, "detail", "x", "x")),
                required(TIME, "at", "EvaluationTime.at"),
                required(GRANT, "type", "GrantEntitlement.type"),
                reasonCode(GRANT, "reason", "GrantEntitlement.reason"),
                nonNegative(GRANT, "refundFen", "GrantEntitlement.refundFen"),
                nonNegative(GRANT, "payoutFen", "GrantEntitlement.payoutFen"),
                required(GRANT, "payer", "GrantEntitlement.payer"),
                required(SANCTION, "type", "ImposeSanction.type"),
                reasonCode(SANCTION, "reason", "ImposeSanction.reason"),
                nonNegative(SANCTION, "days", "ImposeSanction.days"),
                nonNegative(SANCTION, "points", "ImposeSanction.points"),
                Stream.of(readsAs(SANCTION, "detail", null, ""), readsAs(SANCTION, "detail", "x", "x")))
                .flatMap(s -> s);
    }

    static Stream<FieldCase> failing() {
        return checks().filter(FieldCase::rejected);
    }

    static Stream<FieldCase> passing() {
        return checks().filter(c -> !c.rejected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failing")
    void should_reject_naming_the_field_and_value_when_a_value_fails_its_check(FieldCase c) {
        assertThatThrownBy(c::build).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(c.message());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void should_keep_the_value_when_it_passes_its_check(FieldCase c) {
        assertThat(c.read(c.build())).isEqualTo(c.readAs());
    }
}
