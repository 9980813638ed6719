package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.REFUND_WITHOUT_RETURN;
import static dev.trustrules.SanctionType.TRUST_CARD_REVOKED;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.checkout;
import static dev.trustrules.test.TrustFixtures.claim;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.TrustFixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trust-card revocation for refund abuse: buyers/tiers.drl, BT-20 (more refunds without return than
 * allowed) and BT-21 (claims rejected as malicious), with the thresholds of buyers/limits.drl
 * (refundsWithoutReturnPer90d = 3, maliciousClaimsToRevoke = 1, trustCardRevocationDays = 180).
 */
class TrustCardRevocationTest {
    /** When a checkout is decided: the order's payment time. */
    private static final Instant NOW = TrustFixtures.PAID_AT;

    // --- BT-20: refunds without return in 90 days, 3 vs 4 ---

    @Test
    void should_not_revoke_the_trust_card_when_the_buyer_had_3_refunds_without_return_in_90_days() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(900).refundWithoutReturnCount90d(3)));

        assertThat(decision).hasBuyerTier(BuyerTier.PLATINUM).hasNoSanctions().didNotFireRule("BT-20");
    }

    @Test
    void should_revoke_the_trust_card_for_180_days_when_the_buyer_had_4_refunds_without_return_in_90_days() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(900).refundWithoutReturnCount90d(4)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).firedRule("BT-11")
                .sanctionsExactly(TRUST_CARD_REVOKED)
                .sanctions(TRUST_CARD_REVOKED).once().withDays(180).withPoints(0).because("REFUND_ABUSE").byRule("BT-20")
                .withDetail("4 refunds without return in the last 90 days, at most 3 allowed");
    }

    @Test
    void should_not_revoke_again_when_the_trust_card_is_already_revoked_at_the_evaluation_time() {
        Decision decision = decide(checkout().at(NOW)
                .buyer(b -> b.creditScore(900).refundWithoutReturnCount90d(4).trustCardRevokedUntil(NOW.plusSeconds(1))));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).hasNoSanctions().didNotFireRule("BT-20");
    }

    @Test
    void should_revoke_again_when_the_previous_revocation_ends_at_the_evaluation_time() {
        Decision decision = decide(checkout().at(NOW)
                .buyer(b -> b.creditScore(900).refundWithoutReturnCount90d(4).trustCardRevokedUntil(NOW)));

        assertThat(decision).sanctions(TRUST_CARD_REVOKED).once().withDays(180).byRule("BT-20");
    }

    // --- BT-21: claims rejected as malicious in 180 days, 0 vs 1 ---

    @Test
    void should_keep_the_score_tier_when_no_claim_was_rejected_as_malicious() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(700).maliciousClaimsRejected180d(0)));

        assertThat(decision).hasBuyerTier(BuyerTier.GOLD).firedRule("BT-02").hasNoSanctions().didNotFireRule("BT-21");
    }

    @Test
    void should_demote_to_basic_and_revoke_the_trust_card_when_one_claim_was_rejected_as_malicious() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(900).maliciousClaimsRejected180d(1)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).didNotFireRule("BT-01")
                .sanctionsExactly(TRUST_CARD_REVOKED)
                .sanctions(TRUST_CARD_REVOKED).once().withDays(180).withPoints(0).because("MALICIOUS_CLAIMS").byRule("BT-21")
                .withDetail("1 claims rejected as malicious in the last 180 days, limit 1");
    }

    @Test
    void should_not_revoke_again_for_malicious_claims_while_the_trust_card_is_revoked() {
        Decision decision = decide(checkout().at(NOW)
                .buyer(b -> b.creditScore(900).maliciousClaimsRejected180d(2).trustCardRevokedUntil(NOW.plus(Duration.ofDays(90)))));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).firedRule("BT-12").hasNoSanctions().didNotFireRule("BT-21");
    }

    @Test
    void should_revoke_once_for_refund_abuse_when_the_buyer_is_also_over_the_refund_limit() {
        Decision decision = decide(checkout().buyer(b -> b.creditScore(900).refundWithoutReturnCount90d(4).maliciousClaimsRejected180d(1)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).firedRule("BT-11").didNotFireRule("BT-21")
                .sanctionsExactly(TRUST_CARD_REVOKED)
                .sanctions(TRUST_CARD_REVOKED).once().because("REFUND_ABUSE").byRule("BT-20");
    }

    @Test
    void should_deny_refund_without_return_once_as_basic_when_an_abuse_flag_is_open_and_a_claim_was_rejected_as_malicious() {
        Decision decision = decide(claim(ClaimType.REFUND_WITHOUT_RETURN).order(o -> o.paidFen(5_000))
                .buyer(b -> b.creditScore(900).abuseFlag(true).maliciousClaimsRejected180d(1)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).firedRule("BT-10")
                .sanctions(TRUST_CARD_REVOKED).once().because("MALICIOUS_CLAIMS").byRule("BT-21")
                .and().denies(REFUND_WITHOUT_RETURN).becauseExactly("TIER_BELOW_GOLD", "ABUSE_FLAG_OPEN")
                .withDetail("buyer tier BASIC is below GOLD (ABUSE_FLAG_OPEN)");
    }

    // --- a revoked buyer gets no refund without return whatever the credit score ---

    @ParameterizedTest(name = "credit score {0}")
    @ValueSource(ints = {0, 549, 550, 650, 749, 750, 1000})
    void should_deny_refund_without_return_when_the_trust_card_is_revoked_whatever_the_credit_score(int score) {
        Decision decision = decide(claim(ClaimType.REFUND_WITHOUT_RETURN).order(o -> o.paidFen(5_000))
                .buyer(b -> b.creditScore(score).trustCardRevokedUntil(TrustFixtures.DELIVERED_AT.plus(Duration.ofDays(30)))));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).firedRule("BT-12")
                .denies(REFUND_WITHOUT_RETURN).becauseExactly("TIER_BELOW_GOLD").byRule("RWR-10")
                .withDetail("buyer tier BASIC is below GOLD (TRUST_CARD_REVOKED)");
    }

    @ParameterizedTest(name = "credit score {0}")
    @ValueSource(ints = {650, 750, 1000})
    void should_deny_refund_without_return_when_a_claim_was_rejected_as_malicious_whatever_the_credit_score(int score) {
        Decision decision = decide(claim(ClaimType.REFUND_WITHOUT_RETURN).order(o -> o.paidFen(5_000))
                .buyer(b -> b.creditScore(score).maliciousClaimsRejected180d(1)));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC)
                .denies(REFUND_WITHOUT_RETURN).becauseExactly("TIER_BELOW_GOLD").byRule("RWR-10")
                .withDetail("buyer tier BASIC is below GOLD (MALICIOUS_CLAIMS)");
    }

    @Test
    void should_not_carry_refund_without_return_at_checkout_when_the_trust_card_is_revoked() {
        Decision decision = decide(checkout().at(NOW).order(o -> o.paidFen(5_000))
                .buyer(b -> b.creditScore(900).trustCardRevokedUntil(NOW.plus(Duration.ofDays(1)))));

        assertThat(decision).hasBuyerTier(BuyerTier.BASIC).doesNotCarry(REFUND_WITHOUT_RETURN)
                .didNotFireRule("RWR-02").didNotFireRule("FRT-02");
    }
}
