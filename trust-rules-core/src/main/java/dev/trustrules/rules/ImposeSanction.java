package dev.trustrules.rules;

import dev.trustrules.SanctionType;
import dev.trustrules.internal.Require;

/**
 * Inserted by a rule: a sanction is imposed.
 *
 * @param type the sanction
 * @param reason the stable reason code
 * @param days its duration, 0 where it has none
 * @param points violation points it adds
 * @param detail the facts behind it, in words; {@code null} is held as {@code ""}
 */
public record ImposeSanction(SanctionType type, String reason, int days, int points, String detail) {
    public ImposeSanction {
        Require.present("ImposeSanction.type", type);
        Require.reason("ImposeSanction.reason", reason);
        Require.nonNegative("ImposeSanction.days", days);
        Require.nonNegative("ImposeSanction.points", points);
        detail = detail == null ? "" : detail;
    }
}
