package dev.trustrules.spring.boot;

import dev.trustrules.TrustPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy's health indicator ({@code trustPolicy}), info ({@code trust-rules}) and actuator endpoint
 * ({@code trustrules}), each when its part of Spring Boot's actuator is on the class path.
 */
@AutoConfiguration(after = TrustRulesAutoConfiguration.class)
@ConditionalOnBean(TrustPolicy.class)
public class TrustRulesActuatorAutoConfiguration {

    /** The health indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("trustPolicy")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "trustPolicyHealthIndicator")
        TrustPolicyHealthIndicator trustPolicyHealthIndicator(TrustPolicy policy, ObjectProvider<PolicyStatus> status) {
            return new TrustPolicyHealthIndicator(policy, status.getIfAvailable());
        }
    }

    /** The info. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(InfoContributor.class)
    @ConditionalOnEnabledInfoContributor("trust-rules")
    static class Info {
        @Bean
        @ConditionalOnMissingBean
        TrustPolicyInfoContributor trustPolicyInfoContributor(TrustPolicy policy) {
            return new TrustPolicyInfoContributor(policy);
        }
    }

    /** The endpoint. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    @ConditionalOnAvailableEndpoint(TrustRulesEndpoint.class)
    static class Actuator {
        @Bean
        @ConditionalOnMissingBean
        TrustRulesEndpoint trustRulesEndpoint(TrustPolicy policy, ObjectProvider<PolicyStatus> status) {
            return new TrustRulesEndpoint(policy, status.getIfAvailable());
        }
    }
}
