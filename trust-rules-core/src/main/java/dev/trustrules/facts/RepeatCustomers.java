package dev.trustrules.facts;

import dev.trustrules.internal.Require;

/**
 * The repeat-customer indicators of a shop or a creator, as the platform computes them.
 *
 * @param recommendationIndex the repeat-customer recommendation index (回头客推荐指数), 0 to 100
 * @param netPromoterScore the net promoter score (NPS, 净推荐值), -100 to 100
 */
public record RepeatCustomers(int recommendationIndex, int netPromoterScore) {

    public RepeatCustomers {
        Require.between("repeatCustomers.recommendationIndex", recommendationIndex, 0, 100);
        Require.between("repeatCustomers.netPromoterScore", netPromoterScore, -100, 100);
    }
}
