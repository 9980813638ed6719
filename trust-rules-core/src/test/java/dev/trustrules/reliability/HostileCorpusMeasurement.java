package dev.trustrules.reliability;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.Note;
import dev.trustrules.Problem;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.reliability.PolicyCorpus.Attempt;
import dev.trustrules.reliability.PolicyCorpus.Built;
import dev.trustrules.reliability.PolicyCorpus.Case;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Measures what today's gate lets through: for each hostile case, whether building it in strict mode is
 * refused (and by what), and, when it builds and its {@code case.properties} says {@code run=yes}, what
 * evaluating {@link PolicyCorpus#request()} does: the traces it leaves (marker file, system property,
 * {@code HOSTILE_TRACE} note, connection to the local listener, new threads), whether two evaluations differ,
 * whether it hangs (stopped after a timeout), and whether a raw {@link Error} escapes {@code evaluate}.
 *
 * <p>Run from the test class ({@code -Dtrustrules.hostile.measure=true}) or with
 * {@link HostilePolicyCorpusTest#main(String[])}.
 */
final class HostileCorpusMeasurement {
    static final Duration BUILD_TIMEOUT = Duration.ofSeconds(120);
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(5);
    private static final boolean VERBOSE = Boolean.getBoolean("trustrules.hostile.verbose");

    /** One row of the table. */
    record Row(Case c, String refused, String buildEffect, String runEffect) {}

    private final List<Row> rows = new ArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Path work;

    HostileCorpusMeasurement(Path work) {
        this.work = work;
    }

    /** Measures every case (or those whose id is in {@code only}, if not empty) and returns the markdown report. */
    String run(List<Case> cases, Set<String> only) throws IOException {
        Files.createDirectories(MARKERS_DIR);
        ServerSocket listener = listen();
        try {
            for (Case c : cases) {
                if (only.isEmpty() || only.contains(c.id())) {
                    rows.add(measure(c));
                    System.err.println("[hostile] " + c.id() + " | " + rows.get(rows.size() - 1).refused() + " | "
                            + rows.get(rows.size() - 1).buildEffect() + " | " + rows.get(rows.size() - 1).runEffect());
                }
            }
            sleep(2_000); // timers and threads started by earlier cases
            List<Row> late = new ArrayList<>();
            for (Row row : rows) {
                String traces = fileAndPropertyTraces(row.c());
                String seen = row.buildEffect() + " " + row.runEffect();
                late.add(traces.isEmpty() || seen.contains(traces) ? row
                        : new Row(row.c(), row.refused(), row.buildEffect(), row.runEffect() + "; later: " + traces));
            }
            rows.clear();
            rows.addAll(late);
        } finally {
            listener.close();
        }
        return report();
    }

    private static final Path MARKERS_DIR = PolicyCorpus.MARKERS;

    private ServerSocket listen() {
        try {
            ServerSocket server = new ServerSocket(PolicyCorpus.PORT, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        connections.incrementAndGet();
                        socket.setSoLinger(false, 0);
                    } catch (IOException e) {
                        // closed
                    }
                }
            }, "hostile-corpus-listener");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            System.err.println("[hostile] cannot listen on 127.0.0.1:" + PolicyCorpus.PORT + " (" + e.getMessage()
                    + "): connections are not counted");
            try {
                return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    private Row measure(Case c) throws IOException {
        clearTraces(c);
        Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
        int connectionsBefore = connections.get();
        Path dir = PolicyCorpus.materialize(c, Files.createDirectories(work.resolve(c.id())));

        Built built = PolicyCorpus.buildStrict(dir, BUILD_TIMEOUT);
        String refused;
        if (built.hung()) {
            refused = "no: build hung";
        } else if (built.refused() != null) {
            List<Problem> errors = built.refused().problems().stream().filter(Problem::isError).toList();
            List<Problem> byCheck = errors.stream().filter(p -> p.message().contains("not allowed in strict mode")).toList();
            Problem first = !byCheck.isEmpty() ? byCheck.get(0) : errors.isEmpty() ? null : errors.get(0);
            refused = (byCheck.isEmpty() ? "yes: build" : "yes: check") + " (" + shorten(String.valueOf(first), 90) + ")";
            if (VERBOSE) {
                errors.forEach(p -> System.err.println("    " + p));
            }
        } else if (built.crashed() != null) {
            if (VERBOSE) {
                built.crashed().printStackTrace();
            }
            refused = "no: build threw raw " + built.crashed().getClass().getSimpleName();
        } else {
            refused = "no";
        }
        String buildEffect = traces(c, threadsBefore, connectionsBefore, null);

        String runEffect = "";
        TrustPolicy policy = built.policy();
        if (policy != null) {
            if (!c.mayRun()) {
                runEffect = "not run (run=never)";
            } else {
                threadsBefore = Thread.getAllStackTraces().keySet();
                connectionsBefore = connections.get();
                TrustRequest request = PolicyCorpus.request();
                Attempt<Decision> first = PolicyCorpus.onWorker("run-" + c.id(), () -> policy.evaluate(request), RUN_TIMEOUT);
                List<String> effects = new ArrayList<>();
                if (first.hung()) {
                    effects.add(stop(first.worker()));
                } else if (first.thrown() != null) {
                    effects.add(describe(first.thrown()));
                } else {
                    Attempt<Decision> second = PolicyCorpus.onWorker("again-" + c.id(), () -> policy.evaluate(request), RUN_TIMEOUT);
                    if (second.hung()) {
                        effects.add("second evaluation " + stop(second.worker()));
                    } else if (second.thrown() != null) {
                        effects.add("second evaluation " + describe(second.thrown()));
                    } else if (!PolicyCorpus.summary(first.value()).equals(PolicyCorpus.summary(second.value()))) {
                        effects.add("two evaluations differ");
                    }
                }
                String traces = traces(c, threadsBefore, connectionsBefore, first.value());
                if (!traces.isEmpty()) {
                    effects.add(traces);
                }
                if (effects.isEmpty()) {
                    effects.add(first.value() != null ? "decided, no trace" : "no trace");
                }
                runEffect = String.join("; ", effects);
            }
            PolicyCorpus.onWorker("close-" + c.id(), () -> {
                policy.close();
                return null;
            }, Duration.ofSeconds(5));
        }
        return new Row(c, refused, buildEffect, runEffect);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static String stop(Thread worker) {
        worker.stop(); // measurement only: a hostile rule ignores interrupts, and nothing else ends it
        try {
            worker.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return worker.isAlive() ? "HUNG (still running after Thread.stop)" : "HUNG (stopped after " + RUN_TIMEOUT.toSeconds() + " s)";
    }

    private static String describe(Throwable thrown) {
        if (VERBOSE) {
            thrown.printStackTrace();
        }
        if (thrown instanceof EvaluationException e) {
            String message = String.valueOf(e.getMessage());
            int failed = message.indexOf("failed");
            int colon = failed < 0 ? -1 : message.indexOf(": ", failed);
            return "EvaluationException (" + shorten(colon < 0 ? message : message.substring(colon + 2), 80) + ")";
        }
        return "raw " + thrown.getClass().getName() + " escaped evaluate(): " + shorten(String.valueOf(thrown.getMessage()), 60);
    }

    private void clearTraces(Case c) throws IOException {
        System.clearProperty(PolicyCorpus.PROPERTY_PREFIX + c.id());
        try (Stream<Path> files = Files.list(MARKERS_DIR)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().startsWith(c.id()))::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String fileAndPropertyTraces(Case c) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(MARKERS_DIR)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(c.id())).sorted().toList();
            if (!names.isEmpty()) {
                found.add("wrote " + names.get(0) + (names.size() > 1 ? " (+" + (names.size() - 1) + " more)" : ""));
            }
        } catch (IOException e) {
            found.add("markers unreadable: " + e.getMessage());
        }
        String property = System.getProperty(PolicyCorpus.PROPERTY_PREFIX + c.id());
        if (property != null) {
            found.add("set property=" + shorten(property, 40));
        }
        return String.join(", ", found);
    }

    private String traces(Case c, Set<Thread> threadsBefore, int connectionsBefore, Decision decision) {
        List<String> found = new ArrayList<>();
        String fileAndProperty = fileAndPropertyTraces(c);
        if (!fileAndProperty.isEmpty()) {
            found.add(fileAndProperty);
        }
        if (decision != null) {
            for (Note note : decision.notes(PolicyCorpus.TRACE_NOTE)) {
                found.add("note \"" + shorten(note.detail(), 50) + "\"");
            }
        }
        sleep(50);
        int opened = connections.get() - connectionsBefore;
        if (opened > 0) {
            found.add(opened + " connection(s) to 127.0.0.1:" + PolicyCorpus.PORT);
        }
        Set<String> started = new TreeSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!threadsBefore.contains(t) && !t.getName().startsWith("hostile-corpus-")) {
                started.add(t.getName().replaceAll("\\d+", "N"));
            }
        }
        if (!started.isEmpty()) {
            found.add("threads started: " + String.join(", ", started));
        }
        return String.join(", ", found);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String shorten(String text, int max) {
        String one = text.replaceAll("\\s+", " ").replace("|", "\\|");
        return one.length() <= max ? one : one.substring(0, max - 3) + "...";
    }

    private String report() {
        StringBuilder out = new StringBuilder();
        long refused = rows.stream().filter(r -> r.refused().startsWith("yes")).count();
        long byCheck = rows.stream().filter(r -> r.refused().startsWith("yes: check")).count();
        long crashed = rows.stream().filter(r -> r.refused().startsWith("no: build")).count();
        long built = rows.size() - refused - crashed;
        long neverRun = rows.stream().filter(r -> r.runEffect().startsWith("not run")).count();
        long atBuild = rows.stream().filter(r -> !r.buildEffect().isEmpty()).count();
        long ranPayload = rows.stream().filter(r -> isEffect(r.buildEffect()) || isEffect(r.runEffect())).count();
        long hung = rows.stream().filter(r -> r.runEffect().contains("HUNG") || r.refused().contains("hung")).count();
        long rawErrors = rows.stream().filter(r -> r.runEffect().contains("escaped evaluate()")).count();
        out.append("Cases: ").append(rows.size()).append(". Refused in strict mode today: ").append(refused)
                .append(" (by the strict check: ").append(byCheck).append(", by the compiler or the limits check: ")
                .append(refused - byCheck).append("). The build threw instead of refusing: ").append(crashed)
                .append(". Built: ").append(built).append(" (").append(neverRun).append(" of them run=never, not evaluated).")
                .append(" Payload took effect: ").append(ranPayload).append(" (while building: ").append(atBuild)
                .append("); hung until stopped: ").append(hung).append("; raw Error out of evaluate(): ").append(rawErrors)
                .append(".\n\n");
        Map<String, long[]> perClass = new TreeMap<>();
        rows.forEach(r -> {
            long[] counts = perClass.computeIfAbsent(r.c().escapeClass(), k -> new long[2]);
            counts[0]++;
            counts[1] += r.refused().startsWith("yes") ? 1 : 0;
        });
        out.append("| class | cases | refused today |\n|---|---|---|\n");
        perClass.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v[0]).append(" | ").append(v[1]).append(" |\n"));
        out.append("\n| case | class | refused today | effect at build | effect when evaluated |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.c().id()).append(" | ").append(r.c().escapeClass()).append(" | ").append(r.refused())
                    .append(" | ").append(r.buildEffect().isEmpty() ? "" : shorten(r.buildEffect(), 120)).append(" | ")
                    .append(shorten(r.runEffect(), 160)).append(" |\n");
        }
        return out.toString();
    }

    private static boolean isEffect(String effect) {
        return !effect.isEmpty() && !effect.startsWith("not run") && !effect.equals("decided, no trace") && !effect.equals("no trace")
                && !(effect.startsWith("EvaluationException") && !effect.contains(";"));
    }
}
