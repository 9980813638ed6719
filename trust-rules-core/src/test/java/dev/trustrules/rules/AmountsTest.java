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
}
