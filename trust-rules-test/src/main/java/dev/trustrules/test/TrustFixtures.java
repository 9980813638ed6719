package dev.trustrules.test;

import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ViolationType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Plausible facts in one line, changed only where a test cares.
 *
 * <pre>{@code
 * TrustRequest request = TrustFixtures.claim(ClaimType.COUNTERFEIT)
 *         .order(o -> o.category(Category.FOOD).paidFen(5_000))
 *         .claim(c -> c.verdict(AuthenticityVerdict.FAKE).filedDaysAfterDelivery(90))
 *         .build();
 * }</pre>
 *
 * <p>Defaults: order {@code o-1} of 199.00 CNY in {@code APPAREL}, paid {@link #PAID_AT} and signed
 * for two days later ({@link #DELIVERED_AT}); buyer {@code b-1} with credit score 700 (GOLD); shop
 * {@code s-1}, active, no points, experience score 4.6 (its scores, when asked for, 4.6 in every experience
 * dimension, product score 4.7, repeat-customer index 70, NPS 40); creator {@code creator-1}, active, no
 * points, word-of-mouth 4.6, index 70, NPS 40; a claim filed 3 days after delivery. The ids agree with each
 * other, so requests built here always pass the request's consistency checks.
 */
public final class TrustFixtures {
    /** When the default order was paid: 2026-03-01 10:00 in Shanghai. */
    public static final Instant PAID_AT = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
    /** When the buyer signed for the default order: 2026-03-03 10:00 in Shanghai. */
    public static final Instant DELIVERED_AT = PAID_AT.plusSeconds(2 * 86_400);

    /** The platform's time zone, in which calendar days and the no-reason-return window are counted. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private TrustFixtures() {}

    /** A wall-clock time in Shanghai, as an instant: {@code shanghai(2026, 3, 11, 0, 0, 0)}. */
    public static Instant shanghai(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).atZone(SHANGHAI).toInstant();
    }

    /** A checkout question: the default order, buyer and shop. */
    public static RequestFixture checkout() {
        return new RequestFixture().withOrder().withBuyer().withShop();
    }

    /** A claim of this type against the default order, with its buyer and shop. */
    public static RequestFixture claim(ClaimType type) {
        return checkout().withClaim(type);
    }

    /** A confirmed violation of this type by the default shop. */
    public static RequestFixture violation(ViolationType type) {
        return new RequestFixture().withShop().withViolation(type);
    }

    /** A listing published by the default shop: branded "Acme", authorised, at its 199.00 CNY reference price. */
    public static RequestFixture listing() {
        return new RequestFixture().withShop().withListing();
    }

    /** An application to open a new shop, linked to no banned shop. */
    public static RequestFixture shopApplication() {
        return new RequestFixture().withApplication();
    }

    /** A brand asking for quick-brand support that meets every condition. */
    public static RequestFixture brand() {
        return new RequestFixture().withBrand();
    }

    /** The default shop alone: a review of its standing (experience score, deposit). */
    public static RequestFixture shopReview() {
        return new RequestFixture().withShop();
    }

    /** The default creator alone: a review of the creator's trust standing and traffic weight. */
    public static RequestFixture creatorReview() {
        return new RequestFixture().withCreator();
    }

    /**
     * A confirmed violation of this type by the default shop, presented by the default creator in the
     * creator's own live room.
     */
    public static RequestFixture creatorViolation(ViolationType type) {
        return violation(type).withCreator().byCreator("creator-1");
    }

    /** An empty request to fill in fact by fact. */
    public static RequestFixture request() {
        return new RequestFixture();
    }

    public static OrderFixture order() {
        return new OrderFixture();
    }

    public static BuyerFixture buyer() {
        return new BuyerFixture();
    }

    public static ShopFixture shop() {
        return new ShopFixture();
    }

    public static ClaimFixture claimOf(ClaimType type) {
        return new ClaimFixture(type);
    }

    public static ViolationFixture violationOf(ViolationType type) {
        return new ViolationFixture(type);
    }

    public static CreatorFixture creator() {
        return new CreatorFixture();
    }
}
