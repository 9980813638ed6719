package dev.trustrules.cli.internal;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.diff.DiffReport;
import dev.trustrules.json.TrustJson;
import dev.trustrules.json.TrustJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diff --baseline DIR --candidate DIR CORPUS.jsonl}: what-if over past fact documents.
 *
 * <p>The corpus is streamed: one reader thread reads batches of lines into a small bounded queue, and
 * worker threads (one per core) parse each line once and decide it under both policies, counting
 * into their own {@link DiffReport}, merged at the end. Memory stays bounded whatever the corpus size.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Decides every fact document of a JSON Lines corpus under a baseline and a candidate policy "
                + "and reports what would change: decisions changed, counts by entitlement and sanction type, the "
                + "payout change in CNY, and sample changed lines. Progress goes to standard error."})
public final class DiffCommand implements Callable<Integer> {
    private static final int BATCH = 512;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--baseline", paramLabel = "DIR", required = true, description = "The policy in force.")
    private Path baselineDirectory;

    @Option(names = "--candidate", paramLabel = "DIR", required = true, description = "The policy with the edits.")
    private Path candidateDirectory;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "5", description = "How many changed lines to show (default ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--progress-every", paramLabel = "N", defaultValue = "250000",
            description = "Report progress on standard error every N lines (default ${DEFAULT-VALUE}; 0: never).")
    private long progressEvery;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    private Integer threads;

    @Parameters(paramLabel = "CORPUS.jsonl", description = "One fact document per line; blank lines are skipped.")
    private Path corpus;

    private record Batch(long firstLine, byte[][] lines, int size) {}

    private static final Batch END = new Batch(0, new byte[0][], 0);

    @Override
    public Integer call() throws Exception {
        if (samples < 0) {
            throw CliException.badInput("--samples must be >= 0, was " + samples);
        }
        if (progressEvery < 0) {
            throw CliException.badInput("--progress-every must be >= 0, was " + progressEvery);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw CliException.badInput("--threads must be >= 1, was " + workers);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.openBytes(corpus).close(); // fail fast on a missing corpus before spending a second on compiling
        try (TrustPolicy baseline = Policies.load(baselineDirectory, "--baseline");
                TrustPolicy candidate = Policies.load(candidateDirectory, "--candidate")) {
            long started = System.nanoTime();
            DiffReport total = run(baseline, candidate, workers, err);
            double seconds = (System.nanoTime() - started) / 1e9;
            report(out, baseline, candidate, total);
            err.println(String.format(Locale.ROOT, "diff: %,d documents in %.1f s (%,.0f documents/s, %d worker threads)",
                    total.documents(), seconds, total.documents() / Math.max(seconds, 1e-9), workers));
            err.flush();
        }
        return 0;
    }

    private DiffReport run(TrustPolicy baseline, TrustPolicy candidate, int workers, PrintWriter err) throws Exception {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(workers * 4);
        AtomicReference<CliException> failure = new AtomicReference<>();
        AtomicLong processed = new AtomicLong();
        List<DiffReport> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        String label = corpus.toString().replace('\\', '/');
        for (int i = 0; i < workers; i++) {
            DiffReport stats = new DiffReport(samples);
            results.add(stats);
            Thread worker = new Thread(() -> work(queue, baseline, candidate, stats, failure, processed, label),
                    "trust-rules-diff-" + i);
            worker.setDaemon(true);
            threads.add(worker);
            worker.start();
        }
        long lastReport = System.nanoTime();
        long lastDone = 0;
        long nextProgress = progressEvery > 0 ? progressEvery : Long.MAX_VALUE;
        try (JsonLines reader = new JsonLines(Inputs.openBytes(corpus))) {
            long lineNumber = 0;
            byte[][] lines = new byte[BATCH][];
            int size = 0;
            long first = 1;
            byte[] line;
            while (failure.get() == null && (line = reader.next()) != null) {
                lineNumber++;
                if (size == 0) {
                    first = lineNumber;
                }
                lines[size++] = line;
                if (size == BATCH) {
                    put(queue, new Batch(first, lines, size), failure);
                    lines = new byte[BATCH][];
                    size = 0;
                }
                if (lineNumber >= nextProgress) {
                    long now = System.nanoTime();
                    long done = processed.get();
                    err.println(String.format(Locale.ROOT, "diff: %,d lines read, %,d decided (%,.0f documents/s lately)",
                            lineNumber, done, (done - lastDone) / Math.max((now - lastReport) / 1e9, 1e-9)));
                    err.flush();
                    lastReport = now;
                    lastDone = done;
                    nextProgress += progressEvery;
                }
            }
            if (size > 0) {
                put(queue, new Batch(first, lines, size), failure);
            }
        } catch (IOException e) {
            failure.compareAndSet(null, CliException.badInput(label + ": cannot be read: " + e.getMessage()));
        } finally {
            for (int i = 0; i < workers; i++) {
                put(queue, END, null);
            }
            for (Thread worker : threads) {
                worker.join();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        DiffReport total = new DiffReport(samples);
        results.forEach(total::merge);
        return total;
    }

    private static void put(BlockingQueue<Batch> queue, Batch batch, AtomicReference<CliException> failure)
            throws InterruptedException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            if (failure != null && failure.get() != null) {
                queue.clear(); // the workers stopped; unblock the reader
                return;
            }
        }
    }

    private static void work(BlockingQueue<Batch> queue, TrustPolicy baseline, TrustPolicy candidate, DiffReport stats,
            AtomicReference<CliException> failure, AtomicLong processed, String label) {
        try {
            while (true) {
                Batch batch = queue.take();
                if (batch == END) {
                    return;
                }
                if (failure.get() != null) {
                    continue; // drain
                }
                for (int i = 0; i < batch.size(); i++) {
                    long lineNumber = batch.firstLine() + i;
                    byte[] line = batch.lines()[i];
                    if (JsonLines.isBlank(line)) {
                        continue;
                    }
                    TrustRequest request;
                    try {
                        request = TrustJson.readRequest(new ByteArrayInputStream(line));
                    } catch (TrustJsonException e) {
                        failure.compareAndSet(null, CliException.badInput(label + ":" + lineNumber + ":" + e.column() + ": "
                                + (e.path().isEmpty() ? "" : e.path() + ": ") + e.problem()));
                        break;
                    }
                    Decision before;
                    Decision after;
                    try {
                        before = baseline.evaluate(request);
                    } catch (EvaluationException e) {
                        failure.compareAndSet(null, CliException.failed(label + ":" + lineNumber + ": baseline: " + e.getMessage()));
                        break;
                    }
                    try {
                        after = candidate.evaluate(request);
                    } catch (EvaluationException e) {
                        failure.compareAndSet(null, CliException.failed(label + ":" + lineNumber + ": candidate: " + e.getMessage()));
                        break;
                    }
                    stats.add(lineNumber, request, before, after);
                }
                processed.addAndGet(batch.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, CliException.failed("diff failed: " + e));
        }
    }

    private static void report(PrintWriter out, TrustPolicy baseline, TrustPolicy candidate, DiffReport report) {
        out.print(report.render(baseline.id(), candidate.id()));
        out.flush();
    }
}
