package dev.trustrules.rules;

import dev.trustrules.Actor;
import dev.trustrules.StandingTier;
import dev.trustrules.internal.Require;

/**
 * Inserted by a rule: the trust standing of a shop or a creator, for one reason. Several may be inserted
 * for one actor (one per reason), all with the same tier; two tiers for one actor fail the evaluation.
 *
 * @param actor whose standing it is
 * @param actorId the shop's or the creator's id
 * @param tier the standing
 * @param reason the stable reason code
 * @param detail the facts behind it, with the thresholds, in words; {@code null} is held as {@code ""}
 */
public record AssignStanding(Actor actor, String actorId, StandingTier tier, String reason, String detail) {
    public AssignStanding {
        Require.present("AssignStanding.actor", actor);
        Require.id("AssignStanding.actorId", actorId);
        Require.present("AssignStanding.tier", tier);
        Require.reason("AssignStanding.reason", reason);
        detail = detail == null ? "" : detail;
    }
}
