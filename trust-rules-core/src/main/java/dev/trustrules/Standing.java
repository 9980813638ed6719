package dev.trustrules;

import dev.trustrules.internal.Require;

/**
 * A shop's or a creator's trust standing, with one reason. A decision holds one item per reason: a shop
 * that is {@code LOW} for two reasons has two items, both {@code LOW}; all items of one actor name the
 * same tier.
 *
 * @param actor whose standing it is
 * @param actorId the shop's or the creator's id
 * @param tier the standing
 * @param rule the rule that assigned it
 * @param reason the stable reason code
 * @param detail the facts behind it, with the thresholds, in words; {@code null} is held as {@code ""}
 */
public record Standing(Actor actor, String actorId, StandingTier tier, String rule, String reason, String detail) {

    public Standing {
        Require.present("standing.actor", actor);
        Require.id("standing.actorId", actorId);
        Require.present("standing.tier", tier);
        Require.text("standing.rule", rule);
        Require.text("standing.reason", reason);
        detail = detail == null ? "" : detail;
    }
}
