package dev.trustrules.facts;

import dev.trustrules.internal.Require;

/**
 * The store experience score (店铺体验分) and its dimensions, each 0.0 to 5.0, as the platform computes
 * them: it reflects the shop's service and operating reliability.
 *
 * @param overall the score
 * @param productQuality product quality (商品质量)
 * @param deliverySpeed delivery speed (物流速度)
 * @param serviceLevel service level: after-sale and customer service (服务水平)
 * @param operatingReliability operating reliability (经营可靠性)
 */
public record ExperienceScore(double overall, double productQuality, double deliverySpeed, double serviceLevel,
        double operatingReliability) {

    public ExperienceScore {
        Require.between("experience.overall", overall, 0.0, 5.0);
        Require.between("experience.productQuality", productQuality, 0.0, 5.0);
        Require.between("experience.deliverySpeed", deliverySpeed, 0.0, 5.0);
        Require.between("experience.serviceLevel", serviceLevel, 0.0, 5.0);
        Require.between("experience.operatingReliability", operatingReliability, 0.0, 5.0);
    }

    /** The lowest of the four dimensions. */
    public double lowestDimension() {
        return Math.min(Math.min(productQuality, deliverySpeed), Math.min(serviceLevel, operatingReliability));
    }
}
