package dev.trustrules;

import dev.trustrules.internal.Require;

/**
 * The traffic weight of a shop or a creator, with one reason. A decision holds one item per reason; all
 * items of one actor name the same weight.
 *
 * @param actor whose traffic it is
 * @param actorId the shop's or the creator's id
 * @param weight the traffic weight
 * @param rule the rule that set it
 * @param reason the stable reason code
 * @param detail the facts behind it, with the thresholds, in words; {@code null} is held as {@code ""}
 */
public record Traffic(Actor actor, String actorId, TrafficWeight weight, String rule, String reason, String detail) {

    public Traffic {
        Require.present("traffic.actor", actor);
        Require.id("traffic.actorId", actorId);
        Require.present("traffic.weight", weight);
        Require.text("traffic.rule", rule);
        Require.text("traffic.reason", reason);
        detail = detail == null ? "" : detail;
    }
}
