package dev.trustrules.spring.boot;

import dev.trustrules.PolicyVersion;
import dev.trustrules.TrustPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * The policy under {@code trust-rules} in {@code /actuator/info}: its name, and for every version serving
 * its version, SHA-256 (of the rule files, as decisions name it), when it takes effect and its rule count.
 */
public final class TrustPolicyInfoContributor implements InfoContributor {
    private final TrustPolicy policy;

    public TrustPolicyInfoContributor(TrustPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("trust-rules", describe(policy));
    }

    /** The policy as the info and the endpoint show it. */
    static Map<String, Object> describe(TrustPolicy policy) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", policy.id().name());
        info.put("serving", policy.id().version());
        info.put("sha256", policy.id().sha256());
        List<Map<String, Object>> versions = new ArrayList<>();
        for (PolicyVersion version : policy.versions()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("version", version.id().version());
            one.put("sha256", version.id().sha256());
            one.put("effectiveFrom", version.effectiveFrom() == null ? "always" : version.effectiveFrom().toString());
            one.put("rules", policy.ruleNames(version.id()).size());
            versions.add(one);
        }
        info.put("versions", versions);
        return info;
    }
}
