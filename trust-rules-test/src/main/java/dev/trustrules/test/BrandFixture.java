package dev.trustrules.test;

import dev.trustrules.facts.Brand;
import java.time.LocalDate;

/**
 * Builds a {@link Brand} that qualifies for quick-brand support: founded 2023-06-01, 45% own-brand GMV,
 * 3,000,000 CNY monthly live-room GMV, the platform its core channel.
 */
public final class BrandFixture {
    private String id = "brand-1";
    private String name = "Acme";
    private LocalDate foundedOn = LocalDate.of(2023, 6, 1);
    private int ownBrandGmvShareBasisPoints = 4_500;
    private long liveRoomMonthlyAvgGmvFen = 300_000_000;
    private boolean platformIsCoreChannel = true;

    BrandFixture() {}

    public BrandFixture id(String id) { this.id = id; return this; }
    public BrandFixture name(String name) { this.name = name; return this; }
    public BrandFixture foundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; return this; }
    public BrandFixture ownBrandGmvShareBasisPoints(int bp) { this.ownBrandGmvShareBasisPoints = bp; return this; }
    public BrandFixture liveRoomMonthlyAvgGmvFen(long fen) { this.liveRoomMonthlyAvgGmvFen = fen; return this; }
    public BrandFixture platformIsCoreChannel(boolean core) { this.platformIsCoreChannel = core; return this; }

    public Brand build() {
        return new Brand(id, name, foundedOn, ownBrandGmvShareBasisPoints, liveRoomMonthlyAvgGmvFen, platformIsCoreChannel);
    }
}
