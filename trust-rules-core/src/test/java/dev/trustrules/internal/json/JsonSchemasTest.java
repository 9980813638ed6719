package dev.trustrules.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.trustrules.Decision;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.Order;
import dev.trustrules.internal.Require;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema is read from the code that reads the form: the constructors' {@link Require} calls, the
 * document records' fields in their order, and every check has a JSON Schema form.
 */
class JsonSchemasTest {

    /** A record whose check takes a bound from a method call: the schema cannot know the bound. */
    record Unreadable(int value) {
        Unreadable {
            Require.between("unreadable.value", value, lowest(), 3);
        }

        static int lowest() {
            return 0;
        }
    }

    @Test
    void should_read_every_require_call_in_order_when_a_constructor_checks_its_fields() {
        assertThat(ConstructorChecks.of(BuyerAccount.class)).containsExactly(
                new ConstructorChecks.Check("id", "id", List.of()),
                new ConstructorChecks.Check("between", "creditScore", List.of(0, 1000)),
                new ConstructorChecks.Check("nonNegative", "refundWithoutReturnCount90d", List.of()),
                new ConstructorChecks.Check("nonNegative", "maliciousClaimsRejected180d", List.of()));
        assertThat(ConstructorChecks.of(Order.class)).contains(
                new ConstructorChecks.Check("currency", "currency", List.of()),
                new ConstructorChecks.Check("notBefore", "deliveredAt",
                        List.of("order.paidAt", new ConstructorChecks.Component("paidAt"))));
    }

    @Test
    void should_refuse_to_guess_when_a_check_takes_a_bound_that_is_not_a_constant() {
        assertThatThrownBy(() -> ConstructorChecks.of(Unreadable.class))
                .hasMessage("the constructor of " + Unreadable.class.getName() + " calls Require.between in a way the JSON Schema "
                        + "cannot read: its arguments are not constants and components");
    }

    @Test
    void should_have_a_schema_form_for_every_check_when_require_gains_one() {
        List<String> methods = Arrays.stream(Require.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).distinct().toList();

        for (String method : methods) {
            assertThatCode(() -> JsonSchemas.constrain(JsonNodeFactory.instance.objectNode(),
                    new ConstructorChecks.Check(method, "x", List.of(0, 1)))).as("Require." + method).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> JsonSchemas.constrain(JsonNodeFactory.instance.objectNode(),
                new ConstructorChecks.Check("positive", "x", List.of())))
                .hasMessage("Require.positive (checking x) has no JSON Schema form: add it to JsonSchemas.constrain");
    }

    @Test
    void should_list_the_fields_the_reader_reads_in_their_order_when_an_object_is_described() {
        Map<String, Class<?>> objects = Map.of("TrustRequest", RequestDocument.class, "Order", Order.class,
                "AfterSaleClaim", ClaimDocument.class, "ViolationRecord", ViolationDocument.class, "BuyerAccount", BuyerAccount.class);
        JsonNode facts = JsonSchemas.facts().get("$defs");
        objects.forEach((name, record) -> {
            List<String> properties = new ArrayList<>();
            facts.get(name).get("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(String.join(", ", properties)).as(name).isEqualTo(RecordBinder.fieldList(record));
        });

        List<String> decision = new ArrayList<>();
        JsonSchemas.decision().get("$defs").get("Decision").get("properties").fieldNames().forEachRemaining(decision::add);
        assertThat(String.join(", ", decision)).isEqualTo(RecordBinder.fieldList(Decision.class) + ", explanation");
    }

    @Test
    void should_say_what_leaving_out_an_optional_field_means_when_it_is_described() {
        JsonNode currency = JsonSchemas.facts().at("/$defs/Order/properties/currency");

        assertThat(currency.get("description").asText()).isEqualTo("ISO-4217 code of `paidFen`; `null` means CNY, the platform's "
                + "currency (the record then holds `\"CNY\"`). Optional; left out or `null`: CNY.");
        assertThat(currency.get("type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(JsonSchemas.facts().at("/$defs/Order/properties/deliveredAt/description").asText())
                .contains("Not before `paidAt`: an order cannot be delivered before it is paid.");
    }
}
