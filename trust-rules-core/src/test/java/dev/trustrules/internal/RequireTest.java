package dev.trustrules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the records' tests cannot see: each check returns the value it passed, for callers that assign
 * it, and an order check with either time absent passes (the records check presence separately).
 */
class RequireTest {
    private static final Instant T = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void should_return_the_value_when_it_passes() {
        assertThat(Require.id("f", "x")).isEqualTo("x");
        assertThat(Require.optionalId("f", "x")).isEqualTo("x");
        assertThat(Require.optionalId("f", null)).isNull();
        assertThat(Require.present("f", T)).isSameAs(T);
        assertThat(Require.nonNegative("f", 7L)).isEqualTo(7L);
        assertThat(Require.nonNegative("f", 7)).isEqualTo(7);
        assertThat(Require.between("f", 7, 0, 10)).isEqualTo(7);
        assertThat(Require.between("f", 2.5, 0.0, 5.0)).isEqualTo(2.5);
        assertThat(Require.currency("f", "USD")).isEqualTo("USD");
        assertThat(Require.text("f", "x")).isEqualTo("x");
        assertThat(Require.reason("f", "X")).isEqualTo("X");
        assertThat(Require.list("f", List.of("x"))).containsExactly("x");
    }

    @Test
    void should_pass_an_order_check_when_either_time_is_absent() {
        assertThatCode(() -> Require.notBefore("a", T, "b", null)).doesNotThrowAnyException();
        assertThatCode(() -> Require.notBefore("a", null, "b", T)).doesNotThrowAnyException();
        assertThatCode(() -> Require.notBefore("a", T, "b", T)).doesNotThrowAnyException();
    }
}
