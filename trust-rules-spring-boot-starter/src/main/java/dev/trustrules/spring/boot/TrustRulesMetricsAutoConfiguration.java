package dev.trustrules.spring.boot;

import dev.trustrules.micrometer.MicrometerTrustPolicyListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Publishes the policy's meters ({@link MicrometerTrustPolicyListener}: {@code trustrules.evaluations},
 * {@code trustrules.entitlements}, {@code trustrules.sanctions}, {@code trustrules.reloads},
 * {@code trustrules.policy.serving}, {@code trustrules.reloads.refusing}, each tagged {@code policy}) when
 * Micrometer and a {@code MeterRegistry} bean are there.
 */
@AutoConfiguration(before = TrustRulesAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, MicrometerTrustPolicyListener.class})
@ConditionalOnBooleanProperty(name = "trust-rules.enabled", matchIfMissing = true)
public class TrustRulesMetricsAutoConfiguration {

    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    @ConditionalOnMissingBean
    public MicrometerTrustPolicyListener trustRulesMetrics(MeterRegistry registry) {
        return new MicrometerTrustPolicyListener(registry);
    }
}
