package dev.trustrules.facts;

import dev.trustrules.internal.Require;

/**
 * A shop's scores (体验价格比) with their dimensions, computed elsewhere by the platform: what its trust
 * standing and traffic weight are judged on, beside its violation record.
 *
 * @param shopId the shop scored
 * @param experience the store experience score (店铺体验分); its {@code overall} is the shop's
 *     {@code experienceScore}
 * @param product the product score (商品分), averaged over the shop's products
 * @param repeatCustomers the repeat-customer indicators (回头客推荐指数, NPS)
 */
public record ShopScores(String shopId, ExperienceScore experience, ProductScore product, RepeatCustomers repeatCustomers) {

    public ShopScores {
        Require.id("shopScores.shopId", shopId);
        Require.present("shopScores.experience", experience);
        Require.present("shopScores.product", product);
        Require.present("shopScores.repeatCustomers", repeatCustomers);
    }
}
