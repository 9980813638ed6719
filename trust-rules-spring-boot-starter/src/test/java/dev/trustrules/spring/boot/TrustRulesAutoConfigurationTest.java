package dev.trustrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.PolicyBundle;
import dev.trustrules.ReloadResult;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustPolicyListener;
import dev.trustrules.PolicyId;
import dev.trustrules.PolicyInternals;
import dev.trustrules.micrometer.MicrometerTrustPolicyListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;
import org.springframework.mock.env.MockEnvironment;

class TrustRulesAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            TrustRulesMetricsAutoConfiguration.class, TrustRulesAutoConfiguration.class, TrustRulesActuatorAutoConfiguration.class));

    @TempDir
    Path dir;

    @Test
    void should_serve_the_default_policy_with_health_and_info_when_no_property_is_set() {
        runner.run(context -> {
            TrustPolicy policy = context.getBean(TrustPolicy.class);
            assertThat(policy.id().name()).isEqualTo("trust-default");
            assertThat(policy.id().version()).isEqualTo("2026.12.0");

            Health health = context.getBean(TrustPolicyHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("serving", policy.id().toString()).containsEntry("versions", 2);

            Info.Builder info = new Info.Builder();
            context.getBean(TrustPolicyInfoContributor.class).contribute(info);
            @SuppressWarnings("unchecked")
            Map<String, Object> details = (Map<String, Object>) info.build().getDetails().get("trust-rules");
            assertThat(details).containsEntry("name", "trust-default").containsEntry("serving", "2026.12.0")
                    .containsEntry("sha256", policy.id().sha256());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> versions = (List<Map<String, Object>>) details.get("versions");
            assertThat(versions).extracting(v -> v.get("version")).containsExactly("2026.11.0", "2026.12.0");
            assertThat(versions).extracting(v -> v.get("rules")).containsExactly(
                    policy.ruleNames(policy.versions().get(0).id()).size(), policy.ruleNames(policy.id()).size());
        });
    }

    @Test
    void should_attach_every_listener_bean_in_order_when_the_policy_is_built() {
        List<String> heard = new ArrayList<>();
        runner.withBean("second", TrustPolicyListener.class, () -> new Named("second", heard))
                .withBean("first", TrustPolicyListener.class, () -> new First(heard))
                .run(context -> assertThat(heard).containsExactly("first built", "second built"));
    }

    @Test
    void should_register_the_meters_tagged_with_the_policy_when_a_meter_registry_is_there() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(MicrometerTrustPolicyListener.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("trustrules.policy.serving").tags("policy", "trust-default", "version", "2026.12.0").gauge()
                    .value()).isEqualTo(1.0);
        });
    }

    @Test
    void should_publish_no_meters_when_micrometer_is_not_on_the_class_path() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasSingleBean(TrustPolicy.class)
                        .doesNotHaveBean(MicrometerTrustPolicyListener.class));
    }

    @Test
    void should_report_degraded_with_the_reason_when_a_changed_directory_is_refused_and_up_again_when_fixed() {
        SmallPolicy.write(dir, "REFUNDED");
        runner.withPropertyValues("trust-rules.source=directory", "trust-rules.directory=" + dir).run(context -> {
            TrustPolicy policy = context.getBean(TrustPolicy.class);
            TrustRulesEndpoint endpoint = new TrustRulesEndpoint(policy, context.getBean(PolicyStatus.class));
            TrustPolicyHealthIndicator health = context.getBean(TrustPolicyHealthIndicator.class);
            SmallPolicy.breakIt(dir);

            Map<String, Object> reload = endpoint.reload();
            assertThat(reload).containsEntry("outcome", "REFUSED").containsEntry("serving", policy.id().toString());
            Health degraded = health.health();
            assertThat(degraded.getStatus()).isEqualTo(TrustPolicyHealthIndicator.DEGRADED);
            assertThat(degraded.getDetails()).containsEntry("problemCount", 1).containsEntry("lastReload", "REFUSED");
            assertThat(degraded.getDetails().get("problems")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .singleElement().asString().startsWith("rules/broken.drl:");

            java.nio.file.Files.delete(dir.resolve("rules/broken.drl"));
            SmallPolicy.write(dir, "REFUNDED_AGAIN");
            assertThat(endpoint.reload()).containsEntry("outcome", "RELOADED").containsEntry("changed", List.of("R-01 refund"));
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(endpoint.versions()).containsKey("lastReload");
        });
    }

    @Test
    void should_serve_a_bundle_from_a_file_and_from_the_class_path_when_source_is_bundle() {
        SmallPolicy.write(dir.resolve("policy"), "REFUNDED");
        PolicyBundle bundle = PolicyBundle.create(dir.resolve("policy"));
        bundle.write(dir.resolve("small.bundle.zip"));
        runner.withPropertyValues("trust-rules.source=bundle", "trust-rules.bundle=file:" + dir.resolve("small.bundle.zip"))
                .run(context -> {
                    TrustPolicy policy = context.getBean(TrustPolicy.class);
                    assertThat(policy.id().sha256()).isEqualTo(bundle.versionSha256s().get(0));
                    assertThat(policy.reload().outcome()).isEqualTo(ReloadResult.Outcome.UNCHANGED);
                });
        runner.withPropertyValues("trust-rules.source=bundle", "trust-rules.bundle=classpath:missing.bundle.zip")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("class path resource [missing.bundle.zip]"));
    }

    @Test
    void should_fail_naming_the_property_when_the_source_and_its_setting_disagree() {
        runner.withPropertyValues("trust-rules.directory=" + dir).run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("trust-rules.directory is set but trust-rules.source is default: "
                        + "set trust-rules.source=directory to use it"));
        runner.withPropertyValues("trust-rules.source=directory").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("trust-rules.directory is required with trust-rules.source=directory"));
        runner.withPropertyValues("trust-rules.watch=true").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("trust-rules.watch=true needs trust-rules.source=directory, but the source is default"));
        runner.withPropertyValues("trust-rules.max-rule-firings=0").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("maxRuleFirings must be >= 1, was 0"));
    }

    @Test
    void should_build_a_watched_directory_policy_with_the_properties_given() {
        SmallPolicy.write(dir, "REFUNDED");
        runner.withPropertyValues("trust-rules.source=directory", "trust-rules.directory=" + dir, "trust-rules.watch=true",
                "trust-rules.quiet-period=200ms", "trust-rules.strict=false").run(context -> {
                    TrustPolicy policy = context.getBean(TrustPolicy.class);
                    assertThat(policy.id().name()).isEqualTo("small");
                    SmallPolicy.write(dir, "REFUNDED_AGAIN");
                    long deadline = System.nanoTime() + 20_000_000_000L;
                    PolicyId first = policy.id();
                    while (policy.id().equals(first) && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    assertThat(policy.id()).isNotEqualTo(first);
                });
    }

    @Test
    void should_keep_the_compiled_policy_in_the_cache_directory_when_compiled_model_cache_is_set() throws Exception {
        SmallPolicy.write(dir.resolve("policy"), "REFUNDED");
        Path cache = dir.resolve("cache");
        runner.withPropertyValues("trust-rules.source=directory", "trust-rules.directory=" + dir.resolve("policy"),
                "trust-rules.compiled-model-cache=" + cache).run(context -> {
                    TrustPolicy policy = context.getBean(TrustPolicy.class);
                    try (var files = java.nio.file.Files.walk(cache)) {
                        assertThat(files.map(Path::getFileName).map(Path::toString))
                                .contains(policy.id().sha256() + ".model");
                    }
                });
    }

    @Test
    void should_back_off_when_the_application_defines_its_own_policy_or_disables_it() {
        runner.withBean(TrustPolicy.class, () -> TrustPolicy.builder().fromClasspath(TrustPolicy.DEFAULT_POLICY_ROOT).build())
                .run(context -> assertThat(context).hasSingleBean(TrustPolicy.class).hasSingleBean(TrustPolicyHealthIndicator.class));
        runner.withPropertyValues("trust-rules.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(TrustPolicy.class).doesNotHaveBean(TrustRulesEndpoint.class));
    }

    @Test
    void should_close_the_policy_when_the_context_closes() {
        TrustPolicy[] held = new TrustPolicy[1];
        runner.run(context -> held[0] = context.getBean(TrustPolicy.class));
        assertThat(held[0].isClosed()).isTrue();
    }

    @Test
    void should_default_the_drools_loggers_to_error_unless_the_application_sets_them() {
        MockEnvironment environment = new MockEnvironment().withProperty("logging.level.org.kie", "DEBUG");
        new DroolsLoggingDefaults().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("logging.level.org.drools")).isEqualTo("ERROR");
        assertThat(environment.getProperty("logging.level.org.kie")).isEqualTo("DEBUG");
    }

    @Test
    void should_build_the_version_in_force_while_the_context_starts_unless_warm_up_is_off() {
        // from trust-rules-drl's jar (a service, this reactor's verify) the versions ship precompiled and wait
        // for a request; from its target/classes (a directory: `mvn test`) every version is built in build()
        boolean shipped = "jar".equals(getClass().getClassLoader()
                .getResource(TrustPolicy.DEFAULT_POLICY_ROOT + "/policy.properties").getProtocol());
        runner.run(context -> assertThat(PolicyInternals.versionsBuilt(context.getBean(TrustPolicy.class)))
                .isEqualTo(shipped ? 1 : 2));
        runner.withPropertyValues("trust-rules.warm-up=false")
                .run(context -> assertThat(PolicyInternals.versionsBuilt(context.getBean(TrustPolicy.class)))
                        .isEqualTo(shipped ? 0 : 2));
    }

    @Test
    void should_describe_every_property_for_ides_when_the_configuration_metadata_is_read() throws Exception {
        String metadata;
        try (java.io.InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(List.of("enabled", "source", "classpath-root", "directory", "bundle", "strict", "warm-up", "watch",
                "quiet-period", "max-rule-firings", "compiled-model-cache")).allSatisfy(name -> assertThat(metadata).contains("\"name\": \"trust-rules." + name + "\""));
        assertThat(metadata).contains("\"description\": \"Where the rules come from: default, classpath, directory or bundle.\"");
    }

    /** Heard first. */
    @Order(1)
    static final class First implements TrustPolicyListener {
        private final List<String> heard;

        First(List<String> heard) {
            this.heard = heard;
        }

        @Override
        public void onBuilt(PolicyId serving, long nanos) {
            heard.add("first built");
        }
    }

    /** Heard after {@link First}. */
    @Order(2)
    record Named(String name, List<String> heard) implements TrustPolicyListener {
        @Override
        public void onBuilt(PolicyId serving, long nanos) {
            heard.add(name + " built");
        }
    }
}
