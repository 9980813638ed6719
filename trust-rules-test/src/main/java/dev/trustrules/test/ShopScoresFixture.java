package dev.trustrules.test;

import dev.trustrules.facts.ExperienceScore;
import dev.trustrules.facts.ProductScore;
import dev.trustrules.facts.RepeatCustomers;
import dev.trustrules.facts.ShopScores;

/**
 * Builds {@link ShopScores}: by default for shop {@code s-1}, the experience score's overall being the
 * shop's {@code experienceScore} and each of its dimensions 4.6, product score 4.7 in every dimension,
 * repeat-customer index 70 and NPS 40.
 */
public final class ShopScoresFixture {
    private String shopId;
    private double productQuality = 4.6;
    private double deliverySpeed = 4.6;
    private double serviceLevel = 4.6;
    private double operatingReliability = 4.6;
    private double product = 4.7;
    private double productDimension = 4.7;
    private int recommendationIndex = 70;
    private int netPromoterScore = 40;

    ShopScoresFixture() {}

    public ShopScoresFixture shopId(String shopId) { this.shopId = shopId; return this; }
    public ShopScoresFixture productQuality(double score) { this.productQuality = score; return this; }
    public ShopScoresFixture deliverySpeed(double score) { this.deliverySpeed = score; return this; }
    public ShopScoresFixture serviceLevel(double score) { this.serviceLevel = score; return this; }
    public ShopScoresFixture operatingReliability(double score) { this.operatingReliability = score; return this; }

    /** The product score's overall (its six dimensions unchanged). */
    public ShopScoresFixture productScore(double overall) { this.product = overall; return this; }

    /** Every dimension of the product score. */
    public ShopScoresFixture productDimensions(double score) { this.productDimension = score; return this; }

    public ShopScoresFixture repeatCustomers(int recommendationIndex, int netPromoterScore) {
        this.recommendationIndex = recommendationIndex;
        this.netPromoterScore = netPromoterScore;
        return this;
    }

    /** The scores of the shop with this id and experience score. */
    public ShopScores build(String ofShop, double experienceScore) {
        double d = productDimension;
        return new ShopScores(shopId == null ? ofShop : shopId,
                new ExperienceScore(experienceScore, productQuality, deliverySpeed, serviceLevel, operatingReliability),
                new ProductScore(product, d, d, d, d, d, d), new RepeatCustomers(recommendationIndex, netPromoterScore));
    }
}
