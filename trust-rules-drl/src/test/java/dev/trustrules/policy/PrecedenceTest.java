package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.REFUND_WITHOUT_RETURN;
import static dev.trustrules.SanctionType.ALL_LISTINGS_DELISTED;
import static dev.trustrules.SanctionType.LISTING_REMOVED;
import static dev.trustrules.SanctionType.SETTLEMENT_FROZEN;
import static dev.trustrules.SanctionType.SHOP_BAN;
import static dev.trustrules.SanctionType.SHOP_SUSPENSION;
import static dev.trustrules.SanctionType.STREAMER_BAN;
import static dev.trustrules.SanctionType.VIOLATION_POINTS;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.claim;
import static dev.trustrules.test.TrustFixtures.violation;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.test.TrustFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conflicts between rules, as docs/policy-authoring.md ("Precedence") states them: a ban supersedes a
 * suspension, a denial overrides a grant, and a buyer in bad standing loses the tier its score would give.
 */
class PrecedenceTest {

    @Test
    void should_ban_without_suspension_when_a_serious_counterfeit_also_crosses_the_30_day_suspension_threshold() {
        Decision decision = decide(violation(ViolationType.COUNTERFEIT_SALE)
                .shop(s -> s.violationPoints365d(30)).violation(v -> v.particularlySerious(true)));

        assertThat(decision).sanctionsExactly(SHOP_BAN, STREAMER_BAN, ALL_LISTINGS_DELISTED, SETTLEMENT_FROZEN,
                        VIOLATION_POINTS, LISTING_REMOVED)
                .doesNotSanction(SHOP_SUSPENSION).didNotFireRule("LAD-03").didNotFireRule("LAD-04")
                .sanctions(SHOP_BAN).once().byRule("CF-12").because("COUNTERFEIT_PARTICULARLY_SERIOUS");
    }

    @Test
    void should_ban_once_by_the_ladder_without_suspension_when_points_jump_past_every_threshold() {
        Decision decision = decide(violation(ViolationType.PROHIBITED_ITEM).violation(v -> v.points(48)));

        assertThat(decision).sanctionsExactly(SHOP_BAN, VIOLATION_POINTS)
                .sanctions(SHOP_BAN).once().byRule("LAD-04").because("POINTS_BAN_THRESHOLD");
    }

    @ParameterizedTest(name = "credit score {0} ({1})")
    @CsvSource({"650, GOLD", "750, PLATINUM", "1000, PLATINUM"})
    void should_deny_refund_without_return_to_a_revoked_buyer_whatever_the_score_tier(int score, BuyerTier scoreTier) {
        Decision unrevoked = decide(claim(ClaimType.REFUND_WITHOUT_RETURN).order(o -> o.paidFen(5_000))
                .buyer(b -> b.creditScore(score)));
        Decision revoked = decide(claim(ClaimType.REFUND_WITHOUT_RETURN).order(o -> o.paidFen(5_000))
                .buyer(b -> b.creditScore(score).trustCardRevokedUntil(TrustFixtures.DELIVERED_AT.plus(Duration.ofDays(180)))));

        assertThat(unrevoked).hasBuyerTier(scoreTier).grants(REFUND_WITHOUT_RETURN).byRule("RWR-20");
        assertThat(revoked).hasBuyerTier(BuyerTier.BASIC).didNotFireRule("RWR-20")
                .denies(REFUND_WITHOUT_RETURN).becauseExactly("TIER_BELOW_GOLD").byRule("RWR-10")
                .withDetail("buyer tier BASIC is below GOLD (TRUST_CARD_REVOKED)");
    }

    @Test
    void should_deny_refund_without_return_under_2026_12_0_even_to_a_platinum_buyer() {
        Decision decision = decide(claim(ClaimType.REFUND_WITHOUT_RETURN).buyer(b -> b.creditScore(1000))
                .order(o -> o.paidFen(100).paidAt(TrustFixtures.shanghai(2026, 12, 24, 20, 0, 0)).deliveredAfter(Duration.ofDays(1))));

        assertThat(decision).hasBuyerTier(BuyerTier.PLATINUM)
                .denies(REFUND_WITHOUT_RETURN).becauseExactly("GUARANTEE_WITHDRAWN").byRule("RWR-30");
    }
}
