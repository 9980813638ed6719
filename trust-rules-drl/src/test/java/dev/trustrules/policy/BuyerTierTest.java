package dev.trustrules.policy;

import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.test.TrustFixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trust-card tiers (信任卡): buyers/tiers.drl, BT-01 to BT-12, with the thresholds of buyers/limits.drl. */
class BuyerTierTest {
    /** When a checkout is decided: the order's payment time. */
    private static final Instant NOW = TrustFixtures.PAID_AT;

    // --- from the credit score, on each side of each threshold ---

    @ParameterizedTest(name = "credit score {0} is {1} by {2}")
    @CsvSource({
        "   0, BASIC,    BT-04",
        " 549, BASIC,    BT-04",
        " 550, SILVER,   BT-03",
        " 649, SILVER,   BT-03",
        " 650, GOLD,     BT-02",
        " 749, GOLD,     BT-02",
        " 750, PLATINUM, BT-01",
        "1000, PLATINUM, BT-01",
    })
    void should_grade_the_buyer_by_credit_score_when_in_good_standing(int score, BuyerTier tier, String rule) {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(score)));

        assertThat(decision).hasBuyerTier(tier).firedRule(rule);
        for (String other : new String[] {"BT-01", "BT-02", "BT-03", "BT-04", "BT-10", "BT-11", "BT-12"}) {
            if (!other.equals(rule)) {
                assertThat(decision).didNotFireRule(other);
            }
        }
    }

    @Test
    void should_have_no_tier_when_the_request_has_no_buyer() {
        Decision decision = decide(checkout().withoutBuyer());

        assertThat(decision).hasBuyerTier(null).didNotFireRule("BT-01").didNotFireRule("BT-04");
    }

    // --- demotions ---

    @Test
    void should_demote_to_basic_when_an_abuse_flag_is_open() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(900).abuseFlag(true)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).firedRule("BT-10").didNotFireRule("BT-01");
    }

    @Test
    void should_demote_only_for_the_abuse_flag_when_the_buyer_is_also_over_the_refund_limit() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(900).abuseFlag(true).refundWithoutReturnCount90d(5)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).firedRule("BT-10").didNotFireRule("BT-11");
    }

    @Test
    void should_keep_the_score_tier_when_the_buyer_had_3_refunds_without_return_in_90_days() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(900).refundWithoutReturnCount90d(3)));

        assertThat(decision).hasBuyerTier(BuyerTier.PLATINUM).firedRule("BT-01").didNotFireRule("BT-11");
    }

    @Test
    void should_demote_to_basic_when_the_buyer_had_4_refunds_without_return_in_90_days() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(900).refundWithoutReturnCount90d(4)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).firedRule("BT-11").didNotFireRule("BT-01");
    }

    @Test
    void should_demote_to_basic_while_the_trust_card_is_revoked() {
        Decision decision = decide(checkout().at(NOW).buyer(b -> b.creditScore(900).trustCardRevokedUntil(NOW.plusSeconds(1))));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).firedRule("BT-12").didNotFireRule("BT-01");
    }

    @Test
    void should_restore_the_score_tier_when_the_revocation_ends_at_the_evaluation_time() {
        Decision decision = decide(checkout().at(NOW).buyer(b -> b.creditScore(900).trustCardRevokedUntil(NOW)));

        assertThat(decision).hasBuyerTier(BuyerTier.PLATINUM).firedRule("BT-01").didNotFireRule("BT-12");
    }

    @Test
    void should_restore_the_score_tier_when_the_revocation_ended_before() {
        Decision decision = decide(checkout().at(NOW)
                .buyer(b -> b.creditScore(700).trustCardRevokedUntil(NOW.minus(Duration.ofDays(1)))));

        assertThat(decision).hasBuyerTier(BuyerTier.GOLD).firedRule("BT-02").didNotFireRule("BT-12");
    }

    @Test
    void should_demote_only_for_the_refund_limit_when_the_card_is_also_revoked() {
        Decision decision = decide(checkout().at(NOW)
                .buyer(b -> b.creditScore(900).refundWithoutReturnCount90d(4).trustCardRevokedUntil(NOW.plus(Duration.ofDays(30)))));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).firedRule("BT-11").didNotFireRule("BT-12");
    }
}
