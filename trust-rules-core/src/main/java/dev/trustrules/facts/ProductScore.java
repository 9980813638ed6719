package dev.trustrules.facts;

import dev.trustrules.internal.Require;

/**
 * The product score (商品分) and its dimensions, each 0.0 to 5.0: for a shop, the average over its
 * products, as the platform computes it.
 *
 * @param overall the score
 * @param content content (信息内容力)
 * @param heat heat: how much buyers look at and buy it (热度)
 * @param quality quality (质量力)
 * @param service service (服务力)
 * @param brandMomentum brand momentum (品牌势能)
 * @param price price (价格力)
 */
public record ProductScore(double overall, double content, double heat, double quality, double service,
        double brandMomentum, double price) {

    public ProductScore {
        Require.between("product.overall", overall, 0.0, 5.0);
        Require.between("product.content", content, 0.0, 5.0);
        Require.between("product.heat", heat, 0.0, 5.0);
        Require.between("product.quality", quality, 0.0, 5.0);
        Require.between("product.service", service, 0.0, 5.0);
        Require.between("product.brandMomentum", brandMomentum, 0.0, 5.0);
        Require.between("product.price", price, 0.0, 5.0);
    }
}
