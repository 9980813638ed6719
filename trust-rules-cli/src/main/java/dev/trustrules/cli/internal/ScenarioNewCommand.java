package dev.trustrules.cli.internal;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scenario new --from FILE [--name NAME] [--policy DIR] [-o FILE] [--force]}: decides a fact
 * document and writes a scenario that expects what the policy decided.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Decides a fact document and writes a scenario file (YAML) whose given is the document and whose expect "
                + "is every outcome of the decision: buyer tier, guarantees, entitlements with their amounts, denials and sanctions "
                + "with their reasons, trust standings and traffic weights. 'trust-rules test' passes on it with the same policy; check the expectations before "
                + "you keep it: they pin today's decision, right or wrong."})
public final class ScenarioNewCommand implements Callable<Integer>, StdinAware {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE|-", description = "The fact document (JSON; - reads standard input).")
    private String from;

    @Option(names = "--name", paramLabel = "NAME", description = "The scenario's name (default: the document's file name, in words).")
    private String name;

    @Option(names = "--policy", paramLabel = "DIR", description = "The policy directory (default: the bundled default policy).")
    private Path policyDirectory;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the scenario to FILE (default: standard output).")
    private Path output;

    @Option(names = "--force", description = "Replace FILE if it exists (without it, an existing file is kept and nothing is written).")
    private boolean force;

    private InputStream stdin = System.in;

    @Override
    public void stdin(InputStream in) {
        this.stdin = in;
    }

    @Override
    public Integer call() {
        if (name != null && name.isBlank()) {
            throw CliException.badInput("--name: must not be blank");
        }
        TrustRequest request = Inputs.readRequest(from, stdin);
        Decision decision;
        try (TrustPolicy policy = Policies.load(policyDirectory, "--policy")) {
            decision = policy.evaluate(request);
        } catch (EvaluationException e) {
            throw CliException.failed(e.getMessage());
        }
        String text = "# Written by 'trust-rules scenario new' from " + label() + ": what " + decision.policy() + " decided.\n"
                + "# Check the expectations before you keep it: they pin that decision, right or wrong.\n"
                + ScenarioWriter.yaml(name != null ? name : defaultName(), request, decision);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return 0;
        }
        try (OutputStream file = OutputFiles.create(output, force)) {
            file.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw CliException.failed(output + ": cannot be written: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("wrote " + output + ": scenario \"" + (name != null ? name : defaultName()) + "\", " + summary(decision));
        err.flush();
        return 0;
    }

    private String label() {
        return "-".equals(from) ? "standard input" : Path.of(from).getFileName().toString();
    }

    /** {@code counterfeit-claim.json} becomes {@code counterfeit claim}. */
    private String defaultName() {
        if ("-".equals(from)) {
            return "scenario from standard input";
        }
        String file = Path.of(from).getFileName().toString();
        int dot = file.lastIndexOf('.');
        String words = (dot > 0 ? file.substring(0, dot) : file).replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? "scenario" : words.toLowerCase(Locale.ROOT);
    }

    private static String summary(Decision d) {
        return "expecting " + (d.buyerTier() == null ? "" : "tier " + d.buyerTier() + ", ") + count(d.guarantees().size(), "guarantee")
                + ", " + count(d.entitlements().size(), "entitlement") + ", " + count(d.denials().size(), "denial") + ", "
                + count(d.sanctions().size(), "sanction")
                + (d.standings().isEmpty() ? "" : ", " + count(d.standings().size(), "standing"))
                + (d.traffic().isEmpty() ? "" : ", " + count(d.traffic().size(), "traffic weight"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
