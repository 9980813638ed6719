package dev.trustrules.examples.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.PolicyId;
import dev.trustrules.PolicyVersion;
import dev.trustrules.Problem;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustPolicyListener;
import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJson;
import dev.trustrules.json.TrustJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An order/after-sale service: {@code POST /decisions} with a fact document returns the decision JSON;
 * {@code GET /policy} returns the versions serving. The policy is built once from a directory, watched
 * for changes (a refused change leaves the last good version serving), and every decision is appended
 * to an audit log.
 *
 * <pre>
 * java ... AfterSaleService [POLICY_DIR] [PORT] [AUDIT_LOG]
 * </pre>
 */
public final class AfterSaleService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AfterSaleService.class);

    private final TrustPolicy policy;
    private final AuditLog audit;
    private final HttpServer server;
    private final ExecutorService workers;

    private AfterSaleService(TrustPolicy policy, AuditLog audit, HttpServer server, ExecutorService workers) {
        this.policy = policy;
        this.audit = audit;
        this.server = server;
        this.workers = workers;
    }

    /**
     * Builds the policy from {@code policyDirectory} (watching it), opens the audit log and starts serving.
     *
     * @param address where to listen; port 0 picks a free port
     * @param quietPeriod how long the directory must be quiet after a change before it is reloaded
     * @param extra more listeners (tests use one to hear reloads)
     */
    public static AfterSaleService start(Path policyDirectory, Path auditLog, InetSocketAddress address,
            Duration quietPeriod, TrustPolicyListener... extra) throws IOException {
        AuditLog audit = new AuditLog(auditLog);
        TrustPolicy.Builder builder = TrustPolicy.builder()
                .fromDirectory(policyDirectory)
                .watchForChanges(quietPeriod)
                .listener(audit)
                .listener(new ReloadLog());
        for (TrustPolicyListener listener : extra) {
            builder.listener(listener);
        }
        TrustPolicy policy;
        try {
            policy = builder.build();
        } catch (RuntimeException e) {
            audit.close();
            throw e;
        }
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        server.setExecutor(workers);
        AfterSaleService service = new AfterSaleService(policy, audit, server, workers);
        server.createContext("/decisions", service::decide);
        server.createContext("/policy", service::describePolicy);
        server.start();
        LOG.info("{}", service.describe(policyDirectory, address));
        return service;
    }

    /** What the service serves and where: logged at start-up (and printed by {@link #main}). */
    String describe(Path policyDirectory, InetSocketAddress address) {
        return "serving " + policy.id() + ": versions " + String.join(", ", policy.versions().stream()
                .map(v -> v.id().version() + " (sha256 " + v.id().sha256().substring(0, 12) + ")").toList()) + ", "
                + policy.ruleNames().size() + " rules, from " + policyDirectory + ", on http://" + address.getAddress().getHostAddress()
                + ":" + port();
    }

    /** The port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void decide(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, error("use POST with a fact document"));
                return;
            }
            TrustRequest request;
            try (InputStream body = exchange.getRequestBody()) {
                request = TrustJson.readRequest(body); // bytes, so that invalid UTF-8 is a 400 naming its place
            } catch (TrustJsonException e) {
                respond(exchange, 400, error(e.getMessage()));
                return;
            }
            Decision decision;
            try {
                decision = policy.evaluate(request);
            } catch (EvaluationException e) {
                respond(exchange, 500, error(e.getMessage()));
                return;
            }
            respond(exchange, 200, TrustJson.writeDecision(decision));
        }
    }

    private void describePolicy(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, error("use GET"));
                return;
            }
            List<PolicyVersion> versions = policy.versions();
            String json = versions.stream().map(v -> "{\"name\": " + quote(v.id().name()) + ", \"version\": "
                    + quote(v.id().version()) + ", \"sha256\": " + quote(v.id().sha256()) + ", \"effectiveFrom\": "
                    + (v.effectiveFrom() == null ? "null" : quote(v.effectiveFrom().toString())) + "}")
                    .collect(Collectors.joining(",\n    ", "{\"versions\": [\n    ", "\n]}\n"));
            respond(exchange, 200, json);
        }
    }

    private static String error(String message) {
        return "{\"error\": " + quote(message) + "}\n";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops serving (requests in flight get a second to finish), stops watching, closes the audit log. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        policy.close();
        try {
            audit.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs reloads and refusals; the policy also logs refusals itself. */
    private static final class ReloadLog implements TrustPolicyListener {
        @Override
        public void onReloaded(PolicyId previous, PolicyId current) {
            LOG.info("policy reloaded: {} -> {}", previous, current);
        }

        @Override
        public void onReloadRefused(PolicyId serving, List<Problem> problems) {
            LOG.warn("policy change refused, {} keeps serving:\n{}", serving,
                    problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
    }

    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0])
                : PolicyDirectory.extractDefaultPolicy(Files.createTempDirectory("trust-policy-"));
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        Path auditLog = Path.of(args.length > 2 ? args[2] : "trust-audit.jsonl");
        LOG.info("policy directory {} (edit its rule files: they are reloaded), audit log {}", directory, auditLog);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        AfterSaleService service = start(directory, auditLog, address, Duration.ofMillis(500));
        // also on standard output: under exec:java the log goes to Maven's logger, which -q silences
        System.out.println(service.describe(directory, address));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
    }
}
