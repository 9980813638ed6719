package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.trustrules.EntitlementType;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken JSON: whatever the document, {@link TrustJson#readRequest(String)} returns a whole
 * request or throws {@link TrustJsonException}, never another exception type, and never hangs.
 * The fuzz property mutates a valid request document 10,000 times (seed 20261201).
 */
class HostileJsonTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    static final String VALID = TrustJson.writeRequest(sample());

    static TrustRequest sample() {
        Instant paid = Instant.parse("2026-03-01T02:00:00Z");
        Instant delivered = Instant.parse("2026-03-03T02:00:00Z");
        return TrustRequest.builder().evaluatedAt(delivered.plusSeconds(3_600))
                .order(new Order("o-1", "b-1", "s-1", "p-1", Category.FOOD, 9_999, "CNY", paid, delivered,
                        Set.of(EntitlementType.FAKE_ONE_PAY_TEN), false))
                .buyer(new BuyerAccount("b-1", 700, 0, false, 0, null))
                .claim(new AfterSaleClaim("c-1", "o-1", ClaimType.COUNTERFEIT, delivered.plusSeconds(3_600),
                        AuthenticityVerdict.FAKE, 100, 0, null, true, true, 0, false, 0))
                .build();
    }

    /** A whole request, or a TrustJsonException: anything else fails. */
    static void readsOrRefuses(String json) {
        try {
            TrustRequest request = TrustJson.readRequest(json);
            assertThat(request).isNotNull();
            assertThat(TrustJson.readRequest(TrustJson.writeRequest(request))).isEqualTo(request);
        } catch (TrustJsonException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> mutated() {
        return Arbitraries.randomValue(HostileJsonTest::mutate).withoutEdgeCases();
    }

    static String mutate(Random r) {
        StringBuilder s = new StringBuilder(VALID);
        int edits = 1 + r.nextInt(3);
        String[] junk = {"null", "-1", "1e400", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "\"NOT_AN_ENUM\"", "\"\"", "[]", "{}", "true", "\"2026-13-45T99:99:99Z\"", "\"-999999999-01-01T00:00:00Z\"",
            "1.5", "\"\\u0000\"", "{\"x\":", "]", "\uD800", "0x10", "NaN"};
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(s.length() + 1);
            switch (r.nextInt(5)) {
                case 0 -> s.setLength(at); // truncated, as a half-written file
                case 1 -> s.insert(at, junk[r.nextInt(junk.length)]);
                case 2 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 3 -> { // replace one value: the text after a colon up to the next comma
                    int colon = s.indexOf(":", at);
                    int end = colon < 0 ? -1 : indexOfAny(s, colon + 1);
                    if (end > 0) {
                        s.replace(colon + 1, end, " " + junk[r.nextInt(junk.length)]);
                    }
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, (char) (32 + r.nextInt(95)));
                    }
                }
            }
        }
        return s.toString();
    }

    private static int indexOfAny(StringBuilder s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '}' || c == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Property(tries = 10_000, seed = "20261201", shrinking = ShrinkingMode.OFF)
    void should_read_or_refuse_with_a_clear_error_when_a_document_is_mutated(@ForAll("mutated") String json) {
        readsOrRefuses(json);
    }

    @Test
    void should_refuse_with_a_clear_error_when_the_document_is_broken() {
        for (String json : new String[] {"", " ", "null", "[]", "42", "\"x\"", "{", "}", "{\"order\":}", "{\"order\":null}",
            "{\"unknown\":1}", "{\"order\":{\"paidFen\":1}}", "{} {}", "{\"evaluatedAt\":\"yesterday\",\"buyer\":null}"}) {
            assertThatThrownBy(() -> TrustJson.readRequest(json)).as(json).isInstanceOf(TrustJsonException.class);
        }
    }

    @Test
    void should_refuse_out_of_range_numbers_and_unknown_enums_naming_the_field_when_values_are_hostile() {
        assertThatThrownBy(() -> TrustJson.readRequest(VALID.replace("\"paidFen\": 9999", "\"paidFen\": 9223372036854775808")))
                .isInstanceOf(TrustJsonException.class).hasMessageContaining("order.paidFen");
        assertThatThrownBy(() -> TrustJson.readRequest(VALID.replace("\"paidFen\": 9999", "\"paidFen\": -1")))
                .isInstanceOf(TrustJsonException.class).hasMessageContaining("order.paidFen");
        assertThatThrownBy(() -> TrustJson.readRequest(VALID.replace("\"FOOD\"", "\"WEAPONS\"")))
                .isInstanceOf(TrustJsonException.class).hasMessageContaining("order.category");
        assertThatThrownBy(() -> TrustJson.readRequest(VALID.replace("\"paidFen\": 9999", "\"paidFen\": 99.5")))
                .isInstanceOf(TrustJsonException.class).hasMessageContaining("order.paidFen");
    }

    @Test
    void should_read_long_max_amounts_when_they_are_valid_but_extreme() {
        assertThat(VALID).contains("\"paidFen\": 9999");
        TrustRequest request = TrustJson.readRequest(VALID.replace("\"paidFen\": 9999", "\"paidFen\": 9223372036854775807"));

        assertThat(request.order().paidFen()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void should_refuse_without_hanging_when_nesting_is_10000_levels_deep() {
        String deep = "{\"order\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        String deepObjects = "{\"order\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001);

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThatThrownBy(() -> TrustJson.readRequest(deep)).isInstanceOf(TrustJsonException.class);
            assertThatThrownBy(() -> TrustJson.readRequest(deepObjects)).isInstanceOf(TrustJsonException.class);
        });
    }

    @Test
    void should_refuse_or_read_without_hanging_when_strings_are_megabytes_long() {
        String huge = "x".repeat(8 << 20);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            readsOrRefuses(VALID.replace("\"o-1\"", "\"" + huge + "\""));
            assertThatThrownBy(() -> TrustJson.readRequest("{\"" + huge + "\":1}")).isInstanceOf(TrustJsonException.class);
            assertThatThrownBy(() -> TrustJson.readRequest(VALID.replace("\"FOOD\"", "\"" + huge + "\"")))
                    .isInstanceOf(TrustJsonException.class).hasMessageContaining("order.category");
        });
    }
}
