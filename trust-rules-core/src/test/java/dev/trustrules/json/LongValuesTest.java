package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A rejected value is echoed at most 40 characters long, followed by {@code ...} and its length. */
class LongValuesTest {
    private static final String LONG = "Z".repeat(5_000);
    private static final String CUT = "Z".repeat(40) + "...\" (5000 characters)";

    @Test
    void should_cut_the_value_when_an_enum_value_is_long() {
        assertThatThrownBy(() -> TrustJson.readRequest(TrustJsonTest.CLAIM.replace("\"COSMETICS\"", "\"" + LONG + "\"")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessageStartingWith("order.category: unknown Category \"" + CUT + "; expected one of APPAREL, ");
    }

    @Test
    void should_cut_the_field_name_in_the_path_when_an_unknown_field_is_long() {
        assertThatThrownBy(() -> TrustJson.readRequest("{\"" + LONG + "\": 1}"))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("Z".repeat(40) + "... (5000 characters): unknown field; expected one of evaluatedAt, order, buyer, shop, "
                        + "claim, violation, listing, application, brand, creator, shopScores, reports (line 1, column 5006)");
    }

    @Test
    void should_cut_the_value_when_a_string_stands_where_a_number_is_expected() {
        assertThatThrownBy(() -> TrustJson.readRequest(TrustJsonTest.CLAIM.replace("\"creditScore\": 720", "\"creditScore\": \"" + LONG + "\"")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("buyer.creditScore: expected an integer, was \"" + CUT + " (line 7, column 42)");
    }

    @Test
    void should_cut_the_value_when_a_timestamp_is_long() {
        assertThatThrownBy(() -> TrustJson.readRequest(TrustJsonTest.CLAIM.replace("\"2026-02-22T10:00:00+08:00\"", "\"" + LONG + "\"")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("order.deliveredAt: expected an ISO-8601 timestamp with offset such as \"2026-03-02T10:00:00+08:00\", was \""
                        + CUT + " (line 5, column 29)");
    }

    @Test
    void should_cut_the_value_when_a_record_check_quotes_it() {
        assertThatThrownBy(() -> TrustJson.readRequest(TrustJsonTest.CLAIM.replace("\"currency\": \"CNY\"", "\"currency\": \"" + LONG + "\"")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("order: order.currency must be an ISO-4217 code of three capital letters, was \"" + CUT + " (line 3, column 12)");
    }

    @Test
    void should_cut_the_token_when_a_long_bare_word_is_malformed() {
        assertThatThrownBy(() -> TrustJson.readRequest("{\"order\": " + "z".repeat(5_000) + "}"))
                .isInstanceOf(TrustJsonException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("malformed JSON: Unrecognized token '" + "z".repeat(40))
                        .doesNotContain("z".repeat(41)).hasSizeLessThan(300));
    }

    @Test
    void should_cut_the_digits_when_a_number_is_too_long_to_read() {
        assertThatThrownBy(() -> TrustJson.readRequest(TrustJsonTest.CLAIM.replace("19900", "9".repeat(5_000))))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("order.paidFen: refused: Number value length (5000) exceeds the maximum allowed (1000, from "
                        + "`StreamReadConstraints.getMaxNumberLength()`) (line 4, column 25)");
    }
}
