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

    /**
     * A builder of {@code BuyerAccount}, for code that would otherwise call the 6-argument constructor.
     * {@link Builder#build()} calls the constructor, which validates every field; a required number or flag
     * that was never set fails too (naming it), rather than silently being 0 or {@code false}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this buyer's fields, to build a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.creditScore = creditScore;
        builder.refundWithoutReturnCount90d = refundWithoutReturnCount90d;
        builder.abuseFlag = abuseFlag;
        builder.maliciousClaimsRejected180d = maliciousClaimsRejected180d;
        builder.trustCardRevokedUntil = trustCardRevokedUntil;
        return builder;
    }

    /** Builds a {@link BuyerAccount}; see {@link BuyerAccount#builder()}. Not thread-safe; reusable. */
    public static final class Builder {
        private String id;
        private Integer creditScore;
        private Integer refundWithoutReturnCount90d;
        private Boolean abuseFlag;
        private Integer maliciousClaimsRejected180d;
        private Instant trustCardRevokedUntil;

        private Builder() {}

        /** The id: see {@link BuyerAccount#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The creditScore: see {@link BuyerAccount#creditScore()}; required. */
        public Builder creditScore(int creditScore) {
            this.creditScore = creditScore;
            return this;
        }

        /** The refundWithoutReturnCount90d: see {@link BuyerAccount#refundWithoutReturnCount90d()}; required. */
        public Builder refundWithoutReturnCount90d(int refundWithoutReturnCount90d) {
            this.refundWithoutReturnCount90d = refundWithoutReturnCount90d;
            return this;
        }

        /** The abuseFlag: see {@link BuyerAccount#abuseFlag()}; required. */
        public Builder abuseFlag(boolean abuseFlag) {
            this.abuseFlag = abuseFlag;
            return this;
        }

        /** The maliciousClaimsRejected180d: see {@link BuyerAccount#maliciousClaimsRejected180d()}; required. */
        public Builder maliciousClaimsRejected180d(int maliciousClaimsRejected180d) {
            this.maliciousClaimsRejected180d = maliciousClaimsRejected180d;
            return this;
        }

        /** The trustCardRevokedUntil: see {@link BuyerAccount#trustCardRevokedUntil()}. */
        public Builder trustCardRevokedUntil(Instant trustCardRevokedUntil) {
            this.trustCardRevokedUntil = trustCardRevokedUntil;
            return this;
        }

        /**
         * The buyer.
         *
         * @throws IllegalArgumentException naming the field, if one is invalid or a required one was not set
         */
        public BuyerAccount build() {
            return new BuyerAccount(id, set("buyer.creditScore", creditScore), set("buyer.refundWithoutReturnCount90d", refundWithoutReturnCount90d), set("buyer.abuseFlag", abuseFlag), set("buyer.maliciousClaimsRejected180d", maliciousClaimsRejected180d), trustCardRevokedUntil);
        }

        private static <T> T set(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required, was not set");
            }
            return value;
        }
    }
}
