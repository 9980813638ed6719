package dev.trustrules.test;

import dev.trustrules.facts.BuyerAccount;
import java.time.Instant;

/** Builds a {@link BuyerAccount}: by default {@code b-1}, credit score 700 (GOLD), in good standing. */
public final class BuyerFixture {
    private String id = "b-1";
    private int creditScore = 700;
    private int refundWithoutReturnCount90d;
    private boolean abuseFlag;
    private int maliciousClaimsRejected180d;
    private Instant trustCardRevokedUntil;

    BuyerFixture() {}

    public BuyerFixture id(String id) { this.id = id; return this; }
    public BuyerFixture creditScore(int creditScore) { this.creditScore = creditScore; return this; }
    public BuyerFixture refundWithoutReturnCount90d(int count) { this.refundWithoutReturnCount90d = count; return this; }
    public BuyerFixture abuseFlag(boolean abuseFlag) { this.abuseFlag = abuseFlag; return this; }
    public BuyerFixture maliciousClaimsRejected180d(int count) { this.maliciousClaimsRejected180d = count; return this; }
    public BuyerFixture trustCardRevokedUntil(Instant until) { this.trustCardRevokedUntil = until; return this; }

    public BuyerAccount build() {
        return new BuyerAccount(id, creditScore, refundWithoutReturnCount90d, abuseFlag, maliciousClaimsRejected180d,
                trustCardRevokedUntil);
    }

    String id() { return id; }
}
