package dev.trustrules.internal.json;

import dev.trustrules.rules.Amounts;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.EntitlementType;
import dev.trustrules.DecisionRecord;
import dev.trustrules.Denial;
import dev.trustrules.Note;
import dev.trustrules.Sanction;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.Listing;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopApplication;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of the public records, as Jackson mixins: which fields may be left out and what that
 * means ({@link AbsentMeans}; every other field is required), which times cannot come before which
 * ({@link NotBefore}), and the one serialization detail that is not the default. The records stay
 * free of Jackson: their package is the API services compile against, and the JSON form is one use of
 * them among others. A record without a mixin has only required fields.
 */
final class FactForms {
    private FactForms() {}

    /** Each public record read or written as JSON, with its mixin. */
    static final Map<Class<?>, Class<?>> MIXINS = Map.of(
            Order.class, OrderForm.class,
            BuyerAccount.class, BuyerForm.class,
            ShopAccount.class, ShopForm.class,
            Listing.class, ListingForm.class,
            ShopApplication.class, ApplicationForm.class,
            Decision.class, DecisionForm.class,
            Denial.class, DetailForm.class,
            Sanction.class, DetailForm.class,
            Note.class, DetailForm.class,
            DecisionRecord.class, RecordForm.class);

    abstract static class OrderForm {
        @AbsentMeans("no product id recorded")
        abstract String productId();

        @AbsentMeans(Amounts.DEFAULT_CURRENCY)
        abstract String currency();

        @AbsentMeans("not delivered yet: the buyer has not signed for the parcel")
        @NotBefore(value = "paidAt", because = "an order cannot be delivered before it is paid")
        abstract Instant deliveredAt();

        @AbsentMeans("enrolled in no optional guarantee")
        abstract Set<EntitlementType> guarantees();
    }

    abstract static class BuyerForm {
        @AbsentMeans("no trust-card revocation running")
        abstract Instant trustCardRevokedUntil();
    }

    abstract static class ShopForm {
        @AbsentMeans("no business licence recorded")
        abstract String licenceId();

        @AbsentMeans("no live streamer")
        abstract String streamerId();

        @AbsentMeans("the deposit is not short")
        abstract Instant depositShortfallSince();
    }

    abstract static class ListingForm {
        @AbsentMeans("an unbranded product")
        abstract String brand();

        @AbsentMeans("0: no reference price known")
        abstract long brandReferencePriceFen();

        @AbsentMeans(Amounts.DEFAULT_CURRENCY)
        abstract String currency();
    }

    abstract static class ApplicationForm {
        @AbsentMeans("an application without a business licence")
        abstract String licenceId();

        @AbsentMeans("the person is linked to no banned shop")
        abstract String bannedShopOfPerson();

        @AbsentMeans("the licence is linked to no banned shop")
        abstract String bannedShopOfLicence();
    }

    abstract static class DecisionForm {
        @AbsentMeans("the request had no buyer")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract BuyerTier buyerTier();
    }

    abstract static class DetailForm {
        @AbsentMeans("no detail (empty)")
        abstract String detail();
    }

    @WhenMissing("a record needs both request and decision")
    abstract static class RecordForm {
    }
}
