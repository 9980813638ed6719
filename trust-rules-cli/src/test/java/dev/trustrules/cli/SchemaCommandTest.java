package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.json.TrustSchema;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    @Test
    void should_print_the_fact_document_schema_when_no_name_is_given() {
        CliRun run = run("schema");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(TrustSchema.FACTS.json()).startsWith("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "title": "trust-rules fact document",
                """).contains("""
                        "creditScore": {
                          "description": "The platform credit score, 0 to 1000; it sets the trust-card tier.",
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 1000
                        },
                """);
    }

    @Test
    void should_print_the_named_schema_when_decision_or_scenario_is_given() {
        assertThat(run("schema", "decision").out()).isEqualTo(TrustSchema.DECISION.json()).contains("\"title\": \"trust-rules decision\"");
        assertThat(run("schema", "scenario").out()).isEqualTo(TrustSchema.SCENARIO.json()).contains("\"ExpectedEntitlement\": {");
    }

    @Test
    void should_exit_2_naming_the_schemas_there_are_when_the_name_is_unknown() {
        CliRun run = run("schema", "claims");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("trust-rules: schema: no schema named \"claims\"; expected one of facts, decision, scenario\n");
    }
}
