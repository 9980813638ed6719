package dev.trustrules.examples.batch;

import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRulesException;
import dev.trustrules.json.TrustJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a JSON Lines file of fact documents (one claim per line), decides each on the bundled default
 * policy on a thread per core, and writes one decision per line (in input order; a line that fails gets
 * {@code {"line": N, "error": "..."}}) and a summary.
 *
 * <pre>
 * java ... BatchAdjudication CLAIMS.jsonl DECISIONS.jsonl
 * </pre>
 */
public final class BatchAdjudication {
    private BatchAdjudication() {}

    /** One line's outcome: a decision, or the error that stopped it. */
    private record Outcome(Decision decision, String error) {}

    /**
     * Decides every line of {@code claims} on {@code policy} with {@code threads} threads, writes the
     * decisions to {@code decisions}, and returns the summary. Blank lines are skipped.
     */
    public static Summary run(TrustPolicy policy, Path claims, Path decisions, int threads)
            throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(claims, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        try {
            for (String line : lines) {
                outcomes.add(line.isBlank() ? null : pool.submit(() -> decide(policy, line)));
            }
            return write(outcomes, decisions);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome decide(TrustPolicy policy, String line) {
        try {
            return new Outcome(policy.evaluate(TrustJson.readRequest(line)), null);
        } catch (TrustRulesException e) { // a bad line (TrustJsonException) or a failed evaluation
            return new Outcome(null, e.getMessage());
        }
    }

    private static Summary write(List<Future<Outcome>> outcomes, Path decisions) throws IOException, InterruptedException {
        int decided = 0;
        int failed = 0;
        Map<EntitlementType, Integer> granted = new EnumMap<>(EntitlementType.class);
        Map<EntitlementType, Integer> denied = new EnumMap<>(EntitlementType.class);
        long refund = 0;
        long payout = 0;
        try (BufferedWriter out = Files.newBufferedWriter(decisions, StandardCharsets.UTF_8)) {
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) == null) {
                    continue;
                }
                Outcome outcome;
                try {
                    outcome = outcomes.get(i).get();
                } catch (ExecutionException e) {
                    outcome = new Outcome(null, String.valueOf(e.getCause()));
                }
                if (outcome.decision() == null) {
                    failed++;
                    out.write("{\"line\":" + (i + 1) + ",\"error\":" + quote(outcome.error()) + "}\n");
                    continue;
                }
                Decision decision = outcome.decision();
                decided++;
                out.write(TrustJson.writeDecisionLine(decision));
                out.write('\n');
                for (Entitlement e : decision.entitlements()) {
                    granted.merge(e.type(), 1, Integer::sum);
                    refund = Math.addExact(refund, e.refundFen());
                    payout = Math.addExact(payout, e.payoutFen());
                }
                Set<EntitlementType> deniedTypes = EnumSet.noneOf(EntitlementType.class);
                decision.denials().stream().map(Denial::type).forEach(deniedTypes::add);
                deniedTypes.forEach(type -> denied.merge(type, 1, Integer::sum));
            }
        }
        return new Summary(decided, failed, granted, denied, refund, payout);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BatchAdjudication CLAIMS.jsonl DECISIONS.jsonl");
            System.exit(2);
        }
        PrintStream out = System.out;
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build()) {
            Summary summary = run(policy, Path.of(args[0]), Path.of(args[1]), Runtime.getRuntime().availableProcessors());
            out.print(summary.format());
        }
    }
}
