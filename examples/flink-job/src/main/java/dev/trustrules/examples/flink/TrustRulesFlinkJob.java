package dev.trustrules.examples.flink;

import dev.trustrules.DecisionRecord;
import dev.trustrules.flink.DecisionFailure;
import dev.trustrules.flink.FactInput;
import dev.trustrules.flink.PolicyRelease;
import dev.trustrules.flink.PolicyChange;
import dev.trustrules.flink.TrustDecisions;
import dev.trustrules.flink.TrustTypes;
import dev.trustrules.flink.WhatIf;
import dev.trustrules.json.TrustJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Two jobs in one jar:
 *
 * <pre>
 * decide --facts FILE_OR_DIR [--policy DIR] [--update DIR]... [--out DIR]
 *     decides every line of the facts on the release in --policy (default: the bundled default policy);
 *     each --update is a further release broadcast to every task while the job runs; writes decision
 *     records, failures and policy changes as JSON Lines under --out (default: discards the decisions
 *     and prints the counts)
 * whatif --baseline DIR --candidate DIR [--samples N] CORPUS...
 *     prints the report of trust-rules diff, computed across the job's parallel tasks
 * </pre>
 *
 * Flink's own options ({@code -p} on {@code flink run}, or {@code --parallelism N} here) set the parallelism.
 */
public final class TrustRulesFlinkJob {
    private TrustRulesFlinkJob() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("decide") || args[0].equals("whatif"))) {
            System.err.println("usage: decide --facts FILE [--policy DIR] [--update DIR]... [--out DIR] [--parallelism N]\n"
                    + "       whatif --baseline DIR --candidate DIR [--samples N] [--parallelism N] CORPUS...");
            System.exit(2);
        }
        Options options = Options.parse(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        if (options.parallelism > 0) {
            env.setParallelism(options.parallelism);
        }
        if (args[0].equals("decide")) {
            decide(env, options);
        } else {
            whatIf(env, options);
        }
    }

    static void decide(StreamExecutionEnvironment env, Options options) throws Exception {
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        PolicyRelease initial = options.policy == null ? PolicyRelease.defaultPolicy() : PolicyRelease.fromDirectory(Path.of(options.policy));
        List<PolicyRelease> updates = new ArrayList<>();
        for (String update : options.updates) {
            updates.add(PolicyRelease.fromDirectory(Path.of(update)));
        }
        DataStream<String> facts = env.fromSource(FileSource.forRecordStreamFormat(new TextLineInputFormat(),
                new org.apache.flink.core.fs.Path(options.facts)).build(), WatermarkStrategy.noWatermarks(), "facts")
                .uid("facts").filter(line -> !line.isBlank()).uid("non-blank")
                .rebalance(); // a file is one split, read by one task: spread its lines over every deciding task
        DataStream<PolicyRelease> releases = updates.isEmpty()
                ? env.fromData(TrustTypes.policyRelease(), initial).uid("releases").filter(release -> false).uid("no-releases")
                : env.fromData(updates, TrustTypes.policyRelease()).uid("releases");
        SingleOutputStreamOperator<DecisionRecord> decided =
                TrustDecisions.decideLive(facts, FactInput.jsonDocuments(), releases, initial).uid("trust-rules-decide");
        DataStream<String> failures = decided.getSideOutput(TrustDecisions.FAILURES)
                .map(TrustRulesFlinkJob::failureLine).returns(Types.STRING);
        DataStream<String> changes = decided.getSideOutput(TrustDecisions.POLICY_CHANGES)
                .map(TrustRulesFlinkJob::changeLine).returns(Types.STRING);
        if (options.out != null) {
            decided.map(TrustJson::writeRecord).returns(Types.STRING).sinkTo(lines(options.out + "/decisions"));
            failures.sinkTo(lines(options.out + "/failures"));
            changes.sinkTo(lines(options.out + "/policy-changes"));
        } else {
            decided.sinkTo(new DiscardingSink<>());
            failures.print("failure");
            changes.print("policy");
        }
        JobExecutionResult result = env.execute("trust-rules decide");
        System.out.printf(Locale.ROOT, "decided the facts of %s in %.1f s (net job runtime, parallelism %d)%n", options.facts,
                result.getNetRuntime() / 1000.0, env.getParallelism());
    }

    static void whatIf(StreamExecutionEnvironment env, Options options) throws Exception {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        WhatIf whatIf = WhatIf.over(env, PolicyRelease.fromDirectory(Path.of(options.baseline)),
                PolicyRelease.fromDirectory(Path.of(options.candidate)), options.samples,
                options.corpus.stream().map(org.apache.flink.core.fs.Path::new).toArray(org.apache.flink.core.fs.Path[]::new));
        whatIf.failures().map(TrustRulesFlinkJob::failureLine).returns(Types.STRING).print("not decided");
        whatIf.report().print();
        JobExecutionResult result = env.execute("trust-rules what-if");
        System.err.printf(Locale.ROOT, "what-if: %.1f s (net job runtime, parallelism %d)%n", result.getNetRuntime() / 1000.0,
                env.getParallelism());
    }

    private static FileSink<String> lines(String directory) {
        return FileSink.forRowFormat(new org.apache.flink.core.fs.Path(directory), new SimpleStringEncoder<String>()).build();
    }

    static String failureLine(DecisionFailure failure) {
        return failure.policy() + ": " + failure.reason();
    }

    static String changeLine(PolicyChange change) {
        return "task " + change.subtask() + ": " + change.outcome() + " " + change.release() + " (serving " + change.serving()
                + ")" + (change.problems().isEmpty() ? "" : "\n  " + String.join("\n  ", change.problems()));
    }

    /** The command line. */
    static final class Options {
        String facts;
        String policy;
        final List<String> updates = new ArrayList<>();
        String out;
        String baseline;
        String candidate;
        int samples = 5;
        int parallelism;
        final List<String> corpus = new ArrayList<>();

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--facts" -> options.facts = args[++i];
                    case "--policy" -> options.policy = args[++i];
                    case "--update" -> options.updates.add(args[++i]);
                    case "--out" -> options.out = args[++i];
                    case "--baseline" -> options.baseline = args[++i];
                    case "--candidate" -> options.candidate = args[++i];
                    case "--samples" -> options.samples = Integer.parseInt(args[++i]);
                    case "--parallelism" -> options.parallelism = Integer.parseInt(args[++i]);
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        options.corpus.add(arg);
                    }
                }
            }
            if (args[0].equals("decide") && options.facts == null) {
                throw new IllegalArgumentException("decide needs --facts FILE");
            }
            if (args[0].equals("whatif") && (options.baseline == null || options.candidate == null || options.corpus.isEmpty())) {
                throw new IllegalArgumentException("whatif needs --baseline DIR --candidate DIR and a corpus");
            }
            return options;
        }
    }
}
