package dev.trustrules.reliability;

import dev.trustrules.Decision;
import dev.trustrules.EntitlementType;
import dev.trustrules.PolicyBuildException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A corpus of policies in the test resources: one folder per case under {@code hostile/} or {@code benign/},
 * holding a complete policy ({@code policy.properties} and rule files in folders named as their package)
 * and a {@code case.properties} describing it (see {@code hostile/README.md}).
 *
 * <p>Hostile payloads leave a harmless trace instead of doing harm: a file whose name starts with the case
 * id under {@link #MARKERS}, a system property {@code trustrules.hostile.<case-id>}, a decision note with the
 * code {@value #TRACE_NOTE}, a connection to {@code 127.0.0.1:}{@value #PORT} (where the measurement
 * listens), or a thread. Rule files spell the marker folder {@value #LITERAL_MARKERS}; a case is copied to a
 * temporary folder with that spelling replaced by the real {@code java.io.tmpdir} before it is built.
 */
final class PolicyCorpus {
    static final String CASE_FILE = "case.properties";
    static final String EXPECTED_DECISION = "expected-decision.txt";
    static final Path MARKERS = Path.of(System.getProperty("java.io.tmpdir"), "trust-rules-hostile").toAbsolutePath();
    static final String LITERAL_MARKERS = "/tmp/trust-rules-hostile/";
    static final String TRACE_NOTE = "HOSTILE_TRACE";
    static final String PROPERTY_PREFIX = "trustrules.hostile.";
    static final int PORT = 47811;
    static final Instant PAID = Instant.parse("2026-03-01T02:00:00Z");
    static final Instant DELIVERED = Instant.parse("2026-03-03T02:00:00Z");
    static final Instant EVALUATED = DELIVERED.plusSeconds(3_600);

    private static final AtomicInteger WORKERS = new AtomicInteger();

    private PolicyCorpus() {}

    /** One case: its folder (under the test resources) and its {@code case.properties}. */
    record Case(String id, Path dir, Properties properties) {
        String escapeClass() {
            return properties.getProperty("class", "?").strip();
        }

        String what() {
            return properties.getProperty("what", "").strip();
        }

        /** The substring a refusal must contain: the file and line of the payload ({@code guarantees/rules.drl:12:}). */
        String expect() {
            return properties.getProperty("expect", "").strip();
        }

        /** Optional: a second substring the same problem must contain (the proposed wording of the refusal). */
        String message() {
            String message = properties.getProperty("message");
            return message == null || message.isBlank() ? null : message.strip();
        }

        /** Whether the measurement may evaluate the policy if it builds ({@code run=yes}). */
        boolean mayRun() {
            return "yes".equalsIgnoreCase(properties.getProperty("run", "never").strip());
        }

        String property(String key) {
            String value = properties.getProperty(key);
            return value == null ? null : value.strip();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** Every case under the classpath folder {@code root} (a folder holding {@value #CASE_FILE}), by id. */
    static List<Case> cases(String root) {
        URL url = PolicyCorpus.class.getClassLoader().getResource(root);
        if (url == null) {
            throw new IllegalStateException("no corpus folder " + root + " on the test classpath");
        }
        Path folder;
        try {
            folder = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> dirs = Files.list(folder)) {
            List<Case> cases = new ArrayList<>();
            for (Path dir : (Iterable<Path>) dirs.filter(d -> Files.isRegularFile(d.resolve(CASE_FILE))).sorted()::iterator) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(dir.resolve(CASE_FILE), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                cases.add(new Case(dir.getFileName().toString(), dir, properties));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the case's policy (every file but {@value #CASE_FILE} and {@value #EXPECTED_DECISION}) to
     * {@code into}, with {@value #LITERAL_MARKERS} replaced by the real marker folder; returns {@code into}.
     */
    static Path materialize(Case c, Path into) {
        String markers = MARKERS.toString().replace('\\', '/') + "/";
        try (Stream<Path> walk = Files.walk(c.dir())) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Path relative = c.dir().relativize(file);
                String name = relative.toString().replace('\\', '/');
                if (name.equals(CASE_FILE) || name.equals(EXPECTED_DECISION)) {
                    continue;
                }
                Path target = into.resolve(relative);
                Files.createDirectories(target.getParent());
                byte[] bytes = Files.readAllBytes(file);
                if (!markers.equals(LITERAL_MARKERS)) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    if (text.contains(LITERAL_MARKERS)) {
                        bytes = text.replace(LITERAL_MARKERS, markers).getBytes(StandardCharsets.UTF_8);
                    }
                }
                Files.write(target, bytes);
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What building a policy in strict mode gave: a policy, a refusal, another throwable, or nothing in time. */
    record Built(TrustPolicy policy, PolicyBuildException refused, Throwable crashed, boolean hung) {}

    /** Builds the policy under {@code dir} in strict mode on a worker thread, waiting at most {@code timeout}. */
    static Built buildStrict(Path dir, Duration timeout) {
        Attempt<TrustPolicy> attempt = onWorker("build", () -> TrustPolicy.builder().fromDirectory(dir).strict(true).build(), timeout);
        if (attempt.hung()) {
            return new Built(null, null, null, true);
        }
        if (attempt.thrown() instanceof PolicyBuildException refused) {
            return new Built(null, refused, null, false);
        }
        return new Built(attempt.value(), null, attempt.thrown(), false);
    }

    /** The result of running something on a worker thread: a value, a throwable, or a hang (worker left running). */
    record Attempt<T>(T value, Throwable thrown, boolean hung, Thread worker) {}

    interface Work<T> {
        T run() throws Exception;
    }

    /** Runs {@code work} on a new daemon thread and waits at most {@code timeout} for it. */
    static <T> Attempt<T> onWorker(String name, Work<T> work, Duration timeout) {
        FutureTask<T> task = new FutureTask<>(work::run);
        Thread worker = new Thread(task, "hostile-corpus-" + name + "-" + WORKERS.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
        try {
            return new Attempt<>(task.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null, false, worker);
        } catch (ExecutionException e) {
            return new Attempt<>(null, e.getCause(), false, worker);
        } catch (TimeoutException e) {
            return new Attempt<>(null, null, true, worker);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt<>(null, e, false, worker);
        }
    }

    /**
     * A plausible request: a counterfeit claim (fake-one-pay-ten) on a 199 CNY apparel order enrolled in it,
     * with the buyer and an active shop, decided an hour after delivery.
     */
    static TrustRequest request() {
        return TrustRequest.builder()
                .evaluatedAt(EVALUATED)
                .order(new Order("o-1", "b-1", "s-1", "p-1", Category.APPAREL, 19_900, "CNY", PAID, DELIVERED,
                        Set.of(EntitlementType.FAKE_ONE_PAY_TEN), false))
                .buyer(new BuyerAccount("b-1", 720, 0, false, 0, null))
                .shop(new ShopAccount("s-1", "p-1", null, null, ShopStatus.ACTIVE, 0, 0, 4.6, 500_000, 0, null))
                .claim(new AfterSaleClaim("c-1", "o-1", ClaimType.COUNTERFEIT, EVALUATED, AuthenticityVerdict.FAKE,
                        0, 0, null, true, true, 0, false, 0))
                .build();
    }

    /**
     * A decision as plain lines, one item a line, without the policy's identity: the form of a benign case's
     * {@value #EXPECTED_DECISION}.
     */
    static String summary(Decision d) {
        List<String> lines = new ArrayList<>();
        lines.add("tier " + d.buyerTier());
        d.guarantees().forEach(g -> lines.add("guarantee " + g.type() + " " + g.reason() + " by " + g.rule()));
        d.entitlements().forEach(e -> lines.add("entitlement " + e.type() + " " + e.reason() + " refund " + e.refundFen()
                + " payout " + e.payoutFen() + " payer " + e.payer() + " return " + e.returnRequired() + " by " + e.rule()));
        d.denials().forEach(x -> lines.add("denial " + x.type() + " " + x.reason() + " by " + x.rule() + ": " + x.detail()));
        d.sanctions().forEach(s -> lines.add("sanction " + s.type() + " " + s.reason() + " days " + s.days() + " points "
                + s.points() + " by " + s.rule() + ": " + s.detail()));
        d.notes().forEach(n -> lines.add("note " + n.code() + " by " + n.rule() + ": " + n.detail()));
        lines.add("fired " + String.join(", ", d.firedRules()));
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }
}
