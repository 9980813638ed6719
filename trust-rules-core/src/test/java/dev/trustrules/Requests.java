package dev.trustrules;

import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopStatus;
import java.time.Instant;
import java.util.Set;

/** Plain facts for engine tests (the fixtures module depends on this one, so it cannot be used here). */
final class Requests {
    static final Instant PAID = Instant.parse("2026-03-01T02:00:00Z");
    static final Instant DELIVERED = Instant.parse("2026-03-03T02:00:00Z");

    private Requests() {}

    static Order order(long paidFen, String currency) {
        return new Order("o-1", "b-1", "s-1", "p-1", Category.APPAREL, paidFen, currency, PAID, DELIVERED,
                Set.of(EntitlementType.FAKE_ONE_PAY_TEN), false);
    }

    static TrustRequest counterfeitClaim(long paidFen) {
        return TrustRequest.builder()
                .evaluatedAt(DELIVERED.plusSeconds(3600))
                .order(order(paidFen, "CNY"))
                .buyer(new BuyerAccount("b-1", 700, 0, false, 0, null))
                .claim(new AfterSaleClaim("c-1", "o-1", ClaimType.COUNTERFEIT, DELIVERED.plusSeconds(3600),
                        AuthenticityVerdict.FAKE, 0, 0, null, true, true, 0, false, 0))
                .build();
    }

    /** Shop s-1 alone: a review of its standing. */
    static TrustRequest shopAlone() {
        return TrustRequest.builder().evaluatedAt(DELIVERED)
                .shop(new ShopAccount("s-1", "p-1", null, null, ShopStatus.ACTIVE, 0, 0, 4.0, 0, 0, null)).build();
    }
}
