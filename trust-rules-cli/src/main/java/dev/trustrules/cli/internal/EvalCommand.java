package dev.trustrules.cli.internal;

import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJson;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval [--policy DIR | --bundle FILE] [--explain] [--format text|json | --json] FILE|-}: decides one
 * fact document and prints the decision as JSON, or its explanation as text or JSON.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Decides one fact document (JSON; - reads standard input) and prints the decision as JSON.",
            "With --explain it prints why, as text: the arithmetic of each granted amount, the thresholds each grant passed, "
                + "the conditions behind each denial, the rules that nearly fired and every rule that fired. "
                + "With --explain --format json (or --json) the decision's JSON gets an \"explanation\" field holding the same."})
public final class EvalCommand implements Callable<Integer>, StdinAware {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy", paramLabel = "DIR", description = "The policy directory (default: the bundled default policy).")
    private Path policyDirectory;

    @Option(names = "--bundle", paramLabel = "FILE",
            description = "A policy bundle made by 'trust-rules bundle', instead of a directory (verified against its manifest).")
    private Path bundle;

    @Option(names = "--explain", description = "Explain the decision (as text unless --format json or --json is given).")
    private boolean explain;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text or json. Default: text with --explain, json without; text always prints the explanation.")
    private String format;

    @Option(names = "--json", description = "The same as --format json.")
    private boolean json;

    @Parameters(paramLabel = "FILE|-", description = "The fact document: a request in the JSON form of docs/integration.md.")
    private String file;

    private InputStream stdin = System.in;

    @Override
    public void stdin(InputStream in) {
        this.stdin = in;
    }

    @Override
    public Integer call() {
        if (format != null && !format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json, was \"" + format + "\"");
        }
        if (json && "text".equals(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--json and --format text contradict each other: give one");
        }
        boolean text = json ? false : format != null ? format.equals("text") : explain;
        boolean explaining = explain || text;
        TrustRequest request = Inputs.readRequest(file, stdin);
        if (bundle != null && policyDirectory != null) {
            throw CliException.badInput("give --policy or --bundle, not both");
        }
        String output;
        try (TrustPolicy policy = bundle != null ? Policies.loadBundle(bundle) : Policies.load(policyDirectory, "--policy")) {
            if (!explaining) {
                output = TrustJson.writeDecision(policy.evaluate(request));
            } else {
                var explanation = policy.explain(request);
                output = text ? explanation.toText().stripTrailing() : TrustJson.writeExplanation(explanation);
            }
        } catch (EvaluationException e) {
            throw CliException.failed(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(output);
        out.flush();
        return 0;
    }
}
