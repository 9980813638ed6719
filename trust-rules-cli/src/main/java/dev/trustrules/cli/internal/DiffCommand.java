package dev.trustrules.cli.internal;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.diff.DiffReport;
import dev.trustrules.json.JsonLinesReader;
import dev.trustrules.json.TrustJson;
import dev.trustrules.json.TrustJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
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
                + "and reports what would change: the versions that decided, decisions changed, counts by buyer tier, "
                + "guarantee, entitlement granted and denied, and sanction, the payout change in CNY, the rules behind "
                + "the changes, and sample changed documents with the fields that differ. Progress goes to standard error."})
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "The report's form: text, markdown (for a change request) or csv (for a spreadsheet); default ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    private Path output;

    @Option(names = "--changes", paramLabel = "FILE",
            description = "Also write every changed field of every changed document to FILE as CSV, in corpus order.")
    private Path changesFile;

    @Option(names = "--skip-invalid",
            description = "Count and skip documents that cannot be read or that a policy fails to decide, showing the "
                    + "first " + DiffReport.SHOWN_PROBLEMS + ", instead of stopping at the first.")
    private boolean skipInvalid;

    @Parameters(paramLabel = "CORPUS.jsonl", description = "One fact document per line; blank lines are skipped.")
    private Path corpus;

    private record Batch(long sequence, long firstLine, byte[][] lines, int size) {}

    private static final Batch END = new Batch(-1, 0, new byte[0][], 0);

    /** The changes of each batch by sequence, written in corpus order as earlier batches complete. */
    private final ConcurrentHashMap<Long, String> changedBatches = new ConcurrentHashMap<>();
    private long nextToWrite;
    private Writer changesOut;

    @Override
    public Integer call() throws Exception {
        if (samples < 0) {
            throw CliException.badInput("--samples must be >= 0, was " + samples);
        }
        if (progressEvery < 0) {
            throw CliException.badInput("--progress-every must be >= 0, was " + progressEvery);
        }
        DiffReport.Format form = switch (format) {
            case "text" -> DiffReport.Format.TEXT;
            case "markdown" -> DiffReport.Format.MARKDOWN;
            case "csv" -> DiffReport.Format.CSV;
            default -> throw CliException.badInput("--format must be text, markdown or csv, was '" + format + "'");
        };
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
            DiffReport total;
            if (changesFile != null) {
                try (Writer changes = Files.newBufferedWriter(changesFile, StandardCharsets.UTF_8)) {
                    changesOut = changes;
                    changes.write(DiffReport.changesCsvHeader());
                    total = run(baseline, candidate, workers, err);
                } catch (IOException e) {
                    throw CliException.badInput("--changes " + changesFile + ": cannot be written: " + e.getMessage());
                }
            } else {
                total = run(baseline, candidate, workers, err);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            String report = total.render(form, DiffReport.Policy.of(origin(baselineDirectory), baseline),
                    DiffReport.Policy.of(origin(candidateDirectory), candidate));
            if (output != null) {
                try {
                    Files.writeString(output, report, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw CliException.badInput("--output " + output + ": cannot be written: " + e.getMessage());
                }
            } else {
                out.print(report);
                out.flush();
            }
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
            Thread worker = new Thread(() -> work(queue, baseline, candidate, stats, failure, processed, label, skipInvalid,
                    changesOut != null ? changedBatches : null),
                    "trust-rules-diff-" + i);
            worker.setDaemon(true);
            threads.add(worker);
            worker.start();
        }
        long lastReport = System.nanoTime();
        long lastDone = 0;
        long nextProgress = progressEvery > 0 ? progressEvery : Long.MAX_VALUE;
        try (JsonLinesReader reader = new JsonLinesReader(Inputs.openBytes(corpus))) {
            long lineNumber = 0;
            long sequence = 0;
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
                    put(queue, new Batch(sequence++, first, lines, size), failure);
                    writeChanges(false);
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
                put(queue, new Batch(sequence++, first, lines, size), failure);
            }
            sequences = sequence;
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
        writeChanges(true);
        DiffReport total = new DiffReport(samples);
        results.forEach(total::merge);
        return total;
    }

    private long sequences = Long.MAX_VALUE;

    /** Writes the changes of the batches done so far in corpus order; at the end, of all of them. */
    private void writeChanges(boolean all) {
        if (changesOut == null) {
            return;
        }
        while (nextToWrite < sequences) {
            String changes = changedBatches.remove(nextToWrite);
            if (changes == null) {
                if (all) {
                    throw new IllegalStateException("batch " + nextToWrite + " has no changes recorded");
                }
                return;
            }
            try {
                changesOut.write(changes);
            } catch (IOException e) {
                throw CliException.badInput("--changes " + changesFile + ": cannot be written: " + e.getMessage());
            }
            nextToWrite++;
        }
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
            AtomicReference<CliException> failure, AtomicLong processed, String label, boolean skipInvalid,
            ConcurrentHashMap<Long, String> changedBatches) {
        try {
            while (true) {
                Batch batch = queue.take();
                if (batch == END) {
                    return;
                }
                if (failure.get() != null) {
                    continue; // drain
                }
                StringBuilder changes = changedBatches == null ? null : new StringBuilder();
                for (int i = 0; i < batch.size(); i++) {
                    long lineNumber = batch.firstLine() + i;
                    byte[] line = batch.lines()[i];
                    if (JsonLinesReader.isBlank(line)) {
                        continue;
                    }
                    TrustRequest request;
                    try {
                        request = TrustJson.readRequest(new ByteArrayInputStream(line));
                    } catch (TrustJsonException e) {
                        String problem = label + ":" + lineNumber + ":" + e.column() + ": "
                                + (e.path().isEmpty() ? "" : e.path() + ": ") + e.problem();
                        if (skipInvalid) {
                            stats.addInvalid("", lineNumber, problem);
                            continue;
                        }
                        failure.compareAndSet(null, CliException.badInput(problem + SKIP_HINT));
                        break;
                    }
                    Decision before;
                    Decision after;
                    try {
                        before = baseline.evaluate(request);
                    } catch (EvaluationException e) {
                        if (skipInvalid) {
                            stats.addFailed("", lineNumber, DiffReport.Side.BASELINE, label + ":" + lineNumber + ": " + e.getMessage());
                            continue;
                        }
                        failure.compareAndSet(null, CliException.failed(label + ":" + lineNumber + ": baseline: " + e.getMessage() + SKIP_HINT));
                        break;
                    }
                    try {
                        after = candidate.evaluate(request);
                    } catch (EvaluationException e) {
                        if (skipInvalid) {
                            stats.addFailed("", lineNumber, DiffReport.Side.CANDIDATE, label + ":" + lineNumber + ": " + e.getMessage());
                            continue;
                        }
                        failure.compareAndSet(null, CliException.failed(label + ":" + lineNumber + ": candidate: " + e.getMessage() + SKIP_HINT));
                        break;
                    }
                    stats.add(lineNumber, request, before, after);
                    if (changes != null) {
                        changes.append(DiffReport.changesCsv(label, lineNumber, request, before, after));
                    }
                }
                if (changes != null) {
                    changedBatches.put(batch.sequence(), changes.toString());
                }
                processed.addAndGet(batch.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, CliException.failed("diff failed: " + e));
        }
    }

    private static final String SKIP_HINT = " (--skip-invalid counts and skips such documents)";

    private static String origin(Path directory) {
        return directory == null ? "the bundled default policy" : directory.toString().replace('\\', '/');
    }
}
