package dev.trustrules.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustrules.Decision;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.ReportSubject;
import dev.trustrules.facts.ShopApplication;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.internal.Require;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON Schemas (draft 2020-12) of the JSON form, generated from what reads it: the document records
 * and the public records they become (fields, order, types), the readers of {@link TrustJsonModule}
 * (what each scalar takes: {@link SchemaForm}), the mixins' {@link AbsentMeans} (optional fields and what
 * absence means), the constructors' {@link Require} checks ({@link ConstructorChecks}: ranges, non-blank
 * ids, currency codes) and the records' javadoc ({@link RecordDocs}: a description per field). What the
 * records check across fields in code (a claim needs its order, a violation other than a counterfeit sale
 * needs its points, ...) is written here once, in {@link #acrossFields}; the tests hold the schemas to
 * refuse what the readers refuse. Event order and ids that must agree between facts cannot be said in
 * JSON Schema: the descriptions say them.
 */
public final class JsonSchemas {
    /** The schema dialect. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSchemas() {}

    /** The fact document: what {@code TrustJson.readRequest}, {@code trust-rules eval} and a scenario's {@code given} read. */
    public static ObjectNode facts() {
        return of(RequestDocument.class, "trust-rules fact document",
                "A fact document: the facts of one question put to the policy, as `trust-rules eval`, "
                        + "`TrustJson.readRequest` and a scenario's `given` read them. Reading is strict: every field is required "
                        + "unless described as optional, unknown fields are refused, amounts are integer fen (1 CNY = 100 fen) "
                        + "and timestamps ISO-8601 with an offset. Integers are written without a fraction: the reader refuses "
                        + "`1.0`, which JSON Schema counts as an integer.", false);
    }

    /** A decision as {@code TrustJson.writeDecision} writes it, and with {@code --explain} its {@code explanation}. */
    public static ObjectNode decision() {
        return of(Decision.class, "trust-rules decision",
                "A decision as `trust-rules eval` prints it and `TrustJson.writeDecision` writes it (`TrustJson.readDecision` "
                        + "reads it back). " + RecordDocs.of(Decision.class), false);
    }

    /**
     * A schema whose document is one object of the given record of the form, or an array of them when
     * {@code orArray} (a scenario file holds one scenario or a list).
     */
    public static ObjectNode of(Class<?> record, String title, String description, boolean orArray) {
        Builder b = new Builder();
        ObjectNode root = b.root(title, description);
        String one = b.ref(record);
        if (orArray) {
            ArrayNode anyOf = root.putArray("anyOf");
            anyOf.addObject().put("$ref", one);
            anyOf.addObject().put("type", "array").putObject("items").put("$ref", one);
        } else {
            root.put("$ref", one);
        }
        return b.finish(root);
    }

    /** The schema pretty-printed as {@code TrustJson} prints documents, with a final line end. */
    public static String print(ObjectNode schema) {
        try {
            return TrustMappers.JSON.writer(new Printer()).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print a schema", e);
        }
    }

    /** One schema under construction: its {@code $defs}, filled as types are referred to. */
    private static final class Builder {
        private final ObjectNode defs = NODES.objectNode();

        ObjectNode root(String title, String description) {
            ObjectNode root = NODES.objectNode();
            root.put("$schema", DIALECT);
            root.put("title", title);
            root.put("description", description);
            return root;
        }

        ObjectNode finish(ObjectNode root) {
            root.set("$defs", defs);
            return root;
        }

        /** {@code #/$defs/Name} for a record or enum of the form, defining it on first use. */
        String ref(Class<?> type) {
            String name = name(type);
            if (!defs.has(name)) {
                defs.putObject(name); // reserved first: a record may refer to itself through its fields
                defs.set(name, type.isEnum() ? enumeration(type) : record(type));
            }
            return "#/$defs/" + name;
        }

        private String scalarRef(String name, Class<?> type, String description) {
            if (!defs.has(name)) {
                ObjectNode def = defs.putObject(name);
                def.put("description", description);
                ((SchemaForm) TrustJsonModule.SCALARS.get(type)).describe(def);
            }
            return "#/$defs/" + name;
        }

        private static String name(Class<?> type) {
            DocumentOf of = type.getAnnotation(DocumentOf.class);
            if (of != null) {
                return of.name().isEmpty() ? of.value().getSimpleName() : of.name();
            }
            return type.getSimpleName();
        }

        private ObjectNode enumeration(Class<?> type) {
            ObjectNode def = NODES.objectNode();
            StringBuilder description = new StringBuilder(orEmpty(RecordDocs.of(type)));
            for (Object constant : type.getEnumConstants()) {
                String doc = RecordDocs.of(type, ((Enum<?>) constant).name());
                if (doc != null) {
                    description.append(description.length() == 0 ? "" : " ").append('`').append(((Enum<?>) constant).name())
                            .append("`: ").append(doc);
                }
            }
            if (description.length() > 0) {
                def.put("description", description.toString());
            }
            new StrictScalars.Constant(type).describe(def);
            return def;
        }

        /** An object of the form: its fields, which are required, and what it checks across fields. */
        private ObjectNode record(Class<?> type) {
            Class<?> of = documentOf(type);
            Class<?> mixin = FactForms.MIXINS.get(type);
            ObjectNode object = NODES.objectNode();
            // a document is described as the record it stands for, unless it is an object of its own (named)
            boolean named = type.isAnnotationPresent(DocumentOf.class) && !type.getAnnotation(DocumentOf.class).name().isEmpty();
            String summary = RecordDocs.of(of) != null && !named ? RecordDocs.of(of) : RecordDocs.of(type);
            if (type == RequestDocument.class) {
                summary = orEmpty(summary) + " The reader also refuses what this schema cannot say: facts that disagree "
                        + "(`claim.orderId` must be the order's `id`, `buyer.id` its `buyerId`, `shop.id` its `shopId`, "
                        + "`violation.shopId` and `listing.shopId` the shop's `id`, `violation.creatorId` the creator's `id`, "
                        + "`shopScores.shopId` the shop's `id` and `shopScores.experience.overall` its `experienceScore`, "
                        + "`reports.subjectId` the `id` of the listing, shop or creator reported; `reports.confirmedReports30d` "
                        + "at most `reports.reports30d`) and events in an impossible order (a claim filed before its order was "
                        + "paid; a claim, violation, listing or application dated after `evaluatedAt`).";
            }
            if (summary != null) {
                object.put("description", summary);
            }
            object.put("type", "object");
            ObjectNode properties = object.putObject("properties");
            ArrayNode required = NODES.arrayNode();
            List<ConstructorChecks.Check> checks = new ArrayList<>(ConstructorChecks.of(type));
            if (of != type && type.getAnnotation(DocumentOf.class).built()) {
                checks.addAll(ConstructorChecks.of(of));
            }
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() == Where.class) {
                    continue;
                }
                AbsentMeans absent = RecordBinder.annotation(c, mixin, AbsentMeans.class);
                NotBefore notBefore = RecordBinder.annotation(c, mixin, NotBefore.class);
                ObjectNode field = field(c, type, of, checks, absent, notBefore);
                properties.set(c.getName(), field);
                if (absent == null) {
                    required.add(c.getName());
                }
            }
            if (type == Decision.class) {
                properties.set("explanation", explanation());
            }
            if (!required.isEmpty()) {
                object.set("required", required);
            }
            object.put("additionalProperties", false);
            acrossFields(type, object);
            Shorthand shorthand = type.getAnnotation(Shorthand.class);
            if (shorthand == null) {
                return object;
            }
            ObjectNode either = NODES.objectNode();
            either.put("description", object.remove("description").asText() + " Written as an object, or as just its `"
                    + shorthand.value() + "`.");
            ObjectNode brief = ((ObjectNode) properties.get(shorthand.value())).deepCopy();
            brief.remove("description");
            either.putArray("anyOf").add(brief).add(object);
            return either;
        }

        private ObjectNode field(RecordComponent c, Class<?> type, Class<?> of, List<ConstructorChecks.Check> checks,
                AbsentMeans absent, NotBefore notBefore) {
            ObjectNode form = form(c.getGenericType(), reader(c));
            StringBuilder description = new StringBuilder(orEmpty(describe(type, of, c.getName())));
            for (ConstructorChecks.Check check : checks) {
                if (check.component().equals(c.getName())) {
                    constrain(form, check);
                }
            }
            if (notBefore != null) {
                note(description, "Not before `" + notBefore.value() + "`: " + notBefore.because() + ".");
            }
            if (absent != null) {
                note(description, "Optional; left out or `null`: " + absent.value() + ".");
                form = nullable(form, absent.nullMeansEmpty());
            }
            ObjectNode field = NODES.objectNode();
            if (description.length() > 0) {
                field.put("description", sentence(description.toString()));
            }
            field.setAll(form);
            return field;
        }

        /** What one value of a field may be, from the reader its type gets. */
        private ObjectNode form(Type generic, SchemaForm custom) {
            ObjectNode form = NODES.objectNode();
            if (custom != null) {
                if (custom.namesOf() != null) {
                    form.put("$ref", ref(custom.namesOf()));
                } else {
                    custom.describe(form);
                }
                return form;
            }
            Class<?> raw = raw(generic);
            if (raw == TrustRequest.class) {
                form.put("$ref", ref(RequestDocument.class));
            } else if (raw == Instant.class) {
                form.put("$ref", scalarRef("Timestamp", Instant.class, "A time: ISO-8601 with seconds and an offset "
                        + "(`2026-03-02T10:00:00+08:00`, `2026-03-02T02:00:00Z`), from " + Timestamps.format(Timestamps.EARLIEST)
                        + " up to, not including, " + Timestamps.format(Timestamps.END) + ". Written at the platform offset +08:00."));
            } else if (raw == LocalDate.class) {
                form.put("$ref", scalarRef("Date", LocalDate.class, "A calendar date (`2023-06-01`), from " + Dates.EARLIEST
                        + " to " + Dates.LATEST + "."));
            } else if (TrustJsonModule.SCALARS.containsKey(raw)) {
                ((SchemaForm) TrustJsonModule.SCALARS.get(raw)).describe(form);
            } else if (raw.isEnum()) {
                form.put("$ref", ref(raw));
            } else if (Collection.class.isAssignableFrom(raw)) {
                form.put("type", "array");
                form.set("items", form(((ParameterizedType) generic).getActualTypeArguments()[0], null));
            } else if (raw.isRecord() && raw.getPackageName().startsWith("dev.trustrules")) {
                form.put("$ref", ref(raw));
            } else {
                throw new IllegalStateException("no JSON Schema form for " + generic);
            }
            return form;
        }

        /** The form, or {@code null}: an optional field may be written {@code null}, meaning absent. */
        private static ObjectNode nullable(ObjectNode form, boolean nullMeansEmpty) {
            JsonNode type = form.get("type");
            if (type != null && type.isTextual() && !form.has("enum")) {
                form.putArray("type").add(type.asText()).add("null");
                return form;
            }
            ObjectNode either = NODES.objectNode();
            either.putArray("anyOf").add(form).addObject().put("type", "null");
            return either;
        }

        /**
         * What the records and the readers check across the fields of one object, in code; JSON Schema
         * says it with {@code if}/{@code then} and {@code anyOf}, where {@code null} is the same as absent.
         */
        private void acrossFields(Class<?> type, ObjectNode object) {
            ArrayNode allOf = NODES.arrayNode();
            if (type == RequestDocument.class) {
                ArrayNode anyFact = NODES.arrayNode();
                for (RecordComponent c : type.getRecordComponents()) {
                    if (c.getType() != Where.class && c.getType() != Instant.class) {
                        anyFact.add(given(c.getName(), "object"));
                    }
                }
                object.set("anyOf", anyFact);
                allOf.add(implies(given("claim", "object"), given("order", "object")));
                allOf.add(implies(given("violation", "object"), given("shop", "object")));
                allOf.add(implies(given("shopScores", "object"), given("shop", "object")));
                // a violation that names a creator needs the creator; a creator beside a violation must be the one it names
                allOf.add(implies(inside("violation", given("creatorId", "string")), given("creator", "object")));
                ObjectNode both = given("violation", "object");
                ((ArrayNode) both.get("required")).add("creator");
                ((ObjectNode) both.get("properties")).putObject("creator").put("type", "object");
                allOf.add(implies(both, inside("violation", given("creatorId", "string"))));
                for (ReportSubject subject : ReportSubject.values()) {
                    String fact = subject.name().toLowerCase(Locale.ROOT);
                    ObjectNode about = NODES.objectNode();
                    about.putArray("required").add("subject");
                    about.putObject("properties").putObject("subject").put("const", subject.name());
                    allOf.add(implies(inside("reports", about), given(fact, "object")));
                }
            } else if (type == ViolationDocument.class) {
                ObjectNode other = NODES.objectNode();
                other.putArray("required").add("type");
                other.putObject("properties").putObject("type").putObject("not").put("const", ViolationType.COUNTERFEIT_SALE.name());
                allOf.add(implies(other, given("points", "integer")));
            } else if (type == ShopApplication.class) {
                allOf.add(implies(given("bannedShopOfLicence", "string"), given("licenceId", "string")));
            } else if (type.isAnnotationPresent(AtLeastOneField.class)) {
                ArrayNode anyField = NODES.arrayNode();
                for (RecordComponent c : type.getRecordComponents()) {
                    AbsentMeans absent = c.getAnnotation(AbsentMeans.class);
                    if (absent != null && absent.nullMeansEmpty()) {
                        anyField.addObject().putArray("required").add(c.getName());
                    } else if (c.getType() != Where.class) {
                        ObjectNode given = anyField.addObject();
                        given.putArray("required").add(c.getName());
                        given.putObject("properties").putObject(c.getName()).putObject("not").put("type", "null");
                    }
                }
                object.set("anyOf", anyField);
            }
            if (!allOf.isEmpty()) {
                object.set("allOf", allOf);
            }
        }

        /** The field is given and not {@code null}. */
        private static ObjectNode given(String field, String type) {
            ObjectNode given = NODES.objectNode();
            given.putArray("required").add(field);
            given.putObject("properties").putObject(field).put("type", type);
            return given;
        }

        /** The fact is given, an object, and holds {@code condition}. */
        private static ObjectNode inside(String fact, ObjectNode condition) {
            ObjectNode inside = given(fact, "object");
            ((ObjectNode) inside.get("properties").get(fact)).setAll(condition);
            return inside;
        }

        private static ObjectNode implies(ObjectNode condition, ObjectNode consequence) {
            ObjectNode rule = NODES.objectNode();
            rule.set("if", condition);
            rule.set("then", consequence);
            return rule;
        }

        // --- the explanation of --explain: written for people and never read, so described from its records as written ---

        /** The {@code explanation} that {@code --explain} adds after the decision's fields. */
        private ObjectNode explanation() {
            ObjectNode field = NODES.objectNode();
            field.put("description", orEmpty(RecordDocs.of(Explanation.class)) + " Only with `--explain` "
                    + "(`TrustJson.writeExplainedDecision`), for people: `TrustJson.readDecision` does not read it back.");
            field.setAll(written(Explanation.class));
            return field;
        }

        /** What Jackson writes for a value of this type: components as fields, {@code null} ones left out. */
        private ObjectNode written(Type generic) {
            Class<?> raw = raw(generic);
            ObjectNode form = NODES.objectNode();
            if (raw == String.class) {
                form.put("type", "string");
            } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
                form.put("type", "integer");
            } else if (raw == double.class || raw == Double.class) {
                form.put("type", "number");
            } else if (raw == boolean.class || raw == Boolean.class) {
                form.put("type", "boolean");
            } else if (raw == Instant.class || raw.isEnum()) {
                form.setAll(form(raw, null));
            } else if (Collection.class.isAssignableFrom(raw)) {
                form.put("type", "array");
                form.set("items", written(((ParameterizedType) generic).getActualTypeArguments()[0]));
            } else if (Map.class.isAssignableFrom(raw)) {
                form.put("type", "object");
                form.set("additionalProperties", written(((ParameterizedType) generic).getActualTypeArguments()[1]));
            } else if (raw.isRecord()) {
                String name = raw.getSimpleName();
                if (!defs.has(name)) {
                    defs.putObject(name);
                    defs.set(name, writtenRecord(raw));
                }
                form.put("$ref", "#/$defs/" + name);
            }
            // anything else is written as Jackson writes it: described as any value, since people read it
            return form;
        }

        private ObjectNode writtenRecord(Class<?> type) {
            ObjectNode object = NODES.objectNode();
            if (RecordDocs.of(type) != null) {
                object.put("description", RecordDocs.of(type));
            }
            object.put("type", "object");
            ObjectNode properties = object.putObject("properties");
            ArrayNode required = NODES.arrayNode();
            for (RecordComponent c : type.getRecordComponents()) {
                ObjectNode field = NODES.objectNode();
                if (RecordDocs.of(type, c.getName()) != null) {
                    field.put("description", RecordDocs.of(type, c.getName()));
                }
                field.setAll(written(c.getGenericType()));
                properties.set(c.getName(), field);
                if (c.getType().isPrimitive() || Collection.class.isAssignableFrom(c.getType())) {
                    required.add(c.getName());
                }
            }
            if (!required.isEmpty()) {
                object.set("required", required);
            }
            object.put("additionalProperties", false);
            return object;
        }

        /** The component's reader, when the record names one ({@code @JsonDeserialize(using = ...)}). */
        private static SchemaForm reader(RecordComponent c) {
            JsonDeserialize using = c.getAccessor().getAnnotation(JsonDeserialize.class);
            if (using == null || using.using() == JsonDeserializer.None.class) {
                return null;
            }
            try {
                Constructor<?> create = using.using().getDeclaredConstructor();
                create.setAccessible(true);
                if (create.newInstance() instanceof SchemaForm form) {
                    return form;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + using.using(), e);
            }
            throw new IllegalStateException(using.using() + " reads " + c + " but does not say its JSON Schema form (SchemaForm)");
        }
    }

    /** Adds a constructor check to the field's form. */
    static void constrain(ObjectNode form, ConstructorChecks.Check check) {
        List<Object> args = check.arguments();
        switch (check.method()) {
            case "id", "optionalId", "text" -> form.put("minLength", 1).put("pattern", "\\S");
            case "nonNegative" -> atLeast(form, 0L);
            case "between" -> {
                atLeast(form, args.get(0));
                atMost(form, args.get(1));
            }
            case "currency" -> form.put("pattern", "^" + Require.CURRENCY_PATTERN + "$");
            case "reason" -> form.put("pattern", "^" + Require.REASON_PATTERN + "$");
            case "notBefore" -> {
                // said by the NotBefore annotation the reader checks, with its reason
            }
            case "present", "list" -> {
                // the reader requires the field: a required field missing or null is refused
            }
            default -> throw new IllegalStateException("Require." + check.method() + " (checking " + check.component()
                    + ") has no JSON Schema form: add it to JsonSchemas.constrain");
        }
    }

    private static void atLeast(ObjectNode form, Object bound) {
        JsonNode current = form.get("minimum");
        if (bound instanceof Double d) {
            if (current == null || current.asDouble() < d) {
                form.put("minimum", d);
            }
        } else if (current == null || current.asLong() < ((Number) bound).longValue()) {
            form.put("minimum", ((Number) bound).longValue());
        }
    }

    private static void atMost(ObjectNode form, Object bound) {
        JsonNode current = form.get("maximum");
        if (bound instanceof Double d) {
            if (current == null || current.asDouble() > d) {
                form.put("maximum", d);
            }
        } else if (current == null || current.asLong() > ((Number) bound).longValue()) {
            form.put("maximum", ((Number) bound).longValue());
        }
    }

    private static Class<?> documentOf(Class<?> type) {
        DocumentOf of = type.getAnnotation(DocumentOf.class);
        return of == null ? type : of.value();
    }

    private static String describe(Class<?> type, Class<?> of, String component) {
        String own = RecordDocs.of(type, component);
        return own != null || of == type ? own : RecordDocs.of(of, component);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("no JSON Schema form for " + type);
    }

    private static void note(StringBuilder description, String note) {
        if (description.length() > 0) {
            description.append(description.charAt(description.length() - 1) == '.' ? " " : ". ");
        }
        description.append(note);
    }

    /** The text as a sentence: a capital first letter and a final full stop. */
    private static String sentence(String text) {
        String capital = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
