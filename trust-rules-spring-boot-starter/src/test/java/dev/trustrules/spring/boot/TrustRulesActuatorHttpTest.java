package dev.trustrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.TrustPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The actuator over real HTTP: health (with readiness), info, the endpoint's versions and a reload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "management.endpoints.web.exposure.include=health,info,trustrules",
    "management.endpoint.health.show-details=always",
    "management.endpoint.health.probes.enabled=true",
    "management.info.trust-rules.enabled=true",
    "spring.main.lazy-initialization=true"})
class TrustRulesActuatorHttpTest {
    private static final Path POLICY = createPolicy();

    @LocalServerPort
    int port;

    @Autowired
    TrustPolicy policy;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void policy(DynamicPropertyRegistry registry) {
        registry.add("trust-rules.source", () -> "directory");
        registry.add("trust-rules.directory", POLICY::toString);
    }

    @Test
    void should_answer_health_info_versions_and_reload_over_http_when_the_actuator_is_exposed() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"trustPolicy\":{\"details\":{\"serving\":\"" + policy.id()
                + "\",\"versions\":1},\"status\":\"UP\"}");
        assertThat(Application.BUILT_WHEN_READY).containsExactly(true);
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");

        HttpResponse<String> info = get("/actuator/info");
        assertThat(info.body()).contains("\"trust-rules\":{\"name\":\"small\",\"serving\":\"1\",\"sha256\":\"" + policy.id().sha256()
                + "\",\"versions\":[{\"version\":\"1\",\"sha256\":\"" + policy.id().sha256() + "\",\"effectiveFrom\":\"always\",\"rules\":1}]}");

        HttpResponse<String> versions = get("/actuator/trustrules");
        assertThat(versions.statusCode()).isEqualTo(200);
        assertThat(versions.body()).startsWith("{\"name\":\"small\",\"serving\":\"1\"");

        SmallPolicy.write(POLICY, "REFUNDED_OVER_HTTP");
        HttpResponse<String> reload = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/trustrules"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reload.statusCode()).isEqualTo(200);
        assertThat(reload.body()).isEqualTo("{\"outcome\":\"RELOADED\",\"serving\":\"" + policy.id()
                + "\",\"problems\":[],\"added\":[],\"removed\":[],\"changed\":[\"R-01 refund\"]}");

        SmallPolicy.breakIt(POLICY);
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/trustrules"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> degraded = get("/actuator/health");
        assertThat(degraded.statusCode()).isEqualTo(200);
        assertThat(degraded.body()).contains("\"problemCount\":1", "\"problems\":[\"rules/broken.drl:")
                .contains("\"description\":\"changed rules were refused; the last good version keeps serving\",\"status\":\"DEGRADED\"}")
                .endsWith("\"status\":\"UP\"}");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Path createPolicy() {
        try {
            return SmallPolicy.write(Files.createTempDirectory("trust-rules-http-test"), "REFUNDED");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The application under test: nothing but auto-configuration, and a listener noting, when the application
     * turns ready, whether the policy was built by then (with lazy initialisation on).
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
        static final java.util.List<Boolean> BUILT_WHEN_READY = new java.util.concurrent.CopyOnWriteArrayList<>();

        @org.springframework.context.annotation.Bean
        org.springframework.context.ApplicationListener<org.springframework.boot.availability.AvailabilityChangeEvent<
                org.springframework.boot.availability.ReadinessState>> readiness(PolicyStatus status) {
            return event -> {
                if (event.getState() == org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC) {
                    BUILT_WHEN_READY.add(status.snapshot().builtAt() != null);
                }
            };
        }
    }
}
