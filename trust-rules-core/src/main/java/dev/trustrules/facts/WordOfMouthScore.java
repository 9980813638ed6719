package dev.trustrules.facts;

import dev.trustrules.internal.Require;

/**
 * The seller word-of-mouth score (带货口碑分) of a creator and its dimensions, each 0.0 to 5.0, as the
 * platform computes it from buyers' reviews: the consumption experience the creator brings buyers.
 *
 * @param overall the score
 * @param buyerReviews reviews of the creator by buyers (用户评价)
 * @param productReviews reviews of the products the creator sold (商品评价)
 * @param serviceReputation service reputation (服务口碑)
 */
public record WordOfMouthScore(double overall, double buyerReviews, double productReviews, double serviceReputation) {

    public WordOfMouthScore {
        Require.between("wordOfMouth.overall", overall, 0.0, 5.0);
        Require.between("wordOfMouth.buyerReviews", buyerReviews, 0.0, 5.0);
        Require.between("wordOfMouth.productReviews", productReviews, 0.0, 5.0);
        Require.between("wordOfMouth.serviceReputation", serviceReputation, 0.0, 5.0);
    }

    /** The lowest of the three dimensions. */
    public double lowestDimension() {
        return Math.min(buyerReviews, Math.min(productReviews, serviceReputation));
    }
}
