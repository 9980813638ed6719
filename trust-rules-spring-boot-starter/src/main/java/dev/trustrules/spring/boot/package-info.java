/**
 * Spring Boot auto-configuration for trust-rules: a {@link dev.trustrules.TrustPolicy} bean built from
 * {@code trust-rules.*} properties ({@link dev.trustrules.spring.boot.TrustRulesProperties}), every
 * {@link dev.trustrules.TrustPolicyListener} bean attached to it, Micrometer meters when a
 * {@code MeterRegistry} is there, a health indicator ({@code trustPolicy}), info ({@code trust-rules}) and
 * the {@code trustrules} actuator endpoint (versions serving; a write operation reloads).
 */
package dev.trustrules.spring.boot;
