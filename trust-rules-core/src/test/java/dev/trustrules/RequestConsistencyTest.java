package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.ViolationType;
import org.junit.jupiter.api.Test;

class RequestConsistencyTest {

    private static AfterSaleClaim claim(String orderId, java.time.Instant filed) {
        return new AfterSaleClaim("c-1", orderId, ClaimType.ALLERGY, filed, null, 0, 0, null, true, true, 0, false, 0);
    }

    @Test
    void should_refuse_an_empty_request() {
        assertThatThrownBy(() -> TrustRequest.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("request holds no facts: give at least an order, a buyer, a shop, a listing, an application or a brand");
    }

    @Test
    void should_refuse_a_claim_without_its_order_or_against_another_order() {
        assertThatThrownBy(() -> TrustRequest.builder().claim(claim("o-1", Requests.DELIVERED)).build())
                .hasMessage("claim c-1 needs its order, but order is null");
        assertThatThrownBy(() -> TrustRequest.builder().order(Requests.order(1, "CNY")).claim(claim("o-2", Requests.DELIVERED)).build())
                .hasMessage("claim.orderId must be the order's id \"o-1\", was \"o-2\"");
    }

    @Test
    void should_refuse_a_claim_filed_before_the_order_was_paid() {
        assertThatThrownBy(() -> TrustRequest.builder().order(Requests.order(1, "CNY"))
                .claim(claim("o-1", Requests.PAID.minusSeconds(1))).build())
                .hasMessage("claim.filedAt must not be before order.paidAt (2026-03-01T02:00:00Z), was 2026-03-01T01:59:59Z");
    }

    @Test
    void should_refuse_a_buyer_or_shop_that_is_not_the_orders() {
        assertThatThrownBy(() -> TrustRequest.builder().order(Requests.order(1, "CNY"))
                .buyer(new BuyerAccount("b-9", 700, 0, false, 0, null)).build())
                .hasMessage("buyer.id must be the order's buyerId \"b-1\", was \"b-9\"");
        assertThatThrownBy(() -> TrustRequest.builder().order(Requests.order(1, "CNY"))
                .shop(new ShopAccount("s-9", "p", null, null, ShopStatus.ACTIVE, 0, 0, 4.0, 0, 0, null)).build())
                .hasMessage("shop.id must be the order's shopId \"s-1\", was \"s-9\"");
    }

    @Test
    void should_refuse_a_violation_of_another_shop() {
        ViolationRecord violation = new ViolationRecord("v-1", "s-2", ViolationType.OTHER, 3, Requests.PAID, false, null);
        assertThatThrownBy(() -> TrustRequest.builder().violation(violation).build())
                .hasMessage("violation v-1 needs its shop, but shop is null");
        assertThatThrownBy(() -> TrustRequest.builder().violation(violation)
                .shop(new ShopAccount("s-1", "p", null, null, ShopStatus.ACTIVE, 0, 0, 4.0, 0, 0, null)).build())
                .hasMessage("violation.shopId must be the shop's id \"s-1\", was \"s-2\"");
    }
}
