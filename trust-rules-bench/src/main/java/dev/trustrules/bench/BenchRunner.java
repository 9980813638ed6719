package dev.trustrules.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

/**
 * Runs {@link DecisionBenchmark} side by side in one go and prints one table: throughput on one and
 * two threads, latency percentiles (SampleTime), allocation per decision (JMH's gc profiler), and
 * the ratios the issue sets targets for. {@code short} fits in about two minutes; {@code full} takes
 * longer and is steadier. Extra arguments: {@code -Dtrustrules.bench.include=regex} picks benchmarks.
 */
public final class BenchRunner {
    private BenchRunner() {}

    public static void main(String[] args) throws RunnerException {
        boolean full = args.length > 0 && args[0].equals("full");
        List<String> benchmarks = new ArrayList<>(List.of("library", "naiveDrools"));
        if (DecisionBenchmark.loadOracle() != null) {
            benchmarks.add("oracle");
        } else {
            System.out.println("# no hand-written oracle on the classpath (" + DecisionBenchmark.oracleClass() + "): skipped");
        }
        String include = System.getProperty("trustrules.bench.include");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String name : benchmarks) {
            if (include != null && !name.matches(include)) {
                continue;
            }
            Row row = new Row();
            rows.put(name, row);
            String regex = DecisionBenchmark.class.getName().replace(".", "\\.") + "\\." + name + "$";
            for (RunResult result : run(options(full, regex, Mode.Throughput, 1))) {
                row.ops1 = result.getPrimaryResult().getScore();
                row.alloc = secondary(result, "gc.alloc.rate.norm");
            }
            for (RunResult result : run(options(full, regex, Mode.SampleTime, 1))) {
                var stats = result.getPrimaryResult().getStatistics();
                row.p50 = stats.getPercentile(50);
                row.p99 = stats.getPercentile(99);
                row.p999 = stats.getPercentile(99.9);
            }
            for (RunResult result : run(options(full, regex, Mode.Throughput, 2))) {
                row.ops2 = result.getPrimaryResult().getScore();
            }
        }
        print(rows);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    private static ChainedOptionsBuilder options(boolean full, String regex, Mode mode, int threads) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(regex)
                .mode(mode)
                .threads(threads)
                .forks(full ? 2 : 1)
                .warmupIterations(full ? 5 : 3)
                .warmupTime(TimeValue.seconds(full ? 2 : 1))
                .measurementIterations(full ? 5 : 3)
                .measurementTime(TimeValue.seconds(full ? 3 : 1))
                .shouldFailOnError(true)
                .jvmArgsAppend("-Xms1g", "-Xmx1g");
        if (mode == Mode.SampleTime) {
            options.timeUnit(TimeUnit.MICROSECONDS);
        } else {
            options.timeUnit(TimeUnit.SECONDS).addProfiler("gc");
        }
        return options;
    }

    private static double secondary(RunResult result, String label) {
        Result<?> value = result.getSecondaryResults().get(label);
        return value == null ? Double.NaN : value.getScore();
    }

    private static void print(Map<String, Row> rows) {
        System.out.println();
        System.out.println("| benchmark | ops/s 1 thread | ops/s 2 threads (total) | 2t/1t | p50 us | p99 us | p99.9 us | B/decision |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach((name, r) -> System.out.println(String.format(Locale.ROOT,
                "| %s | %,.0f | %,.0f | %.2f | %.1f | %.1f | %.1f | %,.0f |",
                name, r.ops1, r.ops2, r.ops2 / r.ops1, r.p50, r.p99, r.p999, r.alloc)));
        Row library = rows.get("library");
        Row naive = rows.get("naiveDrools");
        if (library != null && naive != null) {
            System.out.println(String.format(Locale.ROOT,
                    "%nlibrary vs naive Drools, same run: throughput x%.2f (target >= 2.5), allocation %.2f of naive"
                            + " (target <= 0.20), p99.9 %.1f us (target < 20), 2 threads x%.2f of 1 (target >= 1.7)",
                    library.ops1 / naive.ops1, library.alloc / naive.alloc, library.p999, library.ops2 / library.ops1));
        }
        Row oracle = rows.get("oracle");
        if (library != null && oracle != null) {
            System.out.println(String.format(Locale.ROOT, "library vs hand-written oracle: %.1fx slower",
                    oracle.ops1 / library.ops1));
        }
    }

    private static final class Row {
        double ops1 = Double.NaN;
        double ops2 = Double.NaN;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        double p999 = Double.NaN;
        double alloc = Double.NaN;
    }
}
