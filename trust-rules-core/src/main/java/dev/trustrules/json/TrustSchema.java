package dev.trustrules.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustrules.internal.json.JsonSchemas;
import dev.trustrules.internal.scenario.ScenarioSchema;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The JSON Schemas (draft 2020-12) of the documents trust-rules reads and writes: the field reference,
 * for editors, validators and people. Each is generated from the records and the strict reader of
 * {@link TrustJson} (fields, types, required and optional fields, enum constants, ranges, patterns,
 * descriptions from the records' javadoc), so it says what the reader takes. What JSON Schema cannot
 * say (the order of events, ids that must agree between facts) is in the descriptions.
 *
 * <pre>{@code
 * Files.writeString(Path.of("facts.schema.json"), TrustSchema.FACTS.json());
 * }</pre>
 */
public enum TrustSchema {
    /** A fact document: what {@link TrustJson#readRequest(String)}, {@code trust-rules eval} and a scenario's {@code given} read. */
    FACTS(JsonSchemas::facts),
    /** A decision as {@link TrustJson#writeDecision} writes it, with the {@code explanation} of {@code --explain}. */
    DECISION(JsonSchemas::decision),
    /** A scenario file, JSON or YAML: one scenario ({@code name}, {@code given}, {@code expect}) or an array of them. */
    SCENARIO(ScenarioSchema::scenario);

    private final Supplier<ObjectNode> generator;
    private volatile String json;

    TrustSchema(Supplier<ObjectNode> generator) {
        this.generator = generator;
    }

    /** The schema as a pretty-printed JSON document, ending with a line end. */
    public String json() {
        String text = json;
        if (text == null) {
            text = JsonSchemas.print(generator.get());
            json = text;
        }
        return text;
    }

    /** The schema's file name in {@code docs/schema/}: {@code facts.schema.json}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".schema.json";
    }

    /**
     * The schema of this name, in any case: {@code facts}, {@code decision} or {@code scenario}.
     *
     * @throws IllegalArgumentException naming the schemas there are, for any other name
     */
    public static TrustSchema named(String name) {
        for (TrustSchema schema : values()) {
            if (schema.name().equalsIgnoreCase(name)) {
                return schema;
            }
        }
        throw new IllegalArgumentException("no schema named \"" + name + "\"; expected one of "
                + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
