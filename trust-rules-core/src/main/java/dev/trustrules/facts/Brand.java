package dev.trustrules.facts;

import dev.trustrules.internal.Require;
import java.time.LocalDate;

/**
 * A brand applying for "quick brand" (快品牌) support, with figures computed by the platform.
 *
 * @param id the brand id
 * @param name the brand's name
 * @param foundedOn when the brand was founded
 * @param ownBrandGmvShareBasisPoints the share of the brand's GMV from its own brand, in basis points
 *     (3000 = 30.00%)
 * @param liveRoomMonthlyAvgGmvFen the brand's live rooms' average monthly GMV, in fen
 * @param platformIsCoreChannel whether the platform is the brand's core sales channel
 */
public record Brand(
        String id,
        String name,
        LocalDate foundedOn,
        int ownBrandGmvShareBasisPoints,
        long liveRoomMonthlyAvgGmvFen,
        boolean platformIsCoreChannel) {

    public Brand {
        Require.id("brand.id", id);
        Require.text("brand.name", name);
        Require.present("brand.foundedOn", foundedOn);
        Require.between("brand.ownBrandGmvShareBasisPoints", ownBrandGmvShareBasisPoints, 0, 10_000);
        Require.nonNegative("brand.liveRoomMonthlyAvgGmvFen", liveRoomMonthlyAvgGmvFen);
    }
}
