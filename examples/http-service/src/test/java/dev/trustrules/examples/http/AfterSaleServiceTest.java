package dev.trustrules.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import dev.trustrules.DecisionRecord;
import dev.trustrules.EntitlementType;
import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import dev.trustrules.TrustPolicyListener;
import dev.trustrules.json.TrustJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AfterSaleServiceTest {
    /** Bounds every wait for a reload; the test never asserts on how long anything took. */
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final BlockingQueue<String> reloads = new LinkedBlockingQueue<>();

    private final TrustPolicyListener reloadEvents = new TrustPolicyListener() {
        @Override
        public void onReloaded(PolicyId previous, PolicyId current) {
            reloads.add("reloaded");
        }

        @Override
        public void onReloadRefused(PolicyId serving, List<Problem> problems) {
            reloads.add("refused, naming " + String.join(", ", problems.stream().map(Problem::file)
                    .filter(file -> file.endsWith("half-written.drl")).distinct().toList()));
        }
    };

    private static String claim() throws IOException {
        try (InputStream in = AfterSaleServiceTest.class.getResourceAsStream("/counterfeit-claim.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> send(AfterSaleService service, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(AfterSaleService service, String body) throws Exception {
        return send(service, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/decisions"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private long payout(AfterSaleService service) throws Exception {
        HttpResponse<String> response = post(service, claim());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TrustJson.readDecision(response.body()).entitlement(EntitlementType.FAKE_ONE_PAY_TEN).orElseThrow().payoutFen();
    }

    private String nextReload() throws InterruptedException {
        String event = reloads.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        return event == null ? "no reload within " + WAIT_SECONDS + " s" : event;
    }

    @Test
    void should_serve_decisions_pick_up_a_threshold_change_and_keep_the_last_good_when_a_change_is_broken() throws Exception {
        Path policy = PolicyDirectory.extractDefaultPolicy(dir.resolve("policy"));
        Path audit = dir.resolve("audit.jsonl");
        Path limits = policy.resolve("guarantees/limits.drl");
        try (AfterSaleService service = AfterSaleService.start(policy, audit,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofMillis(200), reloadEvents)) {

            assertThat(payout(service)).isEqualTo(199_000 + 5_000);

            Files.writeString(limits, Files.readString(limits).replace("fakeCompensationMultiplier : long = 10",
                    "fakeCompensationMultiplier : long = 3"));
            assertThat(nextReload()).isEqualTo("reloaded");
            assertThat(payout(service)).isEqualTo(59_700 + 5_000);

            Files.writeString(policy.resolve("guarantees/half-written.drl"), "package guarantees;\nrule \"X-01\" when Order(");
            assertThat(nextReload()).isEqualTo("refused, naming guarantees/half-written.drl");
            assertThat(payout(service)).isEqualTo(59_700 + 5_000);

            HttpResponse<String> versions = send(service,
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/policy")).GET());
            assertThat(versions.statusCode()).isEqualTo(200);
            assertThat(versions.body()).startsWith("{\"versions\": [\n    {\"name\": \"trust-default\", \"version\": \"2026.11.0\", ")
                    .contains("\"effectiveFrom\": null}");
        }
        List<String> lines = Files.readAllLines(audit);
        assertThat(lines).hasSize(3);
        DecisionRecord first = TrustJson.readRecord(lines.get(0));
        DecisionRecord last = TrustJson.readRecord(lines.get(2));
        assertThat(first.request()).isEqualTo(TrustJson.readRequest(claim()));
        assertThat(first.decision().policy().sha256()).isNotEqualTo(last.decision().policy().sha256());
        assertThat(last.decision().entitlement(EntitlementType.FAKE_ONE_PAY_TEN).map(e -> e.payoutFen())).contains(64_700L);
    }

    @Test
    void should_describe_the_versions_rules_and_directory_it_serves_when_started() throws Exception {
        Path policy = PolicyDirectory.extractDefaultPolicy(dir.resolve("policy"));
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try (AfterSaleService service = AfterSaleService.start(policy, dir.resolve("audit.jsonl"), address, Duration.ofMillis(200))) {
            assertThat(service.describe(policy, address)).matches("serving trust-default@2026\\.12\\.0 \\(sha256 [0-9a-f]{12}\\): "
                    + "versions 2026\\.11\\.0 \\(sha256 [0-9a-f]{12}\\), 2026\\.12\\.0 \\(sha256 [0-9a-f]{12}\\), \\d+ rules, from "
                    + java.util.regex.Pattern.quote(policy.toString()) + ", on http://127\\.0\\.0\\.1:" + service.port());
        }
    }

    @Test
    void should_answer_400_naming_the_field_when_the_fact_document_is_invalid() throws Exception {
        Path policy = PolicyDirectory.extractDefaultPolicy(dir.resolve("policy"));
        try (AfterSaleService service = AfterSaleService.start(policy, dir.resolve("audit.jsonl"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofMillis(200))) {
            HttpResponse<String> response = post(service, "{\"order\": {\"paidFen\": -5}}");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).isEqualTo("{\"error\": \"order.paidFen: expected an amount in fen >= 0, was -5 "
                    + "(line 1, column 23)\"}\n");
        }
    }

    @Test
    void should_record_a_decision_that_replays_to_the_same_decision_when_read_from_the_audit_log() throws Exception {
        Path policy = PolicyDirectory.extractDefaultPolicy(dir.resolve("policy"));
        Path audit = dir.resolve("audit.jsonl");
        Decision served;
        try (AfterSaleService service = AfterSaleService.start(policy, audit,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofMillis(200))) {
            served = TrustJson.readDecision(post(service, claim()).body());
        }
        DecisionRecord recorded = TrustJson.readRecord(Files.readAllLines(audit).get(0));
        try (var archived = dev.trustrules.TrustPolicy.builder().fromDirectory(policy).build()) {
            assertThat(recorded.decision()).isEqualTo(served);
            assertThat(recorded.replayOn(archived)).isEqualTo(served);
        }
    }
}
