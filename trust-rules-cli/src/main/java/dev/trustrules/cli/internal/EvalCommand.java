package dev.trustrules.cli.internal;

import dev.trustrules.Decision;
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

/** {@code eval [--policy DIR | --bundle FILE] [--explain] FILE|-}: decides one fact document and prints the decision as JSON. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Decides one fact document (JSON; - reads standard input) and prints the decision as JSON.",
            "With --explain the JSON gets an \"explanation\" field: every rule that fired with what it produced, "
                + "and every denial with its rule, reason code and the condition that failed."})
public final class EvalCommand implements Callable<Integer>, StdinAware {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy", paramLabel = "DIR", description = "The policy directory (default: the bundled default policy).")
    private Path policyDirectory;

    @Option(names = "--bundle", paramLabel = "FILE",
            description = "A policy bundle made by 'trust-rules bundle', instead of a directory (verified against its manifest).")
    private Path bundle;

    @Option(names = "--explain", description = "Add an \"explanation\" field: fired rules and the conditions behind each denial.")
    private boolean explain;

    @Parameters(paramLabel = "FILE|-", description = "The fact document: a request in the JSON form of docs/integration.md.")
    private String file;

    private InputStream stdin = System.in;

    @Override
    public void stdin(InputStream in) {
        this.stdin = in;
    }

    @Override
    public Integer call() {
        TrustRequest request = Inputs.readRequest(file, stdin);
        Decision decision;
        if (bundle != null && policyDirectory != null) {
            throw CliException.badInput("give --policy or --bundle, not both");
        }
        try (TrustPolicy policy = bundle != null ? Policies.loadBundle(bundle) : Policies.load(policyDirectory, "--policy")) {
            decision = policy.evaluate(request);
        } catch (EvaluationException e) {
            throw CliException.failed(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(explain ? TrustJson.writeExplainedDecision(decision) : TrustJson.writeDecision(decision));
        out.flush();
        return 0;
    }

}
