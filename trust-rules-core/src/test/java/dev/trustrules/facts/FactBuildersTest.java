package dev.trustrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.EntitlementType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactBuildersTest {
    private static final Instant PAID = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant DELIVERED = Instant.parse("2026-03-03T02:00:00Z");

    @Test
    void should_build_the_order_the_constructor_builds_when_every_field_is_given() {
        Order built = Order.builder().id("o-1").buyerId("b-1").shopId("s-1").productId("p-1").category(Category.COSMETICS)
                .paidFen(19_900).currency("CNY").paidAt(PAID).deliveredAt(DELIVERED)
                .guarantees(EntitlementType.FAKE_ONE_PAY_TEN, EntitlementType.FREIGHT_INSURANCE).authenticated(false).build();

        assertThat(built).isEqualTo(new Order("o-1", "b-1", "s-1", "p-1", Category.COSMETICS, 19_900, "CNY", PAID, DELIVERED,
                Set.of(EntitlementType.FAKE_ONE_PAY_TEN, EntitlementType.FREIGHT_INSURANCE), false));
        assertThat(built.toBuilder().paidFen(5_000).build().paidFen()).isEqualTo(5_000);
        assertThat(built.toBuilder().build()).isEqualTo(built);
    }

    @Test
    void should_refuse_naming_the_field_when_a_required_number_or_flag_was_not_set() {
        Order.Builder order = Order.builder().id("o-1").buyerId("b-1").shopId("s-1").category(Category.COSMETICS).paidAt(PAID);
        assertThatThrownBy(order::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order.paidFen is required, was not set");
        assertThatThrownBy(order.paidFen(100)::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order.authenticated is required, was not set");
        assertThat(order.authenticated(true).build().currency()).isEqualTo("CNY");
    }

    @Test
    void should_refuse_through_the_record_constructor_when_a_value_is_invalid() {
        assertThatThrownBy(() -> Order.builder().buyerId("b-1").shopId("s-1").category(Category.COSMETICS).paidFen(1)
                .paidAt(PAID).authenticated(false).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("order.id must be a non-blank id, was null");
        assertThatThrownBy(() -> BuyerAccount.builder().id("b-1").creditScore(1001).refundWithoutReturnCount90d(0)
                .abuseFlag(false).maliciousClaimsRejected180d(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("buyer.creditScore must be between 0 and 1000, was 1001");
    }

    @Test
    void should_build_every_fact_with_six_or_more_fields_when_its_required_fields_are_set() {
        AfterSaleClaim claim = AfterSaleClaim.builder().id("c-1").orderId("o-1").type(ClaimType.COUNTERFEIT).filedAt(DELIVERED)
                .authenticityVerdict(AuthenticityVerdict.FAKE).appraisalFeeFen(0).freightFen(1_200).evidenceAttached(true)
                .itemIntact(true).spoiledPercent(0).buyerCausedDamage(false).priorClaimsSameProduct180d(0).build();
        assertThat(claim).isEqualTo(new AfterSaleClaim("c-1", "o-1", ClaimType.COUNTERFEIT, DELIVERED, AuthenticityVerdict.FAKE,
                0, 1_200, null, true, true, 0, false, 0));

        assertThat(BuyerAccount.builder().id("b-1").creditScore(720).refundWithoutReturnCount90d(0).abuseFlag(false)
                .maliciousClaimsRejected180d(0).build()).isEqualTo(new BuyerAccount("b-1", 720, 0, false, 0, null));
        assertThat(ShopAccount.builder().id("s-1").ownerId("p-1").status(ShopStatus.ACTIVE).violationPoints365d(0)
                .confirmedCounterfeits365d(0).experienceScore(4.6).depositFen(500_000).requiredDepositFen(500_000).build())
                .isEqualTo(new ShopAccount("s-1", "p-1", null, null, ShopStatus.ACTIVE, 0, 0, 4.6, 500_000, 500_000, null));
        assertThat(Listing.builder().id("l-1").shopId("s-1").category(Category.COSMETICS).brandAuthorised(false)
                .priceFen(9_900).publishedAt(PAID).build())
                .isEqualTo(new Listing("l-1", "s-1", Category.COSMETICS, null, false, 9_900, 0, null, PAID));
        assertThat(Brand.builder().id("br-1").name("Acme").foundedOn(LocalDate.of(2023, 6, 1)).ownBrandGmvShareBasisPoints(5_000)
                .liveRoomMonthlyAvgGmvFen(100).platformIsCoreChannel(true).build())
                .isEqualTo(new Brand("br-1", "Acme", LocalDate.of(2023, 6, 1), 5_000, 100, true));
        assertThat(ShopApplication.builder().id("a-1").personId("p-2").appliedAt(PAID).build())
                .isEqualTo(new ShopApplication("a-1", "p-2", null, PAID, null, null));
    }

    @Test
    void should_build_the_creator_and_keep_the_violations_creator_and_live_room_when_copied() {
        WordOfMouthScore wordOfMouth = new WordOfMouthScore(4.6, 4.5, 4.7, 4.4);
        CreatorAccount creator = CreatorAccount.builder().id("c-1").status(CreatorStatus.ACTIVE).violationPoints365d(6)
                .confirmedCounterfeits365d(0).wordOfMouth(wordOfMouth).build();
        ViolationRecord violation = ViolationRecord.builder().id("v-1").shopId("s-1").type(ViolationType.COUNTERFEIT_SALE)
                .occurredAt(PAID).particularlySerious(false).creatorId("c-1").liveRoomOwnerId("c-1").build();

        assertThat(creator).isEqualTo(new CreatorAccount("c-1", CreatorStatus.ACTIVE, 6, 0, wordOfMouth, null));
        assertThat(creator.toBuilder().violationPoints365d(18).build().violationPoints365d()).isEqualTo(18);
        assertThat(violation).isEqualTo(new ViolationRecord("v-1", "s-1", ViolationType.COUNTERFEIT_SALE, 0, PAID, false, null,
                "c-1", "c-1"));
        assertThat(violation.toBuilder().listingId("l-1").build().creatorId()).isEqualTo("c-1");
        assertThat(violation.toBuilder().build()).isEqualTo(violation);
        assertThatThrownBy(() -> CreatorAccount.builder().id("c-1").status(CreatorStatus.ACTIVE).violationPoints365d(0)
                .wordOfMouth(wordOfMouth).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("creator.confirmedCounterfeits365d is required, was not set");
    }

    @Test
    void should_need_points_unless_the_violation_is_a_counterfeit_sale_whose_points_the_policy_sets() {
        ViolationRecord.Builder violation = ViolationRecord.builder().id("v-1").shopId("s-1").occurredAt(PAID)
                .particularlySerious(false);
        assertThat(violation.type(ViolationType.COUNTERFEIT_SALE).build().points()).isZero();
        assertThatThrownBy(violation.type(ViolationType.FALSE_ADVERTISING)::build)
                .isInstanceOf(IllegalArgumentException.class).hasMessage("violation.points is required, was not set");
    }
}
