package dev.trustrules.bench;

import dev.trustrules.Decision;
import dev.trustrules.RuleFiles;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.diff.DiffReport;
import dev.trustrules.json.TrustJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code trust-rules diff} costs per document beyond its two evaluations, side by side in one run:
 *
 * <ul>
 *   <li>{@code twoEvaluations}: the baseline and the candidate decide a request already read (the floor);
 *   <li>{@code wholeDocument}: what a diff worker does per corpus line: read the JSON line, decide it under
 *       both policies, count it into a {@link DiffReport} and write its changes as CSV (as {@code --changes});
 *   <li>{@code readOnly}, {@code countOnly}: the reading and the counting alone, on their own.
 * </ul>
 *
 * The candidate is the default policy with the freight cap cut from 25.00 to 20.00 CNY and the GOLD
 * threshold raised from 650 to 680, so that some documents change (about 6% of the workload). Run:
 * {@code trust-rules-bench/run.sh jmh 'DiffBenchmark' -prof gc}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class DiffBenchmark {
    private TrustPolicy baseline;
    private TrustPolicy candidate;
    private List<TrustRequest> requests;
    private byte[][] lines;
    private Decision[] before;
    private Decision[] after;
    private DiffReport report;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Clock clock = Clock.fixed(DecisionBenchmark.NOW, ZoneOffset.UTC);
        baseline = TrustPolicy.builder().defaultPolicy().clock(clock).build();
        Map<String, byte[]> files = new HashMap<>(RuleFiles.defaultPolicy());
        edit(files, "guarantees/limits.drl", "freightPayoutCapFen : long = 2500", "freightPayoutCapFen : long = 2000");
        edit(files, "buyers/limits.drl", "goldMinScore : int = 650", "goldMinScore : int = 680");
        edit(files, "policy.properties", "version=2026.11.0", "version=2026.11.1-bench");
        candidate = TrustPolicy.builder().fromFiles("bench candidate", files).clock(clock).build();
        requests = Workload.requests(DecisionBenchmark.WORKLOAD_SIZE, DecisionBenchmark.WORKLOAD_SEED);
        lines = new byte[requests.size()][];
        before = new Decision[requests.size()];
        after = new Decision[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            lines[i] = TrustJson.writeRequest(requests.get(i)).replaceAll("\\s*\\R\\s*", "").getBytes(StandardCharsets.UTF_8);
            before[i] = baseline.evaluate(requests.get(i));
            after[i] = candidate.evaluate(requests.get(i));
        }
        report = new DiffReport(5);
    }

    private static void edit(Map<String, byte[]> files, String file, String from, String to) {
        String text = new String(files.get(file), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no '" + from + "' to edit");
        }
        files.put(file, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        baseline.close();
        candidate.close();
    }

    private int index() {
        return next++ & (DecisionBenchmark.WORKLOAD_SIZE - 1);
    }

    @Benchmark
    public Object twoEvaluations() {
        TrustRequest request = requests.get(index());
        Decision a = baseline.evaluate(request);
        Decision b = candidate.evaluate(request);
        return a.firedRules().size() + b.firedRules().size();
    }

    @Benchmark
    public Object wholeDocument() {
        int i = index();
        TrustRequest request = TrustJson.readRequest(new ByteArrayInputStream(lines[i]));
        Decision a = baseline.evaluate(request);
        Decision b = candidate.evaluate(request);
        report.add(i + 1, request, a, b);
        return DiffReport.changesCsv("corpus.jsonl", i + 1, request, a, b);
    }

    @Benchmark
    public Object readOnly() {
        return TrustJson.readRequest(new ByteArrayInputStream(lines[index()]));
    }

    @Benchmark
    public Object countOnly() {
        int i = index();
        report.add(i + 1, requests.get(i), before[i], after[i]);
        return DiffReport.changesCsv("corpus.jsonl", i + 1, requests.get(i), before[i], after[i]);
    }
}
