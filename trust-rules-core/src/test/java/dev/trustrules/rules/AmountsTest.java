package dev.trustrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void should_multiply_exactly_below_the_cap() {
        assertThat(Amounts.timesCapped(19_900, 10, 10_000_000)).isEqualTo(199_000);
        assertThat(Amounts.timesCapped(999_999, 10, 10_000_000)).isEqualTo(9_999_990);
    }

    @Test
    void should_return_the_cap_at_and_above_it() {
        assertThat(Amounts.timesCapped(1_000_000, 10, 10_000_000)).isEqualTo(10_000_000);
        assertThat(Amounts.timesCapped(1_000_001, 10, 10_000_000)).isEqualTo(10_000_000);
    }

    @Test
    void should_saturate_at_the_cap_when_the_product_would_overflow_a_long() {
        assertThat(Amounts.timesCapped(Long.MAX_VALUE, 10, 10_000_000)).isEqualTo(10_000_000);
        assertThat(Amounts.timesCapped(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(Amounts.timesCapped(Long.MAX_VALUE / 10, 10, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE / 10 * 10);
    }

    @Test
    void should_throw_when_an_unchecked_product_overflows() {
        assertThatThrownBy(() -> Amounts.times(Long.MAX_VALUE / 5, 10))
                .isInstanceOf(ArithmeticException.class).hasMessage("long overflow");
        assertThatThrownBy(() -> Amounts.plus(Long.MAX_VALUE, 1))
                .isInstanceOf(ArithmeticException.class).hasMessage("long overflow");
    }

    @Test
    void should_limit_an_amount_to_a_cap_when_it_is_above_it() {
        assertThat(Amounts.atMost(3_000, 2_500)).isEqualTo(2_500);
        assertThat(Amounts.atMost(1_200, 2_500)).isEqualTo(1_200);
    }

    @Test
    void should_raise_an_amount_to_a_floor_when_it_is_below_it() {
        assertThat(Amounts.atLeast(19_900, 100_000)).isEqualTo(100_000);
        assertThat(Amounts.atLeast(199_000, 100_000)).isEqualTo(199_000);
    }

    @Test
    void should_reject_negative_amounts_naming_the_argument() {
        assertThatThrownBy(() -> Amounts.timesCapped(-1, 10, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be >= 0, was -1");
    }

    @Test
    void should_take_a_percentage_rounding_down_without_overflow() {
        assertThat(Amounts.percentOf(19_900, 50)).isEqualTo(9_950);
        assertThat(Amounts.percentOf(10_001, 33)).isEqualTo(3_300);
        assertThat(Amounts.percentOf(99, 1)).isZero();
        assertThat(Amounts.percentOf(Long.MAX_VALUE, 100)).isEqualTo(Long.MAX_VALUE);
        assertThat(Amounts.percentOf(Long.MAX_VALUE, 50)).isEqualTo(Long.MAX_VALUE / 2);
        assertThatThrownBy(() -> Amounts.percentOf(100, 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("percent must be between 0 and 100, was 101");
    }

    @Test
    void should_format_fen_as_yuan_with_two_decimals() {
        assertThat(Amounts.format(10_001, "CNY")).isEqualTo("100.01 CNY");
        assertThat(Amounts.format(5, "CNY")).isEqualTo("0.05 CNY");
        assertThat(Amounts.format(-150, "CNY")).isEqualTo("-1.50 CNY");
    }

    @Test
    void should_accept_zero_and_reject_minus_one_for_each_argument_when_capping() {
        assertThat(Amounts.timesCapped(0, 0, 0)).isZero();
        assertThat(Amounts.timesCapped(7, 0, 100)).isZero();
        assertThat(Amounts.timesCapped(7, 3, 0)).isZero();
        assertThatThrownBy(() -> Amounts.timesCapped(1, -1, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("factor must be >= 0, was -1");
        assertThatThrownBy(() -> Amounts.timesCapped(1, 10, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cap must be >= 0, was -1");
    }

    @Test
    void should_accept_the_bounds_and_reject_just_outside_them_when_taking_a_percentage() {
        assertThat(Amounts.percentOf(0, 0)).isZero();
        assertThat(Amounts.percentOf(19_900, 0)).isZero();
        assertThat(Amounts.percentOf(19_900, 100)).isEqualTo(19_900);
        assertThatThrownBy(() -> Amounts.percentOf(100, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("percent must be between 0 and 100, was -1");
        assertThatThrownBy(() -> Amounts.percentOf(-1, 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be >= 0, was -1");
    }

    @Test
    void should_multiply_and_add_exactly_when_nothing_overflows() {
        assertThat(Amounts.times(19_900, 10)).isEqualTo(199_000);
        assertThat(Amounts.plus(19_900, 199_000)).isEqualTo(218_900);
    }

    @Test
    void should_tell_an_amount_strictly_below_a_share_when_compared_exactly() {
        assertThat(Amounts.isBelowShare(2_999, 10_000, 3_000)).isTrue();
        assertThat(Amounts.isBelowShare(3_000, 10_000, 3_000)).isFalse();
        assertThat(Amounts.isBelowShare(3_001, 10_000, 3_000)).isFalse();
        // amount x 10,000 and reference x basis points overflow a long here; the comparison must not
        assertThat(Amounts.isBelowShare(300_000_000_000_000_000L - 1, 1_000_000_000_000_000_000L, 3_000)).isTrue();
        assertThat(Amounts.isBelowShare(300_000_000_000_000_000L, 1_000_000_000_000_000_000L, 3_000)).isFalse();
    }

    @Test
    void should_show_basis_points_as_a_percentage_with_two_decimals() {
        assertThat(Amounts.percent(3_000)).isEqualTo("30.00%");
        assertThat(Amounts.percent(3_005)).isEqualTo("30.05%");
        assertThat(Amounts.percent(7)).isEqualTo("0.07%");
    }

    @Test
    void should_format_zero_without_a_sign() {
        assertThat(Amounts.format(0, "CNY")).isEqualTo("0.00 CNY");
    }
}
