package dev.trustrules;

import dev.trustrules.internal.Require;
/**
 * Which policy made a decision.
 *
 * @param name the policy's name
 * @param version the policy's version
 * @param sha256 SHA-256 of the rule files' paths and contents, in hex; equal hashes mean equal rules
 */
public record PolicyId(String name, String version, String sha256) {

    public PolicyId {
        Require.text("policy.name", name);
        Require.text("policy.version", version);
        Require.text("policy.sha256", sha256);
    }

    @Override
    public String toString() {
        return name + "@" + version + " (sha256 " + sha256.substring(0, Math.min(12, sha256.length())) + ")";
    }
}
