package dev.trustrules.cli;

import dev.trustrules.cli.internal.BundleCommand;
import dev.trustrules.cli.internal.CheckCommand;
import dev.trustrules.cli.internal.CliException;
import dev.trustrules.cli.internal.CorpusCommand;
import dev.trustrules.cli.internal.DiffCommand;
import dev.trustrules.cli.internal.EvalCommand;
import dev.trustrules.cli.internal.ScenarioCommand;
import dev.trustrules.cli.internal.SchemaCommand;
import dev.trustrules.cli.internal.StdinAware;
import dev.trustrules.cli.internal.TestCommand;
import dev.trustrules.cli.internal.VersionProvider;
import dev.trustrules.json.TrustJsonException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code trust-rules} command: check, test, evaluate and compare rule directories without
 * writing Java.
 *
 * <pre>
 * java -jar trust-rules.jar check policies/candidate
 * java -jar trust-rules.jar test --policy policies/candidate --min-coverage 95 --junit reports/scenarios.xml --html reports/ scenarios/
 * java -jar trust-rules.jar eval --explain claim.json
 * java -jar trust-rules.jar diff --baseline policies/current --candidate policies/candidate past-claims.jsonl
 * java -jar trust-rules.jar scenario new --from claim.json -o scenarios/claim.yaml
 * java -jar trust-rules.jar schema facts
 * java -jar trust-rules.jar corpus --count 100000 --seed 7 -o corpus.jsonl
 * java -jar trust-rules.jar bundle --scenarios scenarios/ policies/candidate
 * </pre>
 *
 * <p>Exit codes: 0 success; 1 the rules have errors, a scenario failed, coverage is below the
 * minimum or a rule failed while evaluating; 2 bad input (a missing file, malformed JSON or YAML, an
 * unknown field or enum value) or bad usage. Errors are one line on standard error, never a stack trace.
 */
@Command(name = "trust-rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check, test, evaluate, compare and bundle trust-rules policies (rule directories).",
            "Write scenarios from decisions, print the JSON Schemas of the documents, and generate test corpora."},
        subcommands = {CheckCommand.class, TestCommand.class, EvalCommand.class, DiffCommand.class, BundleCommand.class,
            ScenarioCommand.class, SchemaCommand.class, CorpusCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:rule errors, failed scenarios, coverage below the minimum, or a rule failed",
            "2:bad input (missing file, malformed JSON/YAML, unknown field or value) or bad usage"})
public final class TrustRulesCli implements Runnable {
    /** Success. */
    public static final int OK = 0;
    /** The rules have errors, a scenario failed, coverage is too low, or a rule failed while evaluating. */
    public static final int FAILED = 1;
    /** Bad input or bad usage. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private TrustRulesCli() {}

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, test, eval, diff, bundle, scenario, schema or corpus");
    }

    public static void main(String... args) {
        int code = execute(System.in, System.out, System.err, args);
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs one command line as the {@code trust-rules} executable would, with the given standard
     * streams, and returns its exit code.
     */
    public static int execute(InputStream stdin, PrintStream stdout, PrintStream stderr, String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        CommandLine line = new CommandLine(new TrustRulesCli());
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(false);
        giveStdin(line, stdin);
        line.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("trust-rules: " + e.getMessage());
            command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
            command.getErr().flush();
            return BAD_INPUT;
        });
        line.setExecutionExceptionHandler((e, command, parseResult) -> {
            int code;
            String message;
            if (e instanceof CliException cli) {
                code = cli.exitCode();
                message = cli.getMessage();
            } else if (e instanceof TrustJsonException json) {
                code = BAD_INPUT;
                message = json.getMessage();
            } else {
                code = FAILED;
                message = "internal error: " + e;
            }
            command.getOut().flush();
            command.getErr().println("trust-rules: " + message);
            command.getErr().flush();
            return code;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Standard input for every command that reads it ({@code -} as a file name), however deep. */
    private static void giveStdin(CommandLine line, InputStream stdin) {
        for (CommandLine sub : line.getSubcommands().values()) {
            if (sub.getCommand() instanceof StdinAware aware) {
                aware.stdin(stdin);
            }
            giveStdin(sub, stdin);
        }
    }
}
