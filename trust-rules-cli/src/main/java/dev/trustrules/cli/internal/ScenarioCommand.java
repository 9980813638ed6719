package dev.trustrules.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scenario new ...}: scenario files from decisions. */
@Command(name = "scenario", mixinStandardHelpOptions = true, subcommands = ScenarioNewCommand.class,
        description = "Writes scenario files (see 'trust-rules scenario new --help').")
public final class ScenarioCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: new");
    }
}
