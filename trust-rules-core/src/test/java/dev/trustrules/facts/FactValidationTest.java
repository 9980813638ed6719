package dev.trustrules.facts;

import static dev.trustrules.FieldCase.accepts;
import static dev.trustrules.FieldCase.between;
import static dev.trustrules.FieldCase.nonNegative;
import static dev.trustrules.FieldCase.optionalId;
import static dev.trustrules.FieldCase.readsAs;
import static dev.trustrules.FieldCase.rejects;
import static dev.trustrules.FieldCase.required;
import static dev.trustrules.FieldCase.requiredId;
import static dev.trustrules.FieldCase.requiredText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.EntitlementType;
import dev.trustrules.FieldCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every constructor check of every fact record, on both sides: the value that just passes and the one that just fails. */
class FactValidationTest {
    private static final Instant PAID = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant DELIVERED = Instant.parse("2026-03-03T02:00:00Z");

    private static final Order ORDER = new Order("o-1", "b-1", "s-1", "p-1", Category.APPAREL, 19_900L, "CNY", PAID,
            DELIVERED, Set.of(EntitlementType.FAKE_ONE_PAY_TEN), false);
    private static final AfterSaleClaim CLAIM = new AfterSaleClaim("c-1", "o-1", ClaimType.COUNTERFEIT, DELIVERED,
            AuthenticityVerdict.FAKE, 5_000L, 1_200L, null, true, true, 0, false, 0);
    private static final Brand BRAND = new Brand("br-1", "Acme", LocalDate.of(2020, 1, 1), 3_000, 200_000_000L, true);
    private static final BuyerAccount BUYER = new BuyerAccount("b-1", 720, 0, false, 0, null);
    private static final Listing LISTING = new Listing("l-1", "s-1", Category.COSMETICS, "Acme", true, 9_900L, 19_900L,
            "CNY", PAID);
    private static final ShopAccount SHOP = new ShopAccount("s-1", "p-1", "lic-1", "st-1", ShopStatus.ACTIVE, 0, 0, 4.6,
            500_000L, 500_000L, null);
    private static final ShopApplication APPLICATION = new ShopApplication("a-1", "p-1", "lic-1", PAID, null, null);
    private static final ViolationRecord VIOLATION = new ViolationRecord("v-1", "s-1", ViolationType.FALSE_ADVERTISING, 6,
            PAID, false, "l-1", "c-9", "c-9");
    private static final ExperienceScore EXPERIENCE = new ExperienceScore(4.6, 4.5, 4.4, 4.7, 4.8);
    private static final ProductScore PRODUCT = new ProductScore(4.7, 4.1, 4.2, 4.3, 4.4, 4.5, 4.6);
    private static final WordOfMouthScore WORD_OF_MOUTH = new WordOfMouthScore(4.6, 4.5, 4.4, 4.3);
    private static final RepeatCustomers REPEAT = new RepeatCustomers(70, 40);
    private static final ShopScores SCORES = new ShopScores("s-1", EXPERIENCE, PRODUCT, REPEAT);
    private static final CreatorAccount CREATOR = new CreatorAccount("c-9", CreatorStatus.ACTIVE, 0, 0, WORD_OF_MOUTH, REPEAT);
    private static final BuyerReports REPORTS = new BuyerReports(ReportSubject.LISTING, "l-1", 5, 3);

