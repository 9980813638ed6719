package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Timestamps are refused outside 2000-01-01T00:00:00+08:00 (inclusive) to 2100-01-01T00:00:00+08:00
 * (exclusive), dates outside 1000-01-01 to 2099-12-31; both sides of each bound are tested.
 */
class TimestampRangeTest {
    private static final String RANGE = "expected a time from 2000-01-01T00:00:00+08:00 to before 2100-01-01T00:00:00+08:00, was ";

    private static String paidAt(String time) {
        return JsonSamples.request().without("claim", null).without("evaluatedAt", null).without("order", "deliveredAt")
                .with("order", "paidAt", "\"" + time + "\"").json();
    }

    @Test
    void should_refuse_a_time_when_it_is_just_before_the_year_2000_at_the_platform_offset() {
        String json = paidAt("1999-12-31T23:59:59+08:00");

        assertThatThrownBy(() -> TrustJson.readRequest(json)).isInstanceOf(TrustJsonException.class)
                .hasMessage("order.paidAt: " + RANGE + "\"1999-12-31T23:59:59+08:00\" (line 1, column " + column(json, "1999") + ")");
    }

    @Test
    void should_read_a_time_when_it_is_the_first_instant_of_2000_at_the_platform_offset() {
        assertThat(TrustJson.readRequest(paidAt("2000-01-01T00:00:00+08:00")).order().paidAt())
                .isEqualTo(Instant.parse("1999-12-31T16:00:00Z"));
        assertThat(TrustJson.readRequest(paidAt("1999-12-31T16:00:00Z")).order().paidAt())
                .isEqualTo(Instant.parse("1999-12-31T16:00:00Z"));
    }

    @Test
    void should_read_a_time_when_it_is_the_last_second_of_2099_at_the_platform_offset() {
        assertThat(TrustJson.readRequest(paidAt("2099-12-31T23:59:59.999+08:00")).order().paidAt())
                .isEqualTo(Instant.parse("2099-12-31T15:59:59.999Z"));
    }

    @Test
    void should_refuse_a_time_when_it_is_the_first_instant_of_2100_at_the_platform_offset() {
        String json = paidAt("2100-01-01T00:00:00+08:00");

        assertThatThrownBy(() -> TrustJson.readRequest(json)).isInstanceOf(TrustJsonException.class)
                .hasMessage("order.paidAt: " + RANGE + "\"2100-01-01T00:00:00+08:00\" (line 1, column " + column(json, "2100") + ")");
    }

    @Test
    void should_refuse_a_time_when_its_year_is_absurd() {
        String json = TrustJsonTest.CLAIM.replace("\"2026-03-02T10:00:00+08:00\"", "\"-999999999-01-01T00:00:00Z\"");

        assertThatThrownBy(() -> TrustJson.readRequest(json)).isInstanceOf(TrustJsonException.class)
                .hasMessage("evaluatedAt: " + RANGE + "\"-999999999-01-01T00:00:00Z\" (line 2, column 18)");
    }

    @Test
    void should_refuse_a_decision_time_when_it_is_outside_the_range() {
        String json = JsonSamples.decision().with("evaluatedAt", null, "\"+10000-01-01T00:00:00Z\"").json();

        assertThatThrownBy(() -> TrustJson.readDecision(json)).isInstanceOf(TrustJsonException.class)
                .hasMessage("evaluatedAt: " + RANGE + "\"+10000-01-01T00:00:00Z\" (line 2, column 17)");
    }

    @Test
    void should_refuse_an_epoch_number_or_padded_text_when_a_timestamp_is_expected() {
        assertThatThrownBy(() -> TrustJson.readRequest(paidAt("1767225600")))
                .hasMessageStartingWith("order.paidAt: expected an ISO-8601 timestamp with offset such as \"2026-03-02T10:00:00+08:00\", "
                        + "was \"1767225600\" (line 1, column ");
        assertThatThrownBy(() -> TrustJson.readRequest(paidAt(" 2026-03-01T10:00:00+08:00")))
                .hasMessageStartingWith("order.paidAt: expected an ISO-8601 timestamp with offset such as \"2026-03-02T10:00:00+08:00\", "
                        + "was \" 2026-03-01T10:00:00+08:00\" (line 1, column ");
    }

    @Test
    void should_refuse_a_date_on_either_side_of_its_range_and_read_the_bounds() {
        JsonDocument brand = JsonSamples.request();
        String before = brand.with("brand", "foundedOn", "\"0999-12-31\"").json();
        String after = brand.with("brand", "foundedOn", "\"2100-01-01\"").json();

        assertThatThrownBy(() -> TrustJson.readRequest(before)).isInstanceOf(TrustJsonException.class)
                .hasMessage("brand.foundedOn: expected a date from 1000-01-01 to 2099-12-31, was \"0999-12-31\" (line " + brand.line("brand") + ", column "
                        + brand.valueColumn("brand", "foundedOn") + ")");
        assertThatThrownBy(() -> TrustJson.readRequest(after)).isInstanceOf(TrustJsonException.class)
                .hasMessage("brand.foundedOn: expected a date from 1000-01-01 to 2099-12-31, was \"2100-01-01\" (line " + brand.line("brand") + ", column "
                        + brand.valueColumn("brand", "foundedOn") + ")");
        assertThat(TrustJson.readRequest(brand.with("brand", "foundedOn", "\"1000-01-01\"").json()).brand().foundedOn())
                .isEqualTo(LocalDate.of(1000, 1, 1));
        assertThat(TrustJson.readRequest(brand.with("brand", "foundedOn", "\"2099-12-31\"").json()).brand().foundedOn())
                .isEqualTo(LocalDate.of(2099, 12, 31));
    }

    @Test
    void should_refuse_a_date_when_it_is_not_a_plain_calendar_date() {
        JsonDocument brand = JsonSamples.request();

        assertThatThrownBy(() -> TrustJson.readRequest(brand.with("brand", "foundedOn", "\"2023-06-01T00:00:00Z\"").json()))
                .hasMessage("brand.foundedOn: expected a date such as 2023-06-01, was \"2023-06-01T00:00:00Z\" (line " + brand.line("brand") + ", column "
                        + brand.valueColumn("brand", "foundedOn") + ")");
    }

    private static int column(String json, String text) {
        String line = json.lines().filter(l -> l.contains(text)).findFirst().orElseThrow();
        return line.indexOf(text);
    }
}
