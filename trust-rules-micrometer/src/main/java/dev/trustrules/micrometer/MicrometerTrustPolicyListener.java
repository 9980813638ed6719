package dev.trustrules.micrometer;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import dev.trustrules.TrustPolicyListener;
import dev.trustrules.TrustRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Publishes what a policy does to a Micrometer registry:
 *
 * <ul>
 *   <li>{@code trustrules.evaluations} (timer), tagged {@code outcome=decided|failed}: count and latency;
 *   <li>{@code trustrules.reloads} (counter), tagged {@code outcome=reloaded|refused}.
 * </ul>
 *
 * <pre>{@code
 * TrustPolicy policy = TrustPolicy.builder().defaultPolicy()
 *         .listener(new MicrometerTrustPolicyListener(registry))
 *         .build();
 * }</pre>
 */
public final class MicrometerTrustPolicyListener implements TrustPolicyListener {
    private final Timer decided;
    private final Timer failed;
    private final Counter reloaded;
    private final Counter refused;

    public MicrometerTrustPolicyListener(MeterRegistry registry) {
        this.decided = Timer.builder("trustrules.evaluations").tag("outcome", "decided")
                .description("Evaluations that returned a decision").register(registry);
        this.failed = Timer.builder("trustrules.evaluations").tag("outcome", "failed")
                .description("Evaluations that failed (a rule threw, the rules looped, or the facts did not suit the policy)")
                .register(registry);
        this.reloaded = Counter.builder("trustrules.reloads").tag("outcome", "reloaded")
                .description("New rule versions swapped in").register(registry);
        this.refused = Counter.builder("trustrules.reloads").tag("outcome", "refused")
                .description("Changed rule versions refused; the previous one kept serving").register(registry);
    }

    @Override
    public void onDecision(TrustRequest request, Decision decision, long nanos) {
        decided.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void onEvaluationFailed(TrustRequest request, EvaluationException error, long nanos) {
        failed.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void onReloaded(PolicyId previous, PolicyId current) {
        reloaded.increment();
    }

    @Override
    public void onReloadRefused(PolicyId serving, List<Problem> problems) {
        refused.increment();
    }
}
