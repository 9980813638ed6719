package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Orders of events a request cannot describe are refused, each error naming both fields. */
class EventOrderTest {
    private final JsonDocument request = JsonSamples.request();

    @Test
    void should_refuse_naming_both_fields_when_the_order_is_delivered_before_it_is_paid() {
        JsonDocument document = request.with("order", "deliveredAt", "\"2026-02-28T10:00:00+08:00\"");

        assertRefused(document, "order.deliveredAt: 2026-02-28T10:00:00+08:00 is before order.paidAt 2026-03-01T10:00:00+08:00: "
                + "an order cannot be delivered before it is paid (line 2, column " + document.valueColumn("order", "deliveredAt") + ")");
    }

    @Test
    void should_refuse_naming_both_fields_when_a_claim_is_filed_before_the_order_is_paid() {
        JsonDocument document = request.with("claim", "filedAt", "\"2026-02-28T10:00:00+08:00\"");

        assertRefused(document, "claim.filedAt: 2026-02-28T10:00:00+08:00 is before order.paidAt 2026-03-01T10:00:00+08:00: "
                + "a claim cannot be filed before its order is paid (line 5, column " + document.objectColumn("claim") + ")");
    }

    @Test
    void should_refuse_naming_both_fields_when_a_claim_is_decided_before_the_order_is_paid() {
        JsonDocument document = request.with("evaluatedAt", null, "\"2026-02-28T10:00:00+08:00\"");

        assertRefused(document, "claim.filedAt: 2026-03-08T10:00:00+08:00 is after evaluatedAt 2026-02-28T10:00:00+08:00: "
                + "a question cannot be decided before it is asked (line 5, column " + document.objectColumn("claim") + ")");
    }

    @Test
    void should_refuse_naming_both_fields_when_a_violation_listing_or_application_comes_after_the_decision() {
        JsonDocument violation = request.with("violation", "occurredAt", "\"2026-03-11T10:00:00+08:00\"");
        JsonDocument listing = request.with("listing", "publishedAt", "\"2026-03-11T10:00:00+08:00\"");
        JsonDocument application = request.with("application", "appliedAt", "\"2026-03-11T10:00:00+08:00\"");

        assertRefused(violation, "violation.occurredAt: 2026-03-11T10:00:00+08:00 is after evaluatedAt 2026-03-10T10:00:00+08:00: "
                + "a question cannot be decided before it is asked (line 6, column " + violation.objectColumn("violation") + ")");
        assertRefused(listing, "listing.publishedAt: 2026-03-11T10:00:00+08:00 is after evaluatedAt 2026-03-10T10:00:00+08:00: "
                + "a question cannot be decided before it is asked (line 1, column 1)");
        assertRefused(application, "application.appliedAt: 2026-03-11T10:00:00+08:00 is after evaluatedAt "
                + "2026-03-10T10:00:00+08:00: a question cannot be decided before it is asked (line 1, column 1)");
    }

    @Test
    void should_name_the_full_paths_when_the_request_is_inside_a_record() {
        String decision = JsonSamples.decision().json();
        String late = request.with("claim", "filedAt", "\"2026-02-28T10:00:00+08:00\"").json();

        assertThatThrownBy(() -> TrustJson.readRecord("{\"request\": " + late + ",\n\"decision\": " + decision + "}"))
                .isInstanceOf(TrustJsonException.class)
                .hasMessageStartingWith("request.claim.filedAt: 2026-02-28T10:00:00+08:00 is before request.order.paidAt ");
    }

    @Test
    void should_read_the_request_when_checkout_badges_are_decided_while_the_order_is_being_paid() {
        String checkout = request.without("claim", null).without("violation", null).without("listing", null)
                .without("application", null).without("brand", null).without("order", "deliveredAt")
                .with("shop", "depositShortfallSince", "null")
                .with("evaluatedAt", null, "\"2026-03-01T09:59:59+08:00\"").json();

        assertThat(TrustJson.readRequest(checkout).order().paidAt()).isAfter(TrustJson.readRequest(checkout).evaluatedAt());
    }

    @Test
    void should_read_the_request_when_a_past_order_replayed_at_checkout_carries_its_later_delivery() {
        String replay = request.without("claim", null).without("violation", null).without("listing", null)
                .without("application", null).without("brand", null).with("shop", "depositShortfallSince", "null")
                .with("evaluatedAt", null, "\"2026-03-01T10:00:00+08:00\"").json();

        assertThat(TrustJson.readRequest(replay).order().deliveredAt()).isAfter(TrustJson.readRequest(replay).evaluatedAt());
    }

    private static void assertRefused(JsonDocument document, String message) {
        assertThatThrownBy(() -> TrustJson.readRequest(document.json())).isInstanceOf(TrustJsonException.class).hasMessage(message);
    }
}
