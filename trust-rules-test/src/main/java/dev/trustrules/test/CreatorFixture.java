package dev.trustrules.test;

import dev.trustrules.facts.CreatorAccount;
import dev.trustrules.facts.CreatorStatus;
import dev.trustrules.facts.RepeatCustomers;
import dev.trustrules.facts.WordOfMouthScore;

/**
 * Builds a {@link CreatorAccount}: by default {@code creator-1}, active, no points and no counterfeit in
 * 365 days, word-of-mouth score 4.6 in every dimension, repeat-customer index 70 and NPS 40.
 */
public final class CreatorFixture {
    private String id = "creator-1";
    private CreatorStatus status = CreatorStatus.ACTIVE;
    private int violationPoints365d;
    private int confirmedCounterfeits365d;
    private double wordOfMouth = 4.6;
    private double buyerReviews = 4.6;
    private double productReviews = 4.6;
    private double serviceReputation = 4.6;
    private RepeatCustomers repeatCustomers = new RepeatCustomers(70, 40);

    CreatorFixture() {}

    public CreatorFixture id(String id) { this.id = id; return this; }
    public CreatorFixture status(CreatorStatus status) { this.status = status; return this; }
    public CreatorFixture violationPoints365d(int points) { this.violationPoints365d = points; return this; }
    public CreatorFixture confirmedCounterfeits365d(int count) { this.confirmedCounterfeits365d = count; return this; }

    /** The overall word-of-mouth score (its dimensions unchanged). */
    public CreatorFixture wordOfMouth(double overall) { this.wordOfMouth = overall; return this; }
    public CreatorFixture buyerReviews(double score) { this.buyerReviews = score; return this; }
    public CreatorFixture productReviews(double score) { this.productReviews = score; return this; }
    public CreatorFixture serviceReputation(double score) { this.serviceReputation = score; return this; }

    public CreatorFixture repeatCustomers(int recommendationIndex, int netPromoterScore) {
        this.repeatCustomers = new RepeatCustomers(recommendationIndex, netPromoterScore);
        return this;
    }

    /** A new creator: no repeat-customer indicators yet. */
    public CreatorFixture noRepeatCustomers() { this.repeatCustomers = null; return this; }

    public CreatorAccount build() {
        return new CreatorAccount(id, status, violationPoints365d, confirmedCounterfeits365d,
                new WordOfMouthScore(wordOfMouth, buyerReviews, productReviews, serviceReputation), repeatCustomers);
    }

    String id() { return id; }
}
