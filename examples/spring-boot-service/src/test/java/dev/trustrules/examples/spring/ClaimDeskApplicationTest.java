package dev.trustrules.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.TrustPolicy;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The claim desk over real HTTP, on an ephemeral port. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=WARN", "logging.level.dev.trustrules=INFO"})
class ClaimDeskApplicationTest {
    @LocalServerPort
    int port;

    @Autowired
    TrustPolicy policy;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_decide_a_counterfeit_claim_posted_as_json_when_the_desk_runs(CapturedOutput output) throws Exception {
        byte[] claim;
        try (InputStream in = getClass().getResourceAsStream("/counterfeit-claim.json")) {
            claim = in.readAllBytes();
        }
        HttpResponse<String> decided = post("/decisions", claim);

        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(decided.body()).contains("\"policy\": {", "\"name\": \"trust-default\"", "\"type\": \"FAKE_ONE_PAY_TEN\"",
                "\"payoutFen\": 204000");
        assertThat(output.getOut()).contains("trust-rules: serving " + policy.id() + " from the bundled default policy",
                "claim desk ready: POST /decisions is decided by " + policy.id());
    }

    @Test
    void should_answer_400_naming_the_field_when_a_document_misses_one() throws Exception {
        HttpResponse<String> refused = post("/decisions", "{\"order\": {\"id\": \"o-1\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).startsWith("{\"error\":\"order.buyerId: required, was missing");
    }

    @Test
    void should_show_readiness_versions_and_metrics_when_the_actuator_is_asked() throws Exception {
        assertThat(get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/actuator/trustrules").body()).startsWith("{\"name\":\"trust-default\",\"serving\":\"2026.12.0\"");
        post("/decisions", "{\"order\": {\"id\": \"o-1\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(get("/actuator/metrics/trustrules.evaluations").body()).contains("\"name\":\"trustrules.evaluations\"",
                "{\"tag\":\"policy\",\"values\":[\"trust-default\"]}");
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
