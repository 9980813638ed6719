package dev.trustrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.EntitlementType;
import dev.trustrules.Payer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reason-code pattern {@code [A-Z][A-Z0-9_]*}, tried at each edge of each character class, first
 * character and later ones: the characters just outside a range ({@code @ [ / : ` {}) fail.
 */
class ReasonCodeTest {

    private static GrantEntitlement grant(String reason) {
        return new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, reason, 0, 0, Payer.SHOP, false);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"A", "Z", "AZ", "ZA", "A0", "A9", "A_", "A__", "COUNTERFEIT_CONFIRMED", "SCORE_650_TO_749"})
    void should_accept_a_reason_code_when_it_matches_the_pattern(String reason) {
        assertThat(grant(reason).reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "@", "[", "a", "0", "9", "_", "_A", "1A", "A@", "A[", "A/", "A:", "A`", "Aa", "A{", "A-B",
            "A B", "AB ", "Shop_enrolled", "SHOP_ENROLLEd", "ÄA"})
    void should_reject_a_reason_code_naming_it_when_a_character_is_outside_the_pattern(String reason) {
        assertThatThrownBy(() -> grant(reason))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("GrantEntitlement.reason must be an UPPER_SNAKE_CASE reason code, was \"" + reason + "\"");
    }
}
