package dev.trustrules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.EntitlementType;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactValidationTest {
    private static final Instant PAID = Instant.parse("2026-03-01T02:00:00Z");

    private static Order order(long paidFen, String currency, Instant delivered) {
        return new Order("o-1", "b-1", "s-1", "p-1", Category.APPAREL, paidFen, currency, PAID, delivered, Set.of(), false);
    }

    @Test
    void should_reject_a_negative_amount_naming_field_and_value() {
        assertThatThrownBy(() -> order(-1, "CNY", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("order.paidFen must be >= 0, was -1");
    }

    @Test
    void should_reject_a_delivery_before_payment() {
        assertThatThrownBy(() -> order(100, "CNY", PAID.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order.deliveredAt must not be before order.paidAt (2026-03-01T02:00:00Z), was 2026-03-01T01:59:59Z");
    }

    @Test
    void should_reject_a_blank_id_and_a_malformed_currency() {
        assertThatThrownBy(() -> new Order(" ", "b", "s", null, Category.FOOD, 1, null, PAID, null, null, false))
                .hasMessage("order.id must be a non-blank id, was \" \"");
        assertThatThrownBy(() -> order(100, "cny", null))
                .hasMessage("order.currency must be an ISO-4217 code of three capital letters, was \"cny\"");
    }

    @Test
    void should_default_the_currency_to_cny_and_copy_the_guarantees() {
        Set<EntitlementType> enrolled = new HashSet<>(Set.of(EntitlementType.FREIGHT_INSURANCE));
        Order order = new Order("o", "b", "s", null, Category.FOOD, 1, null, PAID, null, enrolled, false);
        enrolled.add(EntitlementType.FAKE_ONE_PAY_TEN);
        assertThat(order.currency()).isEqualTo("CNY");
        assertThat(order.guarantees()).containsExactly(EntitlementType.FREIGHT_INSURANCE);
        assertThatThrownBy(() -> order.guarantees().add(EntitlementType.FAKE_ONE_PAY_TEN))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_reject_a_null_guarantee() {
        assertThatThrownBy(() -> new Order("o", "b", "s", null, Category.FOOD, 1, null, PAID, null,
                new HashSet<>(Arrays.asList(EntitlementType.FREIGHT_INSURANCE, null)), false))
                .hasMessageStartingWith("order.guarantees must not contain null");
    }

    @Test
    void should_bound_scores_and_percentages() {
        assertThatThrownBy(() -> new BuyerAccount("b", 1001, 0, false, 0, null))
                .hasMessage("buyer.creditScore must be between 0 and 1000, was 1001");
        assertThatThrownBy(() -> new ShopAccount("s", "p", null, null, ShopStatus.ACTIVE, 0, 0, 5.01, 0, 0, null))
                .hasMessage("shop.experienceScore must be between 0.0 and 5.0, was 5.01");
        assertThatThrownBy(() -> new ShopAccount("s", "p", null, null, ShopStatus.ACTIVE, 0, 0, Double.NaN, 0, 0, null))
                .hasMessage("shop.experienceScore must be between 0.0 and 5.0, was NaN");
        assertThatThrownBy(() -> new AfterSaleClaim("c", "o", ClaimType.BAD_FRUIT, PAID, null, 0, 0, null, true, true, 101, false, 0))
                .hasMessage("claim.spoiledPercent must be between 0 and 100, was 101");
    }

    @Test
    void should_require_the_shop_status_when_it_is_null() {
        assertThatThrownBy(() -> new ShopAccount("s", "p", null, null, null, 0, 0, 4.0, 0, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("shop.status is required, was null");
    }

    @Test
    void should_require_claim_type_and_filing_time() {
        assertThatThrownBy(() -> new AfterSaleClaim("c", "o", null, PAID, null, 0, 0, null, true, true, 0, false, 0))
                .hasMessage("claim.type is required, was null");
        assertThatThrownBy(() -> new AfterSaleClaim("c", "o", ClaimType.ALLERGY, null, null, 0, 0, null, true, true, 0, false, 0))
                .hasMessage("claim.filedAt is required, was null");
    }

    @Test
    void should_ask_for_the_no_reason_return_only_for_a_no_reason_return() {
        AfterSaleClaim noReason = new AfterSaleClaim("c", "o", ClaimType.RETURN, PAID, null, 0, 800, ReturnReason.NO_REASON, true, true, 0, false, 0);
        AfterSaleClaim damaged = new AfterSaleClaim("c", "o", ClaimType.RETURN, PAID, null, 0, 800, ReturnReason.DAMAGED_IN_TRANSIT, true, true, 0, false, 0);
        assertThat(noReason.entitlementsAsked()).containsExactly(EntitlementType.FREIGHT_INSURANCE, EntitlementType.NO_REASON_RETURN_7D);
        assertThat(damaged.entitlementsAsked()).containsExactly(EntitlementType.FREIGHT_INSURANCE);
    }
}
