package dev.trustrules.spring.boot;

import dev.trustrules.Problem;
import dev.trustrules.TrustPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The policy's health, as {@code trustPolicy} in {@code /actuator/health}:
 *
 * <ul>
 *   <li>{@code UP} while it serves, with the version serving and the last reload;
 *   <li>{@code DEGRADED} while changed rules are being refused (the last reload was refused: the rules on disk
 *       are not the rules serving), with the reason: the number of problems, the first ones as
 *       {@code file:line:column: message}, and since when. The last good version keeps serving, so
 *       {@code DEGRADED} does not take the instance out of service: Spring Boot leaves a status it does not
 *       know out of the aggregate; add it to {@code management.endpoint.health.status.order} to change that;
 *   <li>{@code OUT_OF_SERVICE} once the policy is closed.
 * </ul>
 */
public final class TrustPolicyHealthIndicator implements HealthIndicator {
    /** Changed rules are refused; the last good version keeps serving. */
    public static final Status DEGRADED = new Status("DEGRADED", "changed rules were refused; the last good version keeps serving");
    static final int PROBLEMS_SHOWN = 5;

    private final TrustPolicy policy;
    private final PolicyStatus status;

    public TrustPolicyHealthIndicator(TrustPolicy policy, PolicyStatus status) {
        this.policy = policy;
        this.status = status;
    }

    @Override
    public Health health() {
        if (policy.isClosed()) {
            return Health.outOfService().withDetail("serving", "nothing: the policy was closed").build();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("serving", policy.id().toString());
        details.put("versions", policy.versions().size());
        PolicyStatus.Snapshot snapshot = status == null ? null : status.snapshot();
        if (snapshot != null && snapshot.lastReload() != null) {
            details.put("lastReload", snapshot.lastReload().outcome().name());
            details.put("lastReloadAt", String.valueOf(snapshot.lastReloadAt()));
        }
        if (snapshot == null || !snapshot.refusing()) {
            return Health.up().withDetails(details).build();
        }
        details.put("refusedSince", String.valueOf(snapshot.refusedSince()));
        details.put("problemCount", snapshot.problems().size());
        details.put("problems", snapshot.problems().stream().limit(PROBLEMS_SHOWN).map(Problem::toString).toList());
        return Health.status(DEGRADED).withDetails(details).build();
    }
}
