package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.trustrules.Decision;
import dev.trustrules.TrustRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every optional field may be left out or given as {@code null}, and then means what the field reference
 * in {@code docs/integration.md} says.
 */
class OptionalFieldsTest {
    /** Each optional fact field, with what the request holds when it is left out. */
    private static final Map<String, Meaning> MEANINGS = new LinkedHashMap<>();

    private record Meaning(Function<TrustRequest, Object> read, Object expected) {}

    private static void means(String field, Function<TrustRequest, Object> read, Object expected) {
        MEANINGS.put(field, new Meaning(read, expected));
    }

    static {
        means("order.productId", r -> r.order().productId(), null);
        means("order.currency", r -> r.order().currency(), "CNY");
        means("order.deliveredAt", r -> r.order().isDelivered(), false);
        means("order.guarantees", r -> r.order().guarantees(), java.util.Set.of());
        means("buyer.trustCardRevokedUntil", r -> r.buyer().trustCardRevokedUntil(), null);
        means("shop.licenceId", r -> r.shop().licenceId(), null);
        means("shop.streamerId", r -> r.shop().streamerId(), null);
        means("shop.depositShortfallSince", r -> r.shop().depositShortfallSince(), null);
        means("claim.id", r -> r.claim().id(), "o-1");
        means("claim.orderId", r -> r.claim().orderId(), "o-1");
        means("claim.authenticityVerdict", r -> r.claim().authenticityVerdict(), null);
        means("claim.returnReason", r -> r.claim().returnReason(), null);
        means("violation.shopId", r -> r.violation().shopId(), "s-1");
        means("violation.listingId", r -> r.violation().listingId(), null);
        means("violation.creatorId", r -> r.violation().creatorId(), null);
        means("violation.liveRoomOwnerId", r -> r.violation().liveRoomOwnerId(), null);
        means("creator.repeatCustomers", r -> r.creator().repeatCustomers(), null);
        means("listing.brand", r -> r.listing().isBranded(), false);
        means("listing.brandReferencePriceFen", r -> r.listing().brandReferencePriceFen(), 0L);
        means("listing.currency", r -> r.listing().currency(), "CNY");
        means("application.licenceId", r -> r.application().licenceId(), null);
        means("application.bannedShopOfPerson", r -> r.application().bannedShopOfPerson(), null);
        means("application.bannedShopOfLicence", r -> r.application().bannedShopOfLicence(), null);
    }

    @Test
    void should_cover_every_optional_field_of_the_field_lists() {
        assertThat(MEANINGS.keySet()).containsExactlyInAnyOrderElementsOf(RequiredFieldsTest.names(JsonSamples.OPTIONAL).stream()
                .filter(name -> !name.equals("violation.points")).toList());
    }

    @TestFactory
    Stream<DynamicTest> should_read_the_documented_meaning_when_an_optional_field_is_left_out() {
        return MEANINGS.entrySet().stream().map(e -> dynamicTest(e.getKey(), () -> {
            JsonDocument document = leaveOut(JsonSamples.request(), e.getKey());
            assertThat(e.getValue().read().apply(TrustJson.readRequest(document.json()))).isEqualTo(e.getValue().expected());
        }));
    }

    @TestFactory
    Stream<DynamicTest> should_read_null_as_left_out_when_an_optional_field_is_null() {
        return MEANINGS.entrySet().stream().map(e -> dynamicTest(e.getKey(), () -> {
            String[] name = e.getKey().split("\\.");
            JsonDocument nulled = JsonSamples.request().with(name[0], name[1], "null");
            if (e.getKey().equals("application.licenceId")) {
                nulled = nulled.with("application", "bannedShopOfLicence", "null");
            }
            if (e.getKey().equals("violation.creatorId")) {
                nulled = nulled.without("creator", null);
            }
            assertThat(TrustJson.readRequest(nulled.json())).isEqualTo(TrustJson.readRequest(leaveOut(JsonSamples.request(), e.getKey()).json()));
        }));
    }

    @Test
    void should_let_the_policy_set_the_points_when_a_counterfeit_sale_leaves_them_out() {
        JsonDocument document = JsonSamples.request().with("violation", "type", "\"COUNTERFEIT_SALE\"").without("violation", "points");

        assertThat(TrustJson.readRequest(document.json()).violation().points()).isZero();
    }

    @Test
    void should_take_the_time_from_the_policy_when_evaluated_at_is_left_out() {
        assertThat(TrustJson.readRequest(JsonSamples.request().without("evaluatedAt", null).json()).evaluatedAt()).isNull();
    }

    @Test
    void should_read_no_tier_and_empty_details_when_a_decision_leaves_them_out() {
        String json = JsonSamples.decision().without("buyerTier", null).json().replace(", \"detail\": \"none\"", "")
                .replace(", \"detail\": \"24 points\"", "").replace(", \"detail\": \"no signal\"", "")
                .replace(", \"detail\": \"4.6\"", "").replace(", \"detail\": \"index 70\"", "");

        Decision decision = TrustJson.readDecision(json);

        assertThat(decision.buyerTier()).isNull();
        assertThat(decision.denials().get(0).detail()).isEmpty();
        assertThat(decision.sanctions().get(0).detail()).isEmpty();
        assertThat(decision.notes().get(0).detail()).isEmpty();
        assertThat(decision.standings().get(0).detail()).isEmpty();
        assertThat(decision.traffic().get(0).detail()).isEmpty();
    }

    @Test
    void should_read_no_standings_and_no_traffic_when_a_decision_leaves_them_out_or_writes_them_null() {
        JsonDocument full = JsonSamples.decision();

        Decision leftOut = TrustJson.readDecision(full.without("standings", null).without("traffic", null).json());
        Decision nulled = TrustJson.readDecision(full.with("standings", null, "null").with("traffic", null, "null").json());

        assertThat(leftOut.standings()).isEmpty();
        assertThat(leftOut.traffic()).isEmpty();
        assertThat(nulled).isEqualTo(leftOut);
        assertThat(TrustJson.writeDecision(leftOut)).doesNotContain("standings").doesNotContain("traffic");
    }

    /**
     * The document without the field; a licence link needs the licence, so leaving out the licence leaves out the link, and a
     * creator is given only with the violation that names it, so leaving out the violation's creator leaves out the creator.
     */
    private static JsonDocument leaveOut(JsonDocument document, String field) {
        String[] name = field.split("\\.");
        JsonDocument without = document.without(name[0], name[1]);
        if (field.equals("violation.creatorId")) {
            return without.without("creator", null);
        }
        return field.equals("application.licenceId") ? without.without("application", "bannedShopOfLicence") : without;
    }
}
