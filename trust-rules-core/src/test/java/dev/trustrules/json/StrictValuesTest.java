package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Values are read as written, never coerced: each kind refuses the others, naming the field and the value. */
class StrictValuesTest {

    private static void assertRefused(String from, String to, String message) {
        String json = TrustJsonTest.CLAIM.replace(from, to);
        assertThatThrownBy(() -> TrustJson.readRequest(json)).as(to).isInstanceOf(TrustJsonException.class).hasMessage(message);
    }

    @Test
    void should_refuse_a_field_when_it_is_given_twice() {
        assertRefused("\"id\": \"b-1\",", "\"id\": \"b-1\", \"id\": \"b-2\",",
                "buyer.id: duplicate field; a field may appear once in an object (line 7, column 33)");
    }

    @Test
    void should_refuse_a_number_when_text_is_expected_and_text_when_a_number_is_expected() {
        assertRefused("\"id\": \"b-1\"", "\"id\": 1", "buyer.id: expected a string, was 1 (line 7, column 20)");
        assertRefused("\"creditScore\": 720", "\"creditScore\": \"720\"", "buyer.creditScore: expected an integer, was \"720\" (line 7, column 42)");
    }

    @Test
    void should_refuse_a_fraction_when_an_integer_is_expected() {
        assertRefused("\"creditScore\": 720", "\"creditScore\": 720.0", "buyer.creditScore: expected an integer, was 720.0 (line 7, column 42)");
    }

    @Test
    void should_refuse_text_or_a_number_when_a_flag_is_expected() {
        assertRefused("\"abuseFlag\": false", "\"abuseFlag\": \"false\"",
                "buyer.abuseFlag: expected true or false, was \"false\" (line 7, column 94)");
        assertRefused("\"abuseFlag\": false", "\"abuseFlag\": 0", "buyer.abuseFlag: expected true or false, was 0 (line 7, column 94)");
    }

    @Test
    void should_refuse_a_number_or_another_case_when_an_enum_constant_is_expected() {
        assertRefused("\"status\": \"ACTIVE\"", "\"status\": 0", "shop.status: expected one of ACTIVE, RESTRICTED, SUSPENDED, BANNED, "
                + "was 0 (line 8, column 54)");
        assertRefused("\"status\": \"ACTIVE\"", "\"status\": \"active\"", "shop.status: unknown ShopStatus \"active\"; expected one "
                + "of ACTIVE, RESTRICTED, SUSPENDED, BANNED (line 8, column 54)");
    }

    @Test
    void should_refuse_a_single_value_when_a_list_is_expected() {
        assertRefused("[\"FAKE_ONE_PAY_TEN\", \"FREIGHT_INSURANCE\"]", "\"FAKE_ONE_PAY_TEN\"",
                "order.guarantees: expected an array, was \"FAKE_ONE_PAY_TEN\" (line 6, column 28)");
    }

    @Test
    void should_refuse_not_a_number_when_a_score_is_written_as_nan() {
        assertRefused("\"experienceScore\": 4.6", "\"experienceScore\": NaN",
                "malformed JSON: Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow (line 9, column 67)");
    }

    @Test
    void should_refuse_a_second_document_when_it_follows_the_first() {
        assertThatThrownBy(() -> TrustJson.readRequest(TrustJsonTest.CLAIM + "{}"))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("unexpected content after the end of the document (line 15, column 1)");
    }
}
