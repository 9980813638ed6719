package dev.trustrules.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Validates documents against a generated schema with a well-kept validator, formats asserted (dates must exist). */
final class SchemaValidator {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final Schema schema;

    SchemaValidator(TrustSchema schema) {
        this.schema = REGISTRY.getSchema(schema.json(), InputFormat.JSON);
    }

    /** The problems the schema finds in the JSON document, empty when it is valid. */
    List<String> problems(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The problems the schema finds in the YAML document. */
    List<String> problemsInYaml(String yaml) {
        return schema.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
    }

    boolean accepts(String json) {
        return problems(json).isEmpty();
    }
}
