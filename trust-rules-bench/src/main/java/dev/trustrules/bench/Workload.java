package dev.trustrules.bench;

import dev.trustrules.EntitlementType;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.test.TrustFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The requests every benchmark decides: a fixed, seeded mix of checkouts, claims of every type and
 * violations, with amounts, scores and timings spread across the thresholds.
 */
public final class Workload {
    private Workload() {}

    public static List<TrustRequest> requests(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TrustRequest> requests = new ArrayList<>(count);
        Category[] categories = Category.values();
        for (int i = 0; i < count; i++) {
            long paid = 100 + random.nextLong(60_000);
            int score = random.nextInt(400, 1000);
            Category category = categories[random.nextInt(categories.length)];
            int kind = random.nextInt(8);
            TrustRequest request = switch (kind) {
                case 0 -> TrustFixtures.checkout()
                        .order(o -> o.category(category).paidFen(paid).enrolledIn(EntitlementType.FAKE_ONE_PAY_TEN))
                        .buyer(b -> b.creditScore(score)).build();
                case 1 -> TrustFixtures.claim(ClaimType.COUNTERFEIT)
                        .order(o -> o.category(category).paidFen(paid).enrolledIn(EntitlementType.FAKE_ONE_PAY_TEN))
                        .claim(c -> c.verdict(AuthenticityVerdict.FAKE).filedDaysAfterDelivery(random.nextInt(100))).build();
                case 2 -> TrustFixtures.claim(ClaimType.REFUND_WITHOUT_RETURN)
                        .order(o -> o.category(category).paidFen(paid / 100))
                        .buyer(b -> b.creditScore(score).refundWithoutReturnCount90d(random.nextInt(5))).build();
                case 3 -> TrustFixtures.claim(ClaimType.RETURN)
                        .order(o -> o.category(category).paidFen(paid))
                        .claim(c -> c.returnReason(random.nextBoolean() ? ReturnReason.NO_REASON : ReturnReason.QUALITY_PROBLEM)
                                .freightFen(random.nextInt(4_000)).filedDaysAfterDelivery(random.nextInt(10))).build();
                case 4 -> TrustFixtures.claim(ClaimType.ALLERGY)
                        .order(o -> o.category(random.nextBoolean() ? Category.COSMETICS : category).paidFen(paid))
                        .claim(c -> c.filedDaysAfterDelivery(random.nextInt(40))).build();
                case 5 -> TrustFixtures.claim(ClaimType.BAD_FRUIT)
                        .order(o -> o.category(Category.FRESH_FRUIT).paidFen(paid))
                        .claim(c -> c.spoiledPercent(random.nextInt(101)).filedAfterDelivery(java.time.Duration.ofHours(random.nextInt(30)))).build();
                case 6 -> TrustFixtures.violation(ViolationType.COUNTERFEIT_SALE)
                        .shop(s -> s.violationPoints365d(random.nextInt(50)).confirmedCounterfeits365d(random.nextInt(3))).build();
                default -> TrustFixtures.violation(ViolationType.FALSE_ADVERTISING)
                        .shop(s -> s.violationPoints365d(random.nextInt(50)))
                        .violation(v -> v.points(random.nextInt(1, 13))).build();
            };
            requests.add(request);
        }
        return requests;
    }
}
