package com.example.aftersale;

import static dev.trustrules.test.TrustAssertions.assertThat;

import dev.trustrules.EntitlementType;
import dev.trustrules.Payer;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.test.TrustFixtures;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ClaimDeskTest {

    @Test
    void should_pay_the_price_and_ten_times_it_when_a_counterfeit_is_confirmed() {
        TrustRequest claim = TrustFixtures.claim(ClaimType.COUNTERFEIT)
                .order(o -> o.paidFen(19_900).enrolledIn(EntitlementType.FAKE_ONE_PAY_TEN))
                .build();
        try (ClaimDesk desk = new ClaimDesk()) {
            assertThat(desk.decide(claim))
                    .grants(EntitlementType.FAKE_ONE_PAY_TEN).withRefundFen(19_900).withPayoutFen(199_000).paidBy(Payer.SHOP);
            Assertions.assertThat(desk.paidToBuyerFen(claim)).isEqualTo(19_900 + 199_000);
        }
    }
}
