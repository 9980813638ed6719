package dev.trustrules.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EvaluationException;
import dev.trustrules.Guarantee;
import dev.trustrules.Sanction;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.internal.json.JsonFacts;
import dev.trustrules.rules.Amounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval [--policy DIR] [--explain] FILE|-}: decides one fact document and prints the decision as JSON. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Decides one fact document (JSON; - reads standard input) and prints the decision as JSON.",
            "With --explain the JSON gets an \"explanation\" field: every rule that fired with what it produced, "
                + "and every denial with its rule, reason code and the condition that failed."})
public final class EvalCommand implements Callable<Integer>, StdinAware {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy", paramLabel = "DIR", description = "The policy directory (default: the bundled default policy).")
    private Path policyDirectory;

    @Option(names = "--explain", description = "Add an \"explanation\" field: fired rules and the conditions behind each denial.")
    private boolean explain;

    @Parameters(paramLabel = "FILE|-", description = "The fact document: evaluatedAt, order, buyer, shop, claim, violation.")
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
        try (TrustPolicy policy = Policies.load(policyDirectory, "--policy")) {
            decision = policy.evaluate(request);
        } catch (EvaluationException e) {
            throw CliException.failed(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(toJson(decision, explain));
        out.flush();
        return 0;
    }

    static String toJson(Decision decision, boolean explain) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JsonFacts.prettyGenerator(text)) {
            JsonFacts.writeDecision(g, decision, false);
            if (explain) {
                writeExplanation(g, decision);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeExplanation(JsonGenerator g, Decision d) throws IOException {
        Map<String, List<String>> produced = new LinkedHashMap<>();
        for (String rule : d.firedRules()) {
            produced.put(rule, new ArrayList<>());
        }
        for (Guarantee x : d.guarantees()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("guarantee " + x.type() + " (" + x.reason() + ")");
        }
        for (Entitlement x : d.entitlements()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("granted " + x.type() + ": refund "
                    + Amounts.format(x.refundFen(), x.currency()) + " + payout " + Amounts.format(x.payoutFen(), x.currency())
                    + ", paid by " + x.payer() + (x.returnRequired() ? ", goods returned" : ", goods kept")
                    + " (" + x.reason() + ")");
        }
        for (Denial x : d.denials()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("denied " + x.type() + " (" + x.reason() + ")");
        }
        for (Sanction x : d.sanctions()) {
            produced.computeIfAbsent(x.rule(), r -> new ArrayList<>()).add("sanction " + x.type()
                    + (x.days() > 0 ? " " + x.days() + " days" : "") + (x.points() > 0 ? " " + x.points() + " points" : "")
                    + " (" + x.reason() + ")");
        }
        g.writeObjectFieldStart("explanation");
        g.writeArrayFieldStart("rulesFired");
        for (Map.Entry<String, List<String>> rule : produced.entrySet()) {
            g.writeStartObject();
            g.writeStringField("rule", rule.getKey());
            g.writeArrayFieldStart("produced");
            for (String what : rule.getValue()) {
                g.writeString(what);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("denials");
        for (Denial x : d.denials()) {
            g.writeStartObject();
            g.writeStringField("type", x.type().name());
            g.writeStringField("rule", x.rule());
            g.writeStringField("reason", x.reason());
            g.writeStringField("because", x.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
