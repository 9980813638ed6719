package dev.trustrules.test;

import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.ViolationType;
import java.time.Instant;

/** Builds a {@link ViolationRecord}: by default case {@code v-1} on listing {@code l-1}, confirmed {@link TrustFixtures#DELIVERED_AT}. */
public final class ViolationFixture {
    private String id = "v-1";
    private String shopId = "s-1";
    private final ViolationType type;
    private int points;
    private Instant occurredAt = TrustFixtures.DELIVERED_AT;
    private boolean particularlySerious;
    private String listingId = "l-1";
    private String creatorId;
    private String liveRoomOwnerId;

    ViolationFixture(ViolationType type) {
        this.type = type;
    }

    public ViolationFixture id(String id) { this.id = id; return this; }
    public ViolationFixture shopId(String shopId) { this.shopId = shopId; return this; }
    public ViolationFixture points(int points) { this.points = points; return this; }
    public ViolationFixture occurredAt(Instant occurredAt) { this.occurredAt = occurredAt; return this; }
    public ViolationFixture particularlySerious(boolean serious) { this.particularlySerious = serious; return this; }
    public ViolationFixture listingId(String listingId) { this.listingId = listingId; return this; }
    public ViolationFixture creatorId(String creatorId) { this.creatorId = creatorId; return this; }
    public ViolationFixture liveRoomOwnerId(String ownerId) { this.liveRoomOwnerId = ownerId; return this; }

    public ViolationRecord build() {
        return new ViolationRecord(id, shopId, type, points, occurredAt, particularlySerious, listingId, creatorId,
                liveRoomOwnerId);
    }

    Instant occurredAt() { return occurredAt; }
}
