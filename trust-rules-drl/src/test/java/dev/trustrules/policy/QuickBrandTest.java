package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.QUICK_BRAND_SUPPORT;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.brand;
import static dev.trustrules.test.TrustFixtures.shanghai;

import dev.trustrules.Decision;
import dev.trustrules.Payer;
import dev.trustrules.test.RequestFixture;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Quick-brand support (快品牌): brands/quick-brand.drl, QB-10 to QB-20, with the thresholds of
 * brands/limits.drl (foundedWithinYears = 5, ownBrandGmvShareAboveBasisPoints = 3000,
 * liveRoomMonthlyGmvAboveFen = 200000000).
 */
class QuickBrandTest {
    /** When the brand's request is decided: 2026-03-01 10:00 in Shanghai. */
    private static final Instant NOW = shanghai(2026, 3, 1, 10, 0, 0);

    private static RequestFixture quickBrand() {
        return brand().at(NOW);
    }

    // --- QB-20 ---

    @Test
    void should_grant_quick_brand_support_paid_by_the_platform_when_every_condition_holds() {
        Decision decision = decide(quickBrand());

        assertThat(decision).grants(QUICK_BRAND_SUPPORT).withRefundFen(0).withPayoutFen(0).paidBy(Payer.PLATFORM)
                .withoutReturn().inCurrency("CNY").because("QUICK_BRAND_QUALIFIED").byRule("QB-20")
                .and().hasNoDenials().hasNoSanctions();
    }

    // --- QB-10: founded exactly 5 years before the evaluation date vs one day earlier ---

    @Test
    void should_grant_quick_brand_support_when_founded_exactly_5_years_before_the_evaluation_date() {
        Decision decision = decide(quickBrand().brand(b -> b.foundedOn(LocalDate.of(2021, 3, 1))));

        assertThat(decision).grants(QUICK_BRAND_SUPPORT).byRule("QB-20").and().didNotFireRule("QB-10");
    }

    @Test
    void should_deny_quick_brand_support_when_founded_one_day_more_than_5_years_before() {
        Decision decision = decide(quickBrand().brand(b -> b.foundedOn(LocalDate.of(2021, 2, 28))));

        assertThat(decision).denies(QUICK_BRAND_SUPPORT).becauseExactly("FOUNDED_TOO_LONG_AGO").byRule("QB-10")
                .withDetail("founded 2021-02-28, more than 5 years before 2026-03-01");
    }

    @Test
    void should_count_the_5_years_from_the_evaluation_date_in_shanghai() {
        // 2026-02-28 16:30 UTC is already 2026-03-01 in Shanghai
        Decision decision = decide(brand().at(Instant.parse("2026-02-28T16:30:00Z")).brand(b -> b.foundedOn(LocalDate.of(2021, 2, 28))));

        assertThat(decision).denies(QUICK_BRAND_SUPPORT).becauseExactly("FOUNDED_TOO_LONG_AGO")
                .withDetail("founded 2021-02-28, more than 5 years before 2026-03-01");
    }

    // --- QB-11: share 3001 vs 3000 basis points ---

    @Test
    void should_grant_quick_brand_support_when_the_own_brand_share_is_30_01_percent() {
        Decision decision = decide(quickBrand().brand(b -> b.ownBrandGmvShareBasisPoints(3_001)));

        assertThat(decision).grants(QUICK_BRAND_SUPPORT).byRule("QB-20").and().didNotFireRule("QB-11");
    }

    @Test
    void should_deny_quick_brand_support_when_the_own_brand_share_is_exactly_30_percent() {
        Decision decision = decide(quickBrand().brand(b -> b.ownBrandGmvShareBasisPoints(3_000)));

        assertThat(decision).denies(QUICK_BRAND_SUPPORT).becauseExactly("OWN_BRAND_SHARE_TOO_LOW").byRule("QB-11")
                .withDetail("own-brand GMV share 30.00% is not above 30.00%");
    }

    // --- QB-12: GMV 200000001 vs 200000000 fen ---

    @Test
    void should_grant_quick_brand_support_when_the_live_room_gmv_is_one_fen_above_2_million_cny() {
        Decision decision = decide(quickBrand().brand(b -> b.liveRoomMonthlyAvgGmvFen(200_000_001L)));

        assertThat(decision).grants(QUICK_BRAND_SUPPORT).byRule("QB-20").and().didNotFireRule("QB-12");
    }

    @Test
    void should_deny_quick_brand_support_when_the_live_room_gmv_is_exactly_2_million_cny() {
        Decision decision = decide(quickBrand().brand(b -> b.liveRoomMonthlyAvgGmvFen(200_000_000L)));

        assertThat(decision).denies(QUICK_BRAND_SUPPORT).becauseExactly("LIVE_ROOM_GMV_TOO_LOW").byRule("QB-12")
                .withDetail("live-room monthly average GMV 2000000.00 CNY is not above 2000000.00 CNY");
    }

    // --- QB-13: core channel ---

    @Test
    void should_deny_quick_brand_support_when_the_platform_is_not_the_core_channel() {
        Decision decision = decide(quickBrand().brand(b -> b.platformIsCoreChannel(false)));

        assertThat(decision).denies(QUICK_BRAND_SUPPORT).becauseExactly("NOT_CORE_CHANNEL").byRule("QB-13")
                .withDetail("the platform is not the brand's core sales channel");
    }

    @Test
    void should_deny_quick_brand_support_once_per_failed_condition_when_every_condition_fails() {
        Decision decision = decide(quickBrand().brand(b -> b.foundedOn(LocalDate.of(2000, 1, 1)).ownBrandGmvShareBasisPoints(0)
                .liveRoomMonthlyAvgGmvFen(0).platformIsCoreChannel(false)));

        assertThat(decision).denies(QUICK_BRAND_SUPPORT)
                .becauseExactly("FOUNDED_TOO_LONG_AGO", "OWN_BRAND_SHARE_TOO_LOW", "LIVE_ROOM_GMV_TOO_LOW", "NOT_CORE_CHANNEL")
                .and().didNotFireRule("QB-20");
    }
}
