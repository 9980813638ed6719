package dev.trustrules.spring.boot;

import dev.trustrules.Problem;
import dev.trustrules.ReloadResult;
import dev.trustrules.TrustPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code trustrules} actuator endpoint: {@code GET /actuator/trustrules} lists the versions serving (as
 * the info does) and the last reload; {@code POST /actuator/trustrules} reloads the rules now and answers
 * what the reload did (outcome, the version serving, the problems of a refused reload, the rules added,
 * removed and changed). Expose it over HTTP with {@code management.endpoints.web.exposure.include=trustrules}
 * and protect it as any write operation: a reload compiles the rules on disk.
 */
@Endpoint(id = "trustrules")
public final class TrustRulesEndpoint {
    private final TrustPolicy policy;
    private final PolicyStatus status;

    public TrustRulesEndpoint(TrustPolicy policy, PolicyStatus status) {
        this.policy = policy;
        this.status = status;
    }

    @ReadOperation
    public Map<String, Object> versions() {
        Map<String, Object> answer = TrustPolicyInfoContributor.describe(policy);
        PolicyStatus.Snapshot snapshot = status == null ? null : status.snapshot();
        if (snapshot != null && snapshot.lastReload() != null) {
            Map<String, Object> last = describe(snapshot.lastReload());
            last.put("at", String.valueOf(snapshot.lastReloadAt()));
            answer.put("lastReload", last);
        }
        return answer;
    }

    @WriteOperation
    public Map<String, Object> reload() {
        return describe(policy.reload());
    }

    private static Map<String, Object> describe(ReloadResult result) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("outcome", result.outcome().name());
        answer.put("serving", result.serving().toString());
        answer.put("problems", result.problems().stream().map(Problem::toString).toList());
        answer.put("added", result.added());
        answer.put("removed", result.removed());
        answer.put("changed", result.changed());
        return answer;
    }
}
