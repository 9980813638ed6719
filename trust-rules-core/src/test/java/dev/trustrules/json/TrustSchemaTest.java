package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustrules.Decision;
import dev.trustrules.TrustRequest;
import dev.trustrules.corpus.SyntheticCorpus;
import dev.trustrules.scenario.ScenarioWriter;
import dev.trustrules.scenario.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schemas say what the reader takes: complete documents and the synthetic corpus validate, each
 * field is described, and the ranges and patterns are the records' own.
 */
class TrustSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaValidator FACTS = new SchemaValidator(TrustSchema.FACTS);
    private static final SchemaValidator DECISION = new SchemaValidator(TrustSchema.DECISION);

    @TempDir
    Path dir;

    @Test
    void should_validate_a_request_holding_every_fact_and_field_when_the_reader_reads_it() {
        String json = JsonSamples.request().json();
        TrustJson.readRequest(json);

        assertThat(FACTS.problems(json)).isEmpty();
    }

    @Test
    void should_validate_a_decision_holding_every_kind_of_item_when_the_reader_reads_it() {
        String json = JsonSamples.decision().json();
        TrustJson.readDecision(json);

        assertThat(DECISION.problems(json)).isEmpty();
        assertThat(DECISION.problems(TrustJson.writeDecision(TrustJson.readDecision(json)))).isEmpty();
        assertThat(DECISION.problems(TrustJson.writeExplainedDecision(TrustJson.readDecision(json)))).isEmpty();
    }

    @Test
    void should_validate_every_document_of_the_synthetic_corpus_when_written_by_trust_json() {
        for (TrustRequest request : SyntheticCorpus.requests(340, 11)) {
            String json = TrustJson.writeRequest(request);
            assertThat(FACTS.problems(json)).as(json).isEmpty();
        }
    }

    @Test
    void should_validate_scenarios_as_written_and_as_analysts_write_them_and_refuse_one_that_expects_nothing() throws IOException {
        SchemaValidator scenarios = new SchemaValidator(TrustSchema.SCENARIO);
        TrustRequest request = SyntheticCorpus.requests(2, 1).get(1);
        Decision decision = TrustJson.readDecision(JsonSamples.decision().json());
        String written = ScenarioWriter.yaml("written", request, decision);
        String handWritten = """
                - name: shorthand items and flow style
                  given: { shop: { id: s-1, ownerId: p-1, status: ACTIVE, violationPoints365d: 30, confirmedCounterfeits365d: 0,
                           experienceScore: 4.1, depositFen: 0, requiredDepositFen: 0 },
                           violation: { id: v-1, type: COUNTERFEIT_SALE, occurredAt: 2026-03-01T10:00:00+08:00, particularlySerious: false } }
                  expect:
                    sanctions: [SHOP_BAN, { type: VIOLATION_POINTS, points: 100 }]
                """;
        String expectsNothing = "name: x\ngiven: { brand: { id: b, name: B, foundedOn: 2023-06-01, ownBrandGmvShareBasisPoints: 1,"
                + " liveRoomMonthlyAvgGmvFen: 1, platformIsCoreChannel: true } }\nexpect: { buyerTier: null }\n";
        Path nothing = Files.writeString(dir.resolve("nothing.yaml"), expectsNothing);

        assertThat(scenarios.problemsInYaml(written)).isEmpty();
        assertThat(scenarios.problemsInYaml(handWritten)).isEmpty();
        assertThat(scenarios.problemsInYaml(expectsNothing)).isNotEmpty();
        assertThatThrownBy(() -> Scenarios.read(nothing)).hasMessageContaining("expects nothing");
    }

    @Test
    void should_take_ranges_and_patterns_from_the_records_constructors() throws Exception {
        JsonNode defs = MAPPER.readTree(TrustSchema.FACTS.json()).get("$defs");

        assertThat(defs.at("/BuyerAccount/properties/creditScore").toString())
                .contains("\"type\":\"integer\",\"minimum\":0,\"maximum\":1000");
        assertThat(defs.at("/AfterSaleClaim/properties/spoiledPercent").toString())
                .contains("\"type\":\"integer\",\"minimum\":0,\"maximum\":100");
        assertThat(defs.at("/ShopAccount/properties/experienceScore").toString())
                .contains("\"type\":\"number\",\"minimum\":0.0,\"maximum\":5.0");
        assertThat(defs.at("/Brand/properties/ownBrandGmvShareBasisPoints").toString()).contains("\"minimum\":0,\"maximum\":10000");
        assertThat(defs.at("/ViolationRecord/properties/points").toString())
                .contains("\"type\":[\"integer\",\"null\"],\"minimum\":0,\"maximum\":1000");
        assertThat(defs.at("/Order/properties/paidFen").toString())
                .contains("\"type\":\"integer\",\"minimum\":0,\"maximum\":9223372036854775807");
        assertThat(defs.at("/Order/properties/currency/pattern").asText()).isEqualTo("^[A-Z]{3}$");
        assertThat(defs.at("/Order/properties/id").toString()).contains("\"minLength\":1,\"pattern\":\"\\\\S\"");
        assertThat(defs.at("/Order/required").toString())
                .isEqualTo("[\"id\",\"buyerId\",\"shopId\",\"category\",\"paidFen\",\"paidAt\",\"authenticated\"]");
        assertThat(defs.at("/Category/enum").size()).isEqualTo(dev.trustrules.facts.Category.values().length);
    }

    @Test
    void should_describe_every_field_when_the_schema_is_generated() throws Exception {
        List<String> undescribed = new ArrayList<>();
        for (TrustSchema schema : TrustSchema.values()) {
            JsonNode defs = MAPPER.readTree(schema.json()).get("$defs");
            Set<String> read = new HashSet<>();
            reach(defs, MAPPER.readTree(schema.json()), read);
            for (Map.Entry<String, JsonNode> def : defs.properties()) {
                if (!read.contains(def.getKey())) {
                    continue; // the parts of the explanation of --explain: for people, described as a whole
                }
                if (!def.getValue().hasNonNull("description")) {
                    undescribed.add(schema + " " + def.getKey());
                }
                JsonNode object = def.getValue().has("anyOf") && def.getValue().get("anyOf").size() == 2
                        && def.getValue().get("anyOf").get(1).has("properties") ? def.getValue().get("anyOf").get(1) : def.getValue();
                object.path("properties").properties().forEach(field -> {
                    if (field.getValue().path("description").asText().isBlank()) {
                        undescribed.add(schema + " " + def.getKey() + "." + field.getKey());
                    }
                });
            }
        }

        assertThat(undescribed).isEmpty();
    }

    /** The definitions a node refers to, and theirs, but not through the explanation (written, never read). */
    private static void reach(JsonNode defs, JsonNode node, Set<String> reached) {
        if (node.isObject()) {
            String ref = node.path("$ref").asText();
            if (ref.startsWith("#/$defs/") && reached.add(ref.substring(8))) {
                reach(defs, defs.get(ref.substring(8)), reached);
            }
            node.properties().forEach(field -> {
                if (!field.getKey().equals("explanation") && !field.getKey().equals("$defs")) {
                    reach(defs, field.getValue(), reached);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> reach(defs, item, reached));
        }
    }

    @Test
    void should_print_the_same_text_when_generated_twice() {
        for (TrustSchema schema : TrustSchema.values()) {
            assertThat(schema.json()).startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",")
                    .endsWith("}\n");
        }
        assertThat(dev.trustrules.internal.json.JsonSchemas.print(dev.trustrules.internal.json.JsonSchemas.facts()))
                .isEqualTo(TrustSchema.FACTS.json());
    }

    @Test
    void should_name_the_schemas_there_are_when_a_name_is_unknown() {
        assertThat(TrustSchema.named("Facts")).isEqualTo(TrustSchema.FACTS);
        assertThat(TrustSchema.SCENARIO.fileName()).isEqualTo("scenario.schema.json");
        assertThatThrownBy(() -> TrustSchema.named("claims"))
                .hasMessage("no schema named \"claims\"; expected one of facts, decision, scenario");
    }
}
