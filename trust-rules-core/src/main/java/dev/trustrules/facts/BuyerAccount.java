package dev.trustrules.facts;

import dev.trustrules.internal.Require;
import java.time.Instant;

/**
 * A buyer's standing, as computed by the platform's account and risk services.
 *
 * @param id the buyer account id
 * @param creditScore the platform credit score, 0 to 1000; it sets the trust-card tier
 * @param refundWithoutReturnCount90d refunds without return granted in the last 90 days
 * @param abuseFlag an open refund-abuse flag set by risk control
 * @param maliciousClaimsRejected180d claims rejected as malicious in the last 180 days
 * @param trustCardRevokedUntil the end of a running trust-card revocation, or {@code null}
 */
public record BuyerAccount(
        String id,
        int creditScore,
        int refundWithoutReturnCount90d,
        boolean abuseFlag,
        int maliciousClaimsRejected180d,
        Instant trustCardRevokedUntil) {

    public BuyerAccount {
        Require.id("buyer.id", id);
        Require.between("buyer.creditScore", creditScore, 0, 1000);
        Require.nonNegative("buyer.refundWithoutReturnCount90d", refundWithoutReturnCount90d);
        Require.nonNegative("buyer.maliciousClaimsRejected180d", maliciousClaimsRejected180d);
    }

    /** Whether a trust-card revocation is still running at the given time. */
    public boolean isRevokedAt(Instant time) {
        return trustCardRevokedUntil != null && time.isBefore(trustCardRevokedUntil);
    }
}
