package dev.trustrules.internal;

import dev.trustrules.Actor;
import dev.trustrules.BuyerTier;
import dev.trustrules.EntitlementType;
import dev.trustrules.Payer;
import dev.trustrules.SanctionType;
import dev.trustrules.StandingTier;
import dev.trustrules.TrafficWeight;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.Brand;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.BuyerReports;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.CreatorAccount;
import dev.trustrules.facts.CreatorStatus;
import dev.trustrules.facts.ExperienceScore;
import dev.trustrules.facts.Listing;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ProductScore;
import dev.trustrules.facts.RepeatCustomers;
import dev.trustrules.facts.ReportSubject;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopApplication;
import dev.trustrules.facts.ShopScores;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.facts.WordOfMouthScore;
import dev.trustrules.rules.AddNote;
import dev.trustrules.rules.Amounts;
import dev.trustrules.rules.AssignStanding;
import dev.trustrules.rules.AssignTier;
import dev.trustrules.rules.AssignTraffic;
import dev.trustrules.rules.CarryGuarantee;
import dev.trustrules.rules.ClaimedEntitlement;
import dev.trustrules.rules.DenyEntitlement;
import dev.trustrules.rules.EvaluationTime;
import dev.trustrules.rules.GrantEntitlement;
import dev.trustrules.rules.ImposeSanction;
import dev.trustrules.rules.PlatformCalendar;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The trust-rules types a rule file may name: the facts, the decision enums and the rule vocabulary.
 * The sandbox's allowlist lists each of them (a test keeps the two in step); build messages suggest
 * names from them.
 */
public final class Vocabulary {
    /** Every vocabulary type. */
    public static final List<Class<?>> TYPES = List.of(
            AfterSaleClaim.class, AuthenticityVerdict.class, Brand.class, BuyerAccount.class, BuyerReports.class, Category.class,
            ClaimType.class, CreatorAccount.class, CreatorStatus.class, ExperienceScore.class, Listing.class, Order.class,
            ProductScore.class, RepeatCustomers.class, ReportSubject.class, ReturnReason.class, ShopAccount.class,
            ShopApplication.class, ShopScores.class, ShopStatus.class, ViolationRecord.class, ViolationType.class,
            WordOfMouthScore.class,
            Actor.class, BuyerTier.class, EntitlementType.class, Payer.class, SanctionType.class, StandingTier.class,
            TrafficWeight.class,
            AddNote.class, Amounts.class, AssignStanding.class, AssignTier.class, AssignTraffic.class, CarryGuarantee.class,
            ClaimedEntitlement.class,
            DenyEntitlement.class, EvaluationTime.class, GrantEntitlement.class, ImposeSanction.class, PlatformCalendar.class);

    private static final Map<String, Class<?>> BY_SIMPLE_NAME = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private Vocabulary() {}

    /** The vocabulary type of a simple or binary name, or {@code null}. */
    public static Class<?> type(String name) {
        String simple = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
        Class<?> type = BY_SIMPLE_NAME.get(simple);
        return type != null && (!name.contains(".") || type.getName().equals(name)) ? type : null;
    }

    /** The simple names of the vocabulary types. */
    public static java.util.Set<String> simpleNames() {
        return BY_SIMPLE_NAME.keySet();
    }
}
