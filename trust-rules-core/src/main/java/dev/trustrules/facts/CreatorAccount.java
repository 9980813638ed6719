package dev.trustrules.facts;

import dev.trustrules.internal.Require;

/**
 * A creator (达人, 主播) who presents goods in live rooms, their own or another's, with their own
 * violation record: sanctions for what they sold follow the creator, whichever shop sold the goods.
 *
 * @param id the creator's account id
 * @param status the creator's current status; required
 * @param violationPoints365d the creator's violation points in the rolling last 365 days, before the
 *     violation being judged
 * @param confirmedCounterfeits365d counterfeit sales confirmed against the creator in the last 365 days,
 *     before the violation being judged
 * @param wordOfMouth the seller word-of-mouth score (带货口碑分) with its dimensions
 * @param repeatCustomers the repeat-customer indicators of the creator's live room, or {@code null} when
 *     the platform has none yet (a new creator)
 */
public record CreatorAccount(
        String id,
        CreatorStatus status,
        int violationPoints365d,
        int confirmedCounterfeits365d,
        WordOfMouthScore wordOfMouth,
        RepeatCustomers repeatCustomers) {

    public CreatorAccount {
        Require.id("creator.id", id);
        Require.present("creator.status", status);
        Require.nonNegative("creator.violationPoints365d", violationPoints365d);
        Require.nonNegative("creator.confirmedCounterfeits365d", confirmedCounterfeits365d);
        Require.present("creator.wordOfMouth", wordOfMouth);
    }
}
