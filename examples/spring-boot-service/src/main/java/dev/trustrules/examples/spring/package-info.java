/**
 * A Spring Boot claim desk on trust-rules: the starter builds the policy from {@code trust-rules.*}
 * properties; {@link dev.trustrules.examples.spring.DecisionController} decides fact documents posted as
 * JSON; the actuator shows its health, info, metrics and the {@code trustrules} endpoint.
 */
package dev.trustrules.examples.spring;
