package dev.trustrules;

import dev.trustrules.internal.Require;
/**
 * A governance sanction imposed on a shop, a streamer, a listing, an application or a buyer.
 *
 * @param type the sanction
 * @param days how long it lasts; 0 where the sanction has no duration (a ban, a warning, points)
 * @param points violation points this sanction adds (0 for most types)
 * @param rule the rule that imposed it
 * @param reason the stable reason code
 * @param detail the facts behind it, in words; {@code null} is held as {@code ""}
 */
public record Sanction(SanctionType type, int days, int points, String rule, String reason, String detail) {

    public Sanction {
        Require.present("sanction.type", type);
        Require.nonNegative("sanction.days", days);
        Require.nonNegative("sanction.points", points);
        Require.text("sanction.rule", rule);
        Require.text("sanction.reason", reason);
        detail = detail == null ? "" : detail;
    }
}
