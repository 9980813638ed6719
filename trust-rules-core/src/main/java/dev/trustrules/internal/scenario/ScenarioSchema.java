package dev.trustrules.internal.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustrules.internal.json.JsonSchemas;

/** The JSON Schema of scenario files, generated like the fact document's from the records that read them. */
public final class ScenarioSchema {
    private ScenarioSchema() {}

    public static ObjectNode scenario() {
        return JsonSchemas.of(ScenarioDocument.class, "trust-rules scenario file",
                "A scenario file, as `trust-rules test` and `Scenarios.read` read it: YAML (`.yaml`, `.yml`) or JSON (`.json`), "
                        + "holding one scenario or an array of them. A scenario's `given` is a fact document; its `expect` "
                        + "lists what the decision must hold.", true);
    }
}