    static Stream<FieldCase> checks() {
        return Stream.of(
                // Order
                requiredId(ORDER, "id", "order.id"),
                requiredId(ORDER, "buyerId", "order.buyerId"),
                requiredId(ORDER, "shopId", "order.shopId"),
                optionalId(ORDER, "productId", "order.productId"),
                required(ORDER, "category", "order.category"),
                nonNegative(ORDER, "paidFen", "order.paidFen"),
                currency(ORDER, "currency", "order.currency"),
                required(ORDER, "paidAt", "order.paidAt"),
                Stream.of(
                        accepts(ORDER, "deliveredAt", null),
                        accepts(ORDER, "deliveredAt", PAID),
                        rejects(ORDER, "deliveredAt", PAID.minusNanos(1), "order.deliveredAt must not be before"
                                + " order.paidAt (2026-03-01T02:00:00Z), was 2026-03-01T01:59:59.999999999Z"),
                        readsAs(ORDER, "guarantees", null, Set.of())),
                // AfterSaleClaim
                requiredId(CLAIM, "id", "claim.id"),
                requiredId(CLAIM, "orderId", "claim.orderId"),
                required(CLAIM, "type", "claim.type"),
                required(CLAIM, "filedAt", "claim.filedAt"),
                nonNegative(CLAIM, "appraisalFeeFen", "claim.appraisalFeeFen"),
                nonNegative(CLAIM, "freightFen", "claim.freightFen"),
                between(CLAIM, "spoiledPercent", "claim.spoiledPercent", 0, 100),
                nonNegative(CLAIM, "priorClaimsSameProduct180d", "claim.priorClaimsSameProduct180d"),
                Stream.of(accepts(CLAIM, "authenticityVerdict", null), accepts(CLAIM, "returnReason", null)),
                // Brand
                requiredId(BRAND, "id", "brand.id"),
                requiredText(BRAND, "name", "brand.name"),
                required(BRAND, "foundedOn", "brand.foundedOn"),
                between(BRAND, "ownBrandGmvShareBasisPoints", "brand.ownBrandGmvShareBasisPoints", 0, 10_000),
                nonNegative(BRAND, "liveRoomMonthlyAvgGmvFen", "brand.liveRoomMonthlyAvgGmvFen"),
                // BuyerAccount
                requiredId(BUYER, "id", "buyer.id"),
                between(BUYER, "creditScore", "buyer.creditScore", 0, 1000),
                nonNegative(BUYER, "refundWithoutReturnCount90d", "buyer.refundWithoutReturnCount90d"),
                nonNegative(BUYER, "maliciousClaimsRejected180d", "buyer.maliciousClaimsRejected180d"),
                Stream.of(accepts(BUYER, "trustCardRevokedUntil", null)),
                // Listing
                requiredId(LISTING, "id", "listing.id"),
                requiredId(LISTING, "shopId", "listing.shopId"),
                required(LISTING, "category", "listing.category"),
                optionalId(LISTING, "brand", "listing.brand"),
                nonNegative(LISTING, "priceFen", "listing.priceFen"),
                nonNegative(LISTING, "brandReferencePriceFen", "listing.brandReferencePriceFen"),
                currency(LISTING, "currency", "listing.currency"),
                required(LISTING, "publishedAt", "listing.publishedAt"),
                // ShopAccount
                requiredId(SHOP, "id", "shop.id"),
                requiredId(SHOP, "ownerId", "shop.ownerId"),
                optionalId(SHOP, "licenceId", "shop.licenceId"),
                optionalId(SHOP, "streamerId", "shop.streamerId"),
                required(SHOP, "status", "shop.status"),
                nonNegative(SHOP, "violationPoints365d", "shop.violationPoints365d"),
                nonNegative(SHOP, "confirmedCounterfeits365d", "shop.confirmedCounterfeits365d"),
                score(SHOP, "experienceScore", "shop.experienceScore"),
                nonNegative(SHOP, "depositFen", "shop.depositFen"),
                nonNegative(SHOP, "requiredDepositFen", "shop.requiredDepositFen"),
                Stream.of(accepts(SHOP, "depositShortfallSince", null)),
                // ShopApplication
                requiredId(APPLICATION, "id", "application.id"),
                requiredId(APPLICATION, "personId", "application.personId"),
                optionalId(APPLICATION, "licenceId", "application.licenceId"),
                required(APPLICATION, "appliedAt", "application.appliedAt"),
                optionalId(APPLICATION, "bannedShopOfPerson", "application.bannedShopOfPerson"),
                optionalId(APPLICATION, "bannedShopOfLicence", "application.bannedShopOfLicence"),
                // ViolationRecord
                requiredId(VIOLATION, "id", "violation.id"),
                requiredId(VIOLATION, "shopId", "violation.shopId"),
                required(VIOLATION, "type", "violation.type"),
                between(VIOLATION, "points", "violation.points", 0, 1000),
                required(VIOLATION, "occurredAt", "violation.occurredAt"),
                optionalId(VIOLATION, "listingId", "violation.listingId"),
                optionalId(VIOLATION, "creatorId", "violation.creatorId"),
                optionalId(VIOLATION, "liveRoomOwnerId", "violation.liveRoomOwnerId"),
                // the scores and their dimensions
                score(EXPERIENCE, "overall", "experience.overall"),
                score(EXPERIENCE, "productQuality", "experience.productQuality"),
                score(EXPERIENCE, "deliverySpeed", "experience.deliverySpeed"),
                score(EXPERIENCE, "serviceLevel", "experience.serviceLevel"),
                score(EXPERIENCE, "operatingReliability", "experience.operatingReliability"),
                score(PRODUCT, "overall", "product.overall"),
                score(PRODUCT, "content", "product.content"),
                score(PRODUCT, "heat", "product.heat"),
                score(PRODUCT, "quality", "product.quality"),
                score(PRODUCT, "service", "product.service"),
                score(PRODUCT, "brandMomentum", "product.brandMomentum"),
                score(PRODUCT, "price", "product.price"),
                score(WORD_OF_MOUTH, "overall", "wordOfMouth.overall"),
                score(WORD_OF_MOUTH, "buyerReviews", "wordOfMouth.buyerReviews"),
                score(WORD_OF_MOUTH, "productReviews", "wordOfMouth.productReviews"),
                score(WORD_OF_MOUTH, "serviceReputation", "wordOfMouth.serviceReputation"),
                between(REPEAT, "recommendationIndex", "repeatCustomers.recommendationIndex", 0, 100),
                between(REPEAT, "netPromoterScore", "repeatCustomers.netPromoterScore", -100, 100),
                // ShopScores
                requiredId(SCORES, "shopId", "shopScores.shopId"),
                required(SCORES, "experience", "shopScores.experience"),
                required(SCORES, "product", "shopScores.product"),
                required(SCORES, "repeatCustomers", "shopScores.repeatCustomers"),
                // CreatorAccount
                requiredId(CREATOR, "id", "creator.id"),
                required(CREATOR, "status", "creator.status"),
                nonNegative(CREATOR, "violationPoints365d", "creator.violationPoints365d"),
                nonNegative(CREATOR, "confirmedCounterfeits365d", "creator.confirmedCounterfeits365d"),
                required(CREATOR, "wordOfMouth", "creator.wordOfMouth"),
                Stream.of(accepts(CREATOR, "repeatCustomers", null)),
                // BuyerReports
                required(REPORTS, "subject", "reports.subject"),
                requiredId(REPORTS, "subjectId", "reports.subjectId"),
                Stream.of(
                        accepts(REPORTS, "reports30d", 3),
                        rejects(REPORTS, "reports30d", 2, "reports.confirmedReports30d must be at most reports.reports30d (2), was 3"),
                        rejects(REPORTS, "reports30d", -1, "reports.reports30d must be >= 0, was -1"),
                        rejects(REPORTS, "reports30d", Integer.MIN_VALUE, "reports.reports30d must be >= 0, was -2147483648"),
                        accepts(REPORTS, "confirmedReports30d", 0),
                        accepts(REPORTS, "confirmedReports30d", 5),
                        rejects(REPORTS, "confirmedReports30d", 6, "reports.confirmedReports30d must be at most reports.reports30d (5), was 6"),
                        rejects(REPORTS, "confirmedReports30d", -1, "reports.confirmedReports30d must be >= 0, was -1")))
                .flatMap(s -> s);
    }

