package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Strict JSON: every required field of every fact and of a decision, missing or {@code null}, is refused
 * naming it; never read as 0, {@code false} or a default status. The field lists are in {@link JsonSamples}.
 */
class RequiredFieldsTest {

    @TestFactory
    Stream<DynamicTest> should_refuse_naming_the_field_when_a_required_fact_field_is_missing() {
        JsonDocument full = JsonSamples.request();
        return each(JsonSamples.REQUIRED, (fact, field) -> {
            JsonDocument document = full.without(fact, field);
            assertThatThrownBy(() -> TrustJson.readRequest(document.json()))
                    .isInstanceOf(TrustJsonException.class)
                    .hasMessage(fact + "." + field + ": required, was missing (line " + document.line(fact) + ", column "
                            + document.objectColumn(fact) + ")");
        });
    }

    @TestFactory
    Stream<DynamicTest> should_refuse_naming_the_field_when_a_required_fact_field_is_null() {
        JsonDocument full = JsonSamples.request();
        return each(JsonSamples.REQUIRED, (fact, field) -> {
            JsonDocument document = full.with(fact, field, "null");
            assertThatThrownBy(() -> TrustJson.readRequest(document.json()))
                    .isInstanceOf(TrustJsonException.class)
                    .hasMessage(fact + "." + field + ": required, was null (line " + document.line(fact) + ", column "
                            + document.valueColumn(fact, field) + ")");
        });
    }

    @TestFactory
    Stream<DynamicTest> should_refuse_naming_the_field_when_a_required_decision_field_is_missing_or_null() {
        JsonDocument full = JsonSamples.decision();
        return each(JsonSamples.DECISION_REQUIRED, (part, field) -> {
            String missing;
            String nulled;
            if (part.equals("decision")) {
                JsonDocument without = full.without(field, null);
                missing = field + ": required, was missing (line 1, column 1)";
                assertDecisionRefused(without.json(), missing);
                JsonDocument withNull = full.with(field, null, "null");
                nulled = field + ": required, was null (line " + withNull.line(field) + ", column "
                        + (withNull.lines().get(withNull.line(field) - 1).indexOf("null") + 1) + ")";
                assertDecisionRefused(withNull.json(), nulled);
            } else if (part.equals("policy")) {
                JsonDocument without = full.without(part, field);
                assertDecisionRefused(without.json(), "policy." + field + ": required, was missing (line 1, column "
                        + without.objectColumn(part) + ")");
                JsonDocument withNull = full.with(part, field, "null");
                assertDecisionRefused(withNull.json(), "policy." + field + ": required, was null (line 1, column "
                        + withNull.valueColumn(part, field) + ")");
            } else {
                int line = full.line(part);
                String item = full.lines().get(line - 1);
                String dropped = item.replaceFirst("\"" + field + "\": (\"[^\"]*\"|[^,}]*)(, )?", "").replace(", }", "}");
                assertDecisionRefused(full.json().replace(item, dropped), part + "[0]." + field + ": required, was missing (line " + line
                        + ", column " + (item.indexOf("[{") + 2) + ")");
                String nulledItem = item.replaceFirst("\"" + field + "\": (\"[^\"]*\"|[^,}]*)", "\"" + field + "\": null");
                assertDecisionRefused(full.json().replace(item, nulledItem), part + "[0]." + field + ": required, was null (line " + line
                        + ", column " + (nulledItem.indexOf("\"" + field + "\": null") + field.length() + 5) + ")");
            }
        });
    }

    @Test
    void should_refuse_naming_points_when_a_violation_other_than_a_counterfeit_sale_has_none() {
        JsonDocument document = JsonSamples.request().without("violation", "points");

        assertRefused(document.json(), "violation.points: required for a violation of type FALSE_ADVERTISING, was missing or null "
                + "(only COUNTERFEIT_SALE leaves its points to the policy) (line " + document.line("violation") + ", column "
                + document.objectColumn("violation") + ")");
    }

    @Test
    void should_name_every_missing_field_when_several_are_missing() {
        assertRefused("{\"buyer\": {\"id\": \"b-1\"}}", "buyer.creditScore: required, was missing (also missing: "
                + "refundWithoutReturnCount90d, abuseFlag, maliciousClaimsRejected180d) (line 1, column 11)");
    }

    @Test
    void should_refuse_a_missing_paid_amount_instead_of_reading_zero_when_a_food_order_is_claimed() {
        String json = TrustJsonTest.CLAIM.replace("\"paidFen\": 19900, ", "").replace("COSMETICS", "FOOD");

        assertRefused(json, "order.paidFen: required, was missing (line 3, column 12)");
    }

    @Test
    void should_refuse_a_null_flag_and_a_null_status_instead_of_reading_false_and_active() {
        assertRefused(TrustJsonTest.CLAIM.replace("\"abuseFlag\": false", "\"abuseFlag\": null"),
                "buyer.abuseFlag: required, was null (line 7, column 94)");
        assertRefused(TrustJsonTest.CLAIM.replace("\"status\": \"ACTIVE\"", "\"status\": null"),
                "shop.status: required, was null (line 8, column 54)");
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> TrustJson.readRequest(json)).as(json).isInstanceOf(TrustJsonException.class).hasMessage(message);
    }

    private static void assertDecisionRefused(String json, String message) {
        assertThatThrownBy(() -> TrustJson.readDecision(json)).as(json).isInstanceOf(TrustJsonException.class).hasMessage(message);
    }

    private interface FieldCheck {
        void check(String part, String field);
    }

    static Stream<DynamicTest> each(Map<String, String[]> fields, FieldCheck check) {
        return fields.entrySet().stream().flatMap(e -> Arrays.stream(e.getValue())
                .map(field -> dynamicTest(e.getKey() + "." + field, () -> check.check(e.getKey(), field))));
    }

    static List<String> names(Map<String, String[]> fields) {
        return fields.entrySet().stream().flatMap(e -> Arrays.stream(e.getValue()).map(f -> e.getKey() + "." + f)).toList();
    }
}
