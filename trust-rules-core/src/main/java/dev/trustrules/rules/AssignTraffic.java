package dev.trustrules.rules;

import dev.trustrules.Actor;
import dev.trustrules.TrafficWeight;
import dev.trustrules.internal.Require;

/**
 * Inserted by a rule: the traffic weight of a shop or a creator, for one reason. Several may be inserted
 * for one actor (one per reason), all with the same weight; two weights for one actor fail the
 * evaluation.
 *
 * @param actor whose traffic it is
 * @param actorId the shop's or the creator's id
 * @param weight the traffic weight
 * @param reason the stable reason code
 * @param detail the facts behind it, with the thresholds, in words; {@code null} is held as {@code ""}
 */
public record AssignTraffic(Actor actor, String actorId, TrafficWeight weight, String reason, String detail) {
    public AssignTraffic {
        Require.present("AssignTraffic.actor", actor);
        Require.id("AssignTraffic.actorId", actorId);
        Require.present("AssignTraffic.weight", weight);
        Require.reason("AssignTraffic.reason", reason);
        detail = detail == null ? "" : detail;
    }
}
