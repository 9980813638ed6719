package dev.trustrules;

import dev.trustrules.internal.Require;
import java.time.Instant;

/**
 * One version of a policy set and the moment it takes effect. An order is judged under the version in
 * force when it was paid; a request without an order under the version in force at its evaluation time.
 *
 * @param id the version's name, version and SHA-256
 * @param effectiveFrom when it takes effect, or {@code null} for the base version, in force since always
 */
public record PolicyVersion(PolicyId id, Instant effectiveFrom) {
    public PolicyVersion {
        Require.present("policyVersion.id", id);
    }
}