    /** {@code Require.between} on a score of 0.0 to 5.0: each bound passes, the next double past it and NaN fail. */
    private static Stream<FieldCase> score(Record valid, String component, String field) {
        String expected = field + " must be between 0.0 and 5.0, was ";
        return Stream.of(
                rejects(valid, component, Math.nextDown(0.0), expected + "-4.9E-324"),
                accepts(valid, component, 0.0),
                accepts(valid, component, 5.0),
                rejects(valid, component, Math.nextUp(5.0), expected + "5.000000000000001"),
                rejects(valid, component, Double.NaN, expected + "NaN"));
    }

    /** {@code Require.currency}: absent reads as CNY; three capital letters pass; anything else fails. */
    private static Stream<FieldCase> currency(Record valid, String component, String field) {
        String expected = field + " must be an ISO-4217 code of three capital letters, was ";
        return Stream.of(
                readsAs(valid, component, null, "CNY"),
                accepts(valid, component, "USD"),
                rejects(valid, component, "", expected + "\"\""),
                rejects(valid, component, "cNY", expected + "\"cNY\""),
                rejects(valid, component, "CNy", expected + "\"CNy\""),
                rejects(valid, component, "CN", expected + "\"CN\""),
                rejects(valid, component, "CNYY", expected + "\"CNYY\""));
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

    @Test
    void should_reject_a_licence_link_when_the_application_names_no_licence() {
        assertThatThrownBy(() -> new ShopApplication("a-1", "p-1", null, PAID, null, "s-9"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("application.bannedShopOfLicence is \"s-9\" but application.licenceId is null;"
                        + " a licence link needs the licence");
        assertThat(new ShopApplication("a-1", "p-1", "lic-1", PAID, "s-8", "s-9").bannedShopOfLicence()).isEqualTo("s-9");
        assertThat(new ShopApplication("a-1", "p-1", null, PAID, "s-8", null).bannedShopOfPerson()).isEqualTo("s-8");
    }

    @Test
    void should_copy_the_guarantees_when_the_caller_changes_its_set_later() {
        Set<EntitlementType> enrolled = new HashSet<>(Set.of(EntitlementType.FREIGHT_INSURANCE));
        Order order = new Order("o", "b", "s", null, Category.FOOD, 1, null, PAID, null, enrolled, false);
        enrolled.add(EntitlementType.FAKE_ONE_PAY_TEN);
        assertThat(order.guarantees()).containsExactly(EntitlementType.FREIGHT_INSURANCE);
        assertThatThrownBy(() -> order.guarantees().add(EntitlementType.FAKE_ONE_PAY_TEN))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_reject_a_null_guarantee_when_the_set_holds_one() {
        Set<EntitlementType> withNull = new LinkedHashSet<>(Arrays.asList(EntitlementType.FREIGHT_INSURANCE, null));
        assertThatThrownBy(() -> new Order("o", "b", "s", null, Category.FOOD, 1, null, PAID, null, withNull, false))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("order.guarantees must not contain null, was [FREIGHT_INSURANCE, null]");
    }

    @Test
    void should_tell_enrolment_and_delivery_when_asked() {
        assertThat(ORDER.enrolledIn(EntitlementType.FAKE_ONE_PAY_TEN)).isTrue();
        assertThat(ORDER.enrolledIn(EntitlementType.FREIGHT_INSURANCE)).isFalse();
        assertThat(ORDER.isDelivered()).isTrue();
        assertThat(new Order("o", "b", "s", null, Category.FOOD, 1, null, PAID, null, null, false).isDelivered()).isFalse();
    }

    @Test
    void should_hold_a_revocation_until_its_end_when_asked_at_a_time() {
        Instant until = Instant.parse("2026-04-01T00:00:00Z");
        BuyerAccount revoked = new BuyerAccount("b-1", 720, 0, false, 0, until);
        assertThat(revoked.isRevokedAt(until.minusNanos(1))).isTrue();
        assertThat(revoked.isRevokedAt(until)).isFalse();
        assertThat(BUYER.isRevokedAt(until)).isFalse();
    }

    @Test
    void should_tell_a_branded_listing_when_it_names_a_brand() {
        assertThat(LISTING.isBranded()).isTrue();
        assertThat(new Listing("l-1", "s-1", Category.OTHER, null, false, 100, 0, null, PAID).isBranded()).isFalse();
    }

    @Test
    void should_ask_for_the_no_reason_return_only_when_the_return_has_no_reason() {
        AfterSaleClaim noReason = new AfterSaleClaim("c", "o", ClaimType.RETURN, PAID, null, 0, 800, ReturnReason.NO_REASON, true, true, 0, false, 0);
        AfterSaleClaim damaged = new AfterSaleClaim("c", "o", ClaimType.RETURN, PAID, null, 0, 800, ReturnReason.DAMAGED_IN_TRANSIT, true, true, 0, false, 0);
        AfterSaleClaim unexplained = new AfterSaleClaim("c", "o", ClaimType.RETURN, PAID, null, 0, 800, null, true, true, 0, false, 0);
        assertThat(noReason.entitlementsAsked()).containsExactly(EntitlementType.FREIGHT_INSURANCE, EntitlementType.NO_REASON_RETURN_7D);
        assertThat(damaged.entitlementsAsked()).containsExactly(EntitlementType.FREIGHT_INSURANCE, EntitlementType.SELLER_FAULT_RETURN);
        assertThat(unexplained.entitlementsAsked()).containsExactly(EntitlementType.FREIGHT_INSURANCE);
        assertThat(CLAIM.entitlementsAsked()).containsExactly(EntitlementType.FAKE_ONE_PAY_TEN);
    }

    @Test
    void should_ask_for_the_exchange_and_its_return_freight_whatever_the_reason_when_the_claim_is_an_exchange() {
        for (ReturnReason reason : new ReturnReason[] {ReturnReason.NO_REASON, ReturnReason.WRONG_ITEM, null}) {
            AfterSaleClaim exchange = new AfterSaleClaim("c", "o", ClaimType.EXCHANGE, PAID, null, 0, 800, reason, true, true, 0, false, 0);
            assertThat(exchange.entitlementsAsked()).as("reason %s", reason)
                    .containsExactly(EntitlementType.FREIGHT_INSURANCE, EntitlementType.EXCHANGE);
        }
    }

    @Test
    void should_count_only_transit_damage_and_spoilage_as_visible_on_arrival() {
        assertThat(Stream.of(ReturnReason.values()).filter(ReturnReason::isArrivalDefect))
                .containsExactly(ReturnReason.DAMAGED_IN_TRANSIT, ReturnReason.SPOILED);
    }

    @Test
    void should_tell_the_creators_own_live_room_when_the_room_is_the_creators() {
        assertThat(VIOLATION.inCreatorsOwnRoom()).isTrue();
        assertThat(new ViolationRecord("v", "s", ViolationType.OTHER, 1, PAID, false, null, "c-9", "s").inCreatorsOwnRoom()).isFalse();
        assertThat(new ViolationRecord("v", "s", ViolationType.OTHER, 1, PAID, false, null, "c-9", null).inCreatorsOwnRoom()).isFalse();
        assertThat(new ViolationRecord("v", "s", ViolationType.OTHER, 1, PAID, false, null).creatorId()).isNull();
    }

    @Test
    void should_find_the_lowest_dimension_of_a_score() {
        assertThat(EXPERIENCE.lowestDimension()).isEqualTo(4.4);
        assertThat(new ExperienceScore(4.0, 1.0, 2.0, 3.0, 4.0).lowestDimension()).isEqualTo(1.0);
        assertThat(new ExperienceScore(4.0, 4.0, 3.0, 2.0, 1.0).lowestDimension()).isEqualTo(1.0);
        assertThat(WORD_OF_MOUTH.lowestDimension()).isEqualTo(4.3);
        assertThat(new WordOfMouthScore(4.0, 1.0, 2.0, 3.0).lowestDimension()).isEqualTo(1.0);
        assertThat(new WordOfMouthScore(4.0, 3.0, 1.0, 2.0).lowestDimension()).isEqualTo(1.0);
    }

    @Test
    void should_count_only_a_no_reason_return_as_not_the_sellers_fault() {
        assertThat(ReturnReason.NO_REASON.isSellerFault()).isFalse();
        assertThat(Stream.of(ReturnReason.values()).filter(ReturnReason::isSellerFault))
                .containsExactly(ReturnReason.QUALITY_PROBLEM, ReturnReason.DAMAGED_IN_TRANSIT, ReturnReason.NOT_AS_DESCRIBED,
                        ReturnReason.WRONG_ITEM, ReturnReason.SPOILED);
    }
}
