package dev.trustrules.internal.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.trustrules.Actor;
import dev.trustrules.BuyerTier;
import dev.trustrules.Payer;
import dev.trustrules.StandingTier;
import dev.trustrules.TrafficWeight;
import dev.trustrules.internal.json.AbsentMeans;
import dev.trustrules.internal.json.AtLeastOneField;
import dev.trustrules.internal.json.DocumentOf;
import dev.trustrules.internal.json.Shorthand;
import dev.trustrules.scenario.Expectations;
import dev.trustrules.scenario.Expected;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's {@code expect}: each section left out is not checked; a section given (an empty list,
 * or {@code null}) must match the decision's exactly. An expected item is an object with its type and
 * the fields to compare, or just the type.
 *
 * @param buyerTier the buyer tier the decision must hold
 * @param guarantees the guarantees the decision must carry, and no others
 * @param entitlements the entitlements the decision must grant, and no others
 * @param denials the denials the decision must hold, and no others
 * @param sanctions the sanctions the decision must impose, and no others
 * @param standings the trust standings the decision must rate, and no others
 * @param traffic the traffic weights the decision must set, and no others
 */
@DocumentOf(Expectations.class)
@AtLeastOneField
record ExpectDocument(
        @AbsentMeans("the tier is not checked") BuyerTier buyerTier,
        @AbsentMeans(value = "not checked", nullMeansEmpty = true) List<Guarantee> guarantees,
        @AbsentMeans(value = "not checked", nullMeansEmpty = true) List<Entitlement> entitlements,
        @AbsentMeans(value = "not checked", nullMeansEmpty = true) List<Denial> denials,
        @AbsentMeans(value = "not checked", nullMeansEmpty = true) List<Sanction> sanctions,
        @AbsentMeans(value = "not checked", nullMeansEmpty = true) List<Standing> standings,
        @AbsentMeans(value = "not checked", nullMeansEmpty = true) List<Traffic> traffic) {

    Expectations toExpectations() {
        return new Expectations(buyerTier, expected(guarantees), expected(entitlements), expected(denials), expected(sanctions),
                expected(standings), expected(traffic));
    }

    /** An expected guarantee: its type and the fields to compare, or just its type. */
    @Shorthand("type")
    @DocumentOf(value = dev.trustrules.Guarantee.class, name = "ExpectedGuarantee", built = false)
    record Guarantee(
            @JsonDeserialize(using = ExpectedTypes.Entitlement.class) String type,
            @AbsentMeans("not compared") String reason) {}

    /** An expected entitlement: its type and the fields to compare, or just its type. */
    @Shorthand("type")
    @DocumentOf(value = dev.trustrules.Entitlement.class, name = "ExpectedEntitlement", built = false)
    record Entitlement(
            @JsonDeserialize(using = ExpectedTypes.Entitlement.class) String type,
            @AbsentMeans("not compared") Long refundFen,
            @AbsentMeans("not compared") Long payoutFen,
            @AbsentMeans("not compared") String currency,
            @AbsentMeans("not compared") Payer payer,
            @AbsentMeans("not compared") Boolean returnRequired,
            @AbsentMeans("not compared") String reason) {}

    /** An expected denial: its type and the fields to compare, or just its type. */
    @Shorthand("type")
    @DocumentOf(value = dev.trustrules.Denial.class, name = "ExpectedDenial", built = false)
    record Denial(
            @JsonDeserialize(using = ExpectedTypes.Entitlement.class) String type,
            @AbsentMeans("not compared") String reason,
            @AbsentMeans("not compared") String detail) {}

    /** An expected sanction: its type and the fields to compare, or just its type. */
    @Shorthand("type")
    @DocumentOf(value = dev.trustrules.Sanction.class, name = "ExpectedSanction", built = false)
    record Sanction(
            @JsonDeserialize(using = ExpectedTypes.Sanction.class) String type,
            @AbsentMeans("not compared") Integer days,
            @AbsentMeans("not compared") Integer points,
            @AbsentMeans("not compared") String reason) {}

    /** A standing item, keyed by its actor ({@code - SHOP} when only the actor's presence is checked). */
    @Shorthand("actor")
    @DocumentOf(value = dev.trustrules.Standing.class, name = "ExpectedStanding", built = false)
    record Standing(
            Actor actor,
            @AbsentMeans("not compared") StandingTier tier,
            @AbsentMeans("not compared") String reason) {}

    /** A traffic item, keyed by its actor. */
    @Shorthand("actor")
    @DocumentOf(value = dev.trustrules.Traffic.class, name = "ExpectedTraffic", built = false)
    record Traffic(
            Actor actor,
            @AbsentMeans("not compared") TrafficWeight weight,
            @AbsentMeans("not compared") String reason) {}

    /**
     * The items as {@link Expected}: the type (the actor, for standings and traffic), and every field given as
     * text, in the item's field order.
     */
    private static List<Expected> expected(List<? extends Record> items) {
        if (items == null) {
            return null;
        }
        return items.stream().map(ExpectDocument::expected).toList();
    }

    private static Expected expected(Record item) {
        Map<String, String> fields = new LinkedHashMap<>();
        String type = null;
        for (RecordComponent component : item.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(item);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (component.getName().equals("type") || component.getName().equals("actor")) {
                type = String.valueOf(value);
            } else if (value != null) {
                fields.put(component.getName(), String.valueOf(value));
            }
        }
        return new Expected(type, fields);
    }
}
