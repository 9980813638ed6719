package dev.trustrules.test;

import dev.trustrules.Decision;

/**
 * Entry point for AssertJ assertions on decisions.
 *
 * <pre>{@code
 * assertThat(decision).grants(FAKE_ONE_PAY_TEN).withPayoutFen(199_000).paidBy(Payer.SHOP);
 * assertThat(decision).denies(REFUND_WITHOUT_RETURN).because("TIER_BELOW_GOLD");
 * assertThat(decision).sanctions(SHOP_SUSPENSION).withDays(14);
 * assertThat(decision).firedRule("FOPT-20");
 * }</pre>
 */
public final class TrustAssertions {
    private TrustAssertions() {}

    public static DecisionAssert assertThat(Decision actual) {
        return new DecisionAssert(actual);
    }
}
