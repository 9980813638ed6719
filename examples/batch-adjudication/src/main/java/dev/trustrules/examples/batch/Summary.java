package dev.trustrules.examples.batch;

import dev.trustrules.EntitlementType;
import java.util.Locale;
import java.util.Map;

/**
 * What a batch decided.
 *
 * @param decided how many lines were decided
 * @param failed how many lines could not be read or decided (each reported with its line number)
 * @param granted per entitlement, how many decisions granted it
 * @param denied per entitlement, how many decisions denied it (once per decision, whatever the number of
 *     failed conditions)
 * @param refundFen the prices refunded, in fen
 * @param payoutFen the compensation paid on top of refunds, in fen
 */
public record Summary(int decided, int failed, Map<EntitlementType, Integer> granted, Map<EntitlementType, Integer> denied,
        long refundFen, long payoutFen) {

    public Summary {
        granted = Map.copyOf(granted);
        denied = Map.copyOf(denied);
    }

    /** The summary as printed: counts by entitlement in the enum order, then the totals in CNY. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(decided).append(" decided, ").append(failed).append(" failed\n");
        out.append(String.format(Locale.ROOT, "%-24s %8s %8s%n", "entitlement", "granted", "denied"));
        for (EntitlementType type : EntitlementType.values()) {
            int g = granted.getOrDefault(type, 0);
            int d = denied.getOrDefault(type, 0);
            if (g > 0 || d > 0) {
                out.append(String.format(Locale.ROOT, "%-24s %8d %8d%n", type, g, d));
            }
        }
        out.append("refunds: ").append(cny(refundFen)).append(" CNY\n");
        out.append("payouts: ").append(cny(payoutFen)).append(" CNY\n");
        return out.toString();
    }

    private static String cny(long fen) {
        return String.format(Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
    }
}
