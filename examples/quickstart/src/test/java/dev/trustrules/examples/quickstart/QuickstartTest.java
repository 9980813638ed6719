package dev.trustrules.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    void should_print_the_three_decisions_when_run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Quickstart.run(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);

        assertThat(printed)
                .contains("carries   ALLERGY_INSURANCE  [ALG-01 carried for cosmetics and skincare]")
                .contains("grants    FAKE_ONE_PAY_TEN refund 19900 + payout 199000 fen CNY, paid by SHOP, goods kept"
                        + "  [FOPT-20 granted: the price refunded and the compensation on top: COUNTERFEIT_CONFIRMED]")
                .contains("sanctions VIOLATION_POINTS 12 points  [CF-10 counterfeit sale: points: COUNTERFEIT_CONFIRMED]")
                .contains("sanctions SHOP_SUSPENSION 14 days  [LAD-02 short suspension at its threshold: POINTS_SHORT_SUSPENSION_THRESHOLD]")
                .contains("sanctions LISTING_REMOVED  [CF-11 counterfeit sale: the listing removed: COUNTERFEIT_CONFIRMED]");
    }
}
