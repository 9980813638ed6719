package dev.trustrules.cli.internal;

import dev.trustrules.json.TrustSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code schema [facts|decision|scenario]}: prints a JSON Schema of the documents the tool reads and writes. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema (draft 2020-12) of a kind of document: the field reference, with each field's "
                + "type, whether it is required, its range or pattern and what it means.",
            "facts: a fact document (eval, diff, a scenario's given); decision: what eval prints; scenario: a scenario file."})
public final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "facts|decision|scenario", defaultValue = "facts",
            description = "Which schema (default: ${DEFAULT-VALUE}).")
    private String name;

    @Override
    public Integer call() {
        TrustSchema schema;
        try {
            schema = TrustSchema.named(name);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("schema: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(schema.json());
        out.flush();
        return 0;
    }
}
