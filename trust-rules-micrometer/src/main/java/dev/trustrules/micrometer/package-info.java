/**
 * Optional Micrometer metrics for a policy: add {@link dev.trustrules.micrometer.MicrometerTrustPolicyListener}
 * to the builder. The core library does not depend on Micrometer; this module does.
 */
package dev.trustrules.micrometer;
