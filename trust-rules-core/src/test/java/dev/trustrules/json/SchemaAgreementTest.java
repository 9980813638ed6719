package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustrules.corpus.SyntheticCorpus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fact schema refuses what the reader refuses, and takes what it takes: documents edited field by
 * field (left out, {@code null}, the wrong kind of value, out of range, blank, an unknown constant, a
 * malformed or implausible time, an unknown field) are read by {@link TrustJson#readRequest(String)} and
 * validated against {@link TrustSchema#FACTS}, and both must give the same verdict. Every edit here is a
 * field's own fault or a rule the schema states; the three the schema cannot state (ids and values that
 * must agree between facts or fields, events in a possible order) are never provoked: ids that refer to
 * another fact and values that must agree with another are only made invalid, and times are only made
 * invalid or spelt differently for the same instant.
 */
class SchemaAgreementTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final SchemaValidator FACTS = new SchemaValidator(TrustSchema.FACTS);
    private static final JsonNode DEFS = read(TrustSchema.FACTS.json()).get("$defs");
    /**
     * Fields whose value names another fact, or must agree with another's: changed only to values that are invalid in
     * themselves.
     */
    private static final Set<String> REFERENCES = Set.of("order.id", "order.buyerId", "order.shopId", "buyer.id", "shop.id",
            "claim.orderId", "violation.shopId", "listing.shopId", "violation.creatorId", "creator.id", "shopScores.shopId",
            "reports.subject", "reports.subjectId", "listing.id",
            // values that must agree with another fact's or field's
            "shop.experienceScore", "reports.reports30d", "reports.confirmedReports30d");
    private static final List<ObjectNode> BASES = documents();
    private static final List<List<Edit>> EDITS = BASES.stream().map(SchemaAgreementTest::edits).toList();

    /** One change to a document: the field ({@code order.paidFen}, or {@code claim} for a whole fact) and its new value, or removal. */
    record Edit(String object, String field, JsonNode value, String what) {
        static final JsonNode REMOVE = NODES.missingNode();

        void apply(ObjectNode document) {
            if (object != null && !(document.get(object) instanceof ObjectNode)) {
                return; // an earlier edit took the fact away
            }
            ObjectNode target = object == null ? document : (ObjectNode) document.get(object);
            if (value.isMissingNode()) {
                target.remove(field);
            } else {
                target.set(field, value.deepCopy());
            }
        }

        @Override
        public String toString() {
            return (object == null ? "" : object + ".") + field + " " + what;
        }
    }

    @Test
    void should_give_the_readers_verdict_when_any_one_field_is_edited() {
        List<String> disagreements = new ArrayList<>();
        for (int b = 0; b < BASES.size(); b++) {
            for (Edit edit : EDITS.get(b)) {
                String disagreement = disagreement(BASES.get(b), List.of(edit));
                if (disagreement != null) {
                    disagreements.add(disagreement);
                }
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(EDITS.stream().mapToInt(List::size).sum()).isGreaterThan(1_000);
    }

    @Test
    void should_differ_only_in_integers_written_with_a_fraction_of_zero_when_json_schema_counts_them_as_integers() {
        // JSON Schema's "integer" is any number with a zero fraction; the reader wants an integer written as one
        assertThat(disagreement(BASES.get(0), List.of(new Edit("order", "paidFen", NODES.numberNode(19900.0), "19900.0"))))
                .startsWith("[order.paidFen 19900.0]: the reader refuses it: order.paidFen: expected an amount in fen as a "
                        + "non-negative integer (1 CNY = 100 fen), was 19900.0 (line 1, column 146); the schema takes it");
    }

    @Property(tries = 400)
    void should_give_the_readers_verdict_when_several_fields_are_edited(@ForAll("edits") List<Integer> picks,
            @ForAll("bases") int base) {
        List<Edit> all = EDITS.get(base);
        List<Edit> edits = picks.stream().map(pick -> all.get(pick % all.size())).toList();

        assertThat(disagreement(BASES.get(base), edits)).isNull();
    }

    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(2).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> bases() {
        return Arbitraries.integers().between(0, BASES.size() - 1);
    }

    /** Why the reader and the schema disagree on the edited document, or {@code null} when they agree. */
    private static String disagreement(ObjectNode base, List<Edit> edits) {
        ObjectNode document = base.deepCopy();
        edits.forEach(edit -> edit.apply(document));
        String json = document.toString();
        String refusal;
        try {
            TrustJson.readRequest(json);
            refusal = null;
        } catch (TrustJsonException e) {
            refusal = e.getMessage();
        }
        List<String> problems = FACTS.problems(json);
        if ((refusal == null) == problems.isEmpty()) {
            return null;
        }
        return edits + ": the reader " + (refusal == null ? "takes it" : "refuses it: " + refusal) + "; the schema "
                + (problems.isEmpty() ? "takes it" : "refuses it: " + problems) + "\n  " + json;
    }

    // --- the documents and their edits ---

    private static List<ObjectNode> documents() {
        List<ObjectNode> bases = new ArrayList<>();
        bases.add((ObjectNode) read(JsonSamples.request().json()));
        SyntheticCorpus.requests(SyntheticCorpus.Kind.values().length, 5).forEach(request -> bases.add((ObjectNode) read(TrustJson.writeRequest(request))));
        return bases;
    }

    /** Every edit of every field of the document, chosen by what the schema says the field is. */
    private static List<Edit> edits(ObjectNode document) {
        List<Edit> edits = new ArrayList<>();
        JsonNode request = DEFS.get("TrustRequest").get("properties");
        request.fieldNames().forEachRemaining(fact -> {
            edits.add(new Edit(null, fact, Edit.REMOVE, "left out"));
            edits.add(new Edit(null, fact, NODES.nullNode(), "null"));
            edits.add(new Edit(null, fact, NODES.textNode("x"), "a string"));
            edits.add(new Edit(null, fact, NODES.arrayNode(), "an array"));
            JsonNode value = document.get(fact);
            if (value == null || !value.isObject()) {
                return;
            }
            edits.add(new Edit(fact, "unknownField", NODES.numberNode(1), "an unknown field"));
            JsonNode properties = definition(request.get(fact)).get("properties");
            properties.properties().forEach(field -> edits.addAll(edits(fact, field.getKey(), field.getValue(),
                    value.get(field.getKey()))));
        });
        edits.add(new Edit(null, "evaluatedAt", NODES.textNode("2026-03-02T10:00:00"), "without an offset"));
        edits.add(new Edit(null, "unknownFact", NODES.objectNode(), "an unknown fact"));
        return edits;
    }

    private static List<Edit> edits(String object, String field, JsonNode property, JsonNode current) {
        List<Edit> edits = new ArrayList<>();
        boolean reference = REFERENCES.contains(object + "." + field);
        edits.add(new Edit(object, field, Edit.REMOVE, "left out"));
        edits.add(new Edit(object, field, NODES.nullNode(), "null"));
        edits.add(new Edit(object, field, NODES.objectNode(), "an object"));
        edits.add(new Edit(object, field, NODES.booleanNode(true), "true"));
        JsonNode type = definition(property);
        if (!reference || !has(type, "number")) {
            edits.add(new Edit(object, field, NODES.numberNode(1.5), "1.5"));
        }
        String ref = type.path("$ref").asText();
        if (ref.equals("#/$defs/Timestamp")) {
            edits.addAll(times(object, field, current));
        } else if (ref.equals("#/$defs/Date")) {
            for (String date : List.of("2023-6-1", "0999-12-31", "2100-01-01", "2023-02-29", "2024-02-29", "2023-06-01T00:00:00Z", "")) {
                edits.add(new Edit(object, field, NODES.textNode(date), "\"" + date + "\""));
            }
        } else if (!ref.isEmpty()) {
            JsonNode constants = DEFS.get(ref.substring("#/$defs/".length())).get("enum");
            if (!reference) {
                constants.forEach(constant -> edits.add(new Edit(object, field, constant, constant.asText())));
            }
            edits.add(new Edit(object, field, NODES.textNode("NOPE"), "an unknown constant"));
            edits.add(new Edit(object, field, NODES.textNode(constants.get(0).asText().toLowerCase()), "in lower case"));
            edits.add(new Edit(object, field, NODES.numberNode(0), "a number"));
        } else if (has(type, "string")) {
            edits.add(new Edit(object, field, NODES.textNode(""), "empty"));
            edits.add(new Edit(object, field, NODES.textNode("  \t"), "blank"));
            edits.add(new Edit(object, field, NODES.numberNode(7), "a number"));
            if (!reference) {
                edits.add(new Edit(object, field, NODES.textNode("ok-1"), "\"ok-1\""));
                edits.add(new Edit(object, field, NODES.textNode(" padded "), "\" padded \""));
            }
            if (field.equals("currency")) {
                for (String code : List.of("EUR", "cny", "CNYY", "C1Y")) {
                    edits.add(new Edit(object, field, NODES.textNode(code), "\"" + code + "\""));
                }
            }
        } else if (has(type, "integer")) {
            BigInteger min = type.get("minimum").bigIntegerValue();
            BigInteger max = type.get("maximum").bigIntegerValue();
            List<BigInteger> values = reference ? List.of(min.subtract(BigInteger.ONE), max.add(BigInteger.ONE), BigInteger.TEN.pow(20))
                    : List.of(min, max, min.subtract(BigInteger.ONE), max.add(BigInteger.ONE), BigInteger.valueOf(-1),
                            BigInteger.valueOf(3), BigInteger.valueOf(3_000_000_000L), BigInteger.TEN.pow(20));
            for (BigInteger n : values) {
                edits.add(new Edit(object, field, NODES.numberNode(n), n.toString()));
            }
            edits.add(new Edit(object, field, NODES.textNode("3"), "\"3\""));
            edits.add(new Edit(object, field, NODES.numberNode(3.5), "3.5"));
        } else if (has(type, "number")) {
            double min = type.get("minimum").asDouble();
            double max = type.get("maximum").asDouble();
            double[] values = reference ? new double[] {min - 0.5, max + 0.5} : new double[] {min, max, min - 0.5, max + 0.5, (min + max) / 2};
            for (double d : values) {
                edits.add(new Edit(object, field, NODES.numberNode(d), Double.toString(d)));
            }
            if (!reference) {
                edits.add(new Edit(object, field, NODES.numberNode(4), "4"));
            }
            edits.add(new Edit(object, field, NODES.textNode("4.5"), "\"4.5\""));
        } else if (has(type, "boolean")) {
            edits.add(new Edit(object, field, NODES.booleanNode(false), "false"));
            edits.add(new Edit(object, field, NODES.textNode("true"), "\"true\""));
            edits.add(new Edit(object, field, NODES.numberNode(0), "0"));
        } else if (has(type, "array")) {
            edits.add(new Edit(object, field, NODES.arrayNode(), "[]"));
            edits.add(new Edit(object, field, NODES.arrayNode().add("NOPE"), "[\"NOPE\"]"));
            edits.add(new Edit(object, field, NODES.arrayNode().addNull(), "[null]"));
            edits.add(new Edit(object, field, NODES.arrayNode().add(1), "[1]"));
            edits.add(new Edit(object, field, NODES.textNode("FAKE_ONE_PAY_TEN"), "a constant, not in an array"));
            ArrayNode all = NODES.arrayNode();
            DEFS.at("/EntitlementType/enum").forEach(all::add);
            edits.add(new Edit(object, field, all, "every guarantee"));
        }
        return edits;
    }

    /** Malformed and implausible times, and the same instant spelt in other ways (which both must take). */
    private static List<Edit> times(String object, String field, JsonNode current) {
        List<Edit> edits = new ArrayList<>();
        for (String time : List.of("2026-03-02T10:00:00", "2026-03-02", "2026-03-02 10:00:00+08:00", "2026-03-02T10:00+08:00",
                "1970-01-01T00:00:00Z", "2150-06-01T00:00:00+08:00", "1999-06-01T00:00:00+08:00", "2026-02-30T10:00:00+08:00",
                "2026-03-02T25:00:00+08:00", "2026-03-02T10:00:00+0800", "2026-03-02t10:00:00+08:00", " 2026-03-02T10:00:00+08:00",
                "2026-03-02T10:00:00+08:00[Asia/Shanghai]", "2026-03-02T10:00:00+19:00", "")) {
            edits.add(new Edit(object, field, NODES.textNode(time), "\"" + time + "\""));
        }
        edits.add(new Edit(object, field, NODES.numberNode(1_772_416_800L), "seconds since the epoch"));
        if (current != null && current.isTextual()) {
            java.time.OffsetDateTime t = java.time.OffsetDateTime.parse(current.asText());
            for (String same : List.of(t.toInstant().toString(), t.withOffsetSameInstant(java.time.ZoneOffset.ofHours(-5)).toString(),
                    t.toString().replace("+08:00", ".250+08:00"), t.toInstant().toString().replace('Z', 'z'))) {
                edits.add(new Edit(object, field, NODES.textNode(same), "\"" + same + "\""));
            }
        }
        return edits;
    }

    /** The definition a property refers to or holds, optional or not. */
    private static JsonNode definition(JsonNode property) {
        if (property.has("anyOf")) {
            return definition(property.get("anyOf").get(0));
        }
        String ref = property.path("$ref").asText();
        if (ref.startsWith("#/$defs/") && DEFS.get(ref.substring(8)).has("properties")) {
            return DEFS.get(ref.substring(8));
        }
        return property;
    }

    private static boolean has(JsonNode property, String type) {
        JsonNode types = property.path("type");
        if (types.isTextual()) {
            return types.asText().equals(type);
        }
        for (JsonNode t : types) {
            if (t.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
