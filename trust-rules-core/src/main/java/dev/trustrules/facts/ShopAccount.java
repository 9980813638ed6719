package dev.trustrules.facts;

import dev.trustrules.internal.Require;
import java.time.Instant;

/**
 * A shop's standing.
 *
 * @param id the shop id
 * @param ownerId the person who owns the shop
 * @param licenceId the business licence the shop trades under, or {@code null}
 * @param streamerId the shop's live streamer, or {@code null}
 * @param status the shop's current status; required (a missing status is never read as {@code ACTIVE})
 * @param violationPoints365d violation points in the rolling last 365 days, before the violation
 *     being judged
 * @param confirmedCounterfeits365d confirmed counterfeit sales in the last 365 days, before the
 *     violation being judged
 * @param experienceScore the store experience score (店铺体验分), 0.0 to 5.0
 * @param depositFen the deposit (保证金) held, in fen
 * @param requiredDepositFen the deposit the shop's categories require, in fen
 * @param depositShortfallSince when the deposit fell below the required amount, or {@code null}
 */
public record ShopAccount(
        String id,
        String ownerId,
        String licenceId,
        String streamerId,
        ShopStatus status,
        int violationPoints365d,
        int confirmedCounterfeits365d,
        double experienceScore,
        long depositFen,
        long requiredDepositFen,
        Instant depositShortfallSince) {

    public ShopAccount {
        Require.id("shop.id", id);
        Require.id("shop.ownerId", ownerId);
        Require.optionalId("shop.licenceId", licenceId);
        Require.optionalId("shop.streamerId", streamerId);
        Require.present("shop.status", status);
        Require.nonNegative("shop.violationPoints365d", violationPoints365d);
        Require.nonNegative("shop.confirmedCounterfeits365d", confirmedCounterfeits365d);
        Require.between("shop.experienceScore", experienceScore, 0.0, 5.0);
        Require.nonNegative("shop.depositFen", depositFen);
        Require.nonNegative("shop.requiredDepositFen", requiredDepositFen);
    }
}
