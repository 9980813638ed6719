package dev.trustrules.test;

import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopStatus;
import java.time.Instant;

/** Builds a {@link ShopAccount}: by default {@code s-1}, active, no points, score 4.6, deposit met. */
public final class ShopFixture {
    private String id = "s-1";
    private String ownerId = "person-1";
    private String licenceId = "licence-1";
    private String streamerId = "streamer-1";
    private ShopStatus status = ShopStatus.ACTIVE;
    private int violationPoints365d;
    private int confirmedCounterfeits365d;
    private double experienceScore = 4.6;
    private long depositFen = 500_000;
    private long requiredDepositFen = 500_000;
    private Instant depositShortfallSince;

    ShopFixture() {}

    public ShopFixture id(String id) { this.id = id; return this; }
    public ShopFixture ownerId(String ownerId) { this.ownerId = ownerId; return this; }
    public ShopFixture licenceId(String licenceId) { this.licenceId = licenceId; return this; }
    public ShopFixture streamerId(String streamerId) { this.streamerId = streamerId; return this; }
    public ShopFixture status(ShopStatus status) { this.status = status; return this; }
    public ShopFixture violationPoints365d(int points) { this.violationPoints365d = points; return this; }
    public ShopFixture confirmedCounterfeits365d(int count) { this.confirmedCounterfeits365d = count; return this; }
    public ShopFixture experienceScore(double score) { this.experienceScore = score; return this; }
    public ShopFixture depositFen(long depositFen) { this.depositFen = depositFen; return this; }
    public ShopFixture requiredDepositFen(long fen) { this.requiredDepositFen = fen; return this; }
    public ShopFixture depositShortfallSince(Instant since) { this.depositShortfallSince = since; return this; }

    public ShopAccount build() {
        return new ShopAccount(id, ownerId, licenceId, streamerId, status, violationPoints365d,
                confirmedCounterfeits365d, experienceScore, depositFen, requiredDepositFen, depositShortfallSince);
    }

    String id() { return id; }
}
