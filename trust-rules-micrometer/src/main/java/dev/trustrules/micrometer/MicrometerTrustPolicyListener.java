package dev.trustrules.micrometer;

import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.EvaluationException;
import dev.trustrules.PolicyId;
import dev.trustrules.ReloadResult;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustPolicyListener;
import dev.trustrules.TrustRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes what a policy does to a Micrometer registry. Every meter is tagged {@code policy=<name>} (the
 * {@code name} of {@code policy.properties}), so several policies can share a registry:
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@code trustrules.evaluations}</td><td>timer</td><td>{@code policy, outcome=decided|failed}</td>
 *       <td>every evaluation and its latency</td></tr>
 *   <tr><td>{@code trustrules.entitlements}</td><td>counter</td><td>{@code policy, type, result=granted|denied}</td>
 *       <td>decisions granting or denying each entitlement type (a type denied for several reasons counts once)</td></tr>
 *   <tr><td>{@code trustrules.sanctions}</td><td>counter</td><td>{@code policy, type}</td>
 *       <td>decisions imposing each sanction type</td></tr>
 *   <tr><td>{@code trustrules.reloads}</td><td>timer</td><td>{@code policy, outcome=reloaded|unchanged|refused}</td>
 *       <td>every reload (on demand or by the watcher) and how long it took</td></tr>
 *   <tr><td>{@code trustrules.policy.serving}</td><td>gauge</td><td>{@code policy, version, sha256}</td>
 *       <td>1 for the newest version serving; the gauge of a version replaced is removed</td></tr>
 *   <tr><td>{@code trustrules.reloads.refusing}</td><td>gauge</td><td>{@code policy}</td>
 *       <td>1 while the last reload was refused (the rules on disk are not the rules serving), else 0</td></tr>
 * </table>
 *
 * <p>The counters of every entitlement and sanction type are registered (at 0) when the policy is built,
 * so a rate that falls to zero shows as zero rather than as a missing series. The {@code sha256} tag holds the
 * first 12 hex digits. Give each policy a listener of its own.
 *
 * <pre>{@code
 * TrustPolicy policy = TrustPolicy.builder().defaultPolicy()
 *         .listener(new MicrometerTrustPolicyListener(registry))
 *         .build();
 * }</pre>
 */
public final class MicrometerTrustPolicyListener implements TrustPolicyListener {
    private final MeterRegistry registry;
    private final Tags extraTags;
    private final Map<String, Meters> byPolicy = new ConcurrentHashMap<>();
    private volatile String policyName = "unknown";
    private Gauge serving;
    private PolicyId servingId;
    private final Object servingLock = new Object();

    public MicrometerTrustPolicyListener(MeterRegistry registry) {
        this(registry, Tags.empty());
    }

    /** With tags added to every meter (for example the service's region). */
    public MicrometerTrustPolicyListener(MeterRegistry registry, Iterable<Tag> extraTags) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.extraTags = Tags.of(Objects.requireNonNull(extraTags, "extraTags"));
    }

    @Override
    public void onBuilt(PolicyId serving, long nanos) {
        policyName = serving.name();
        meters(serving.name());
        showServing(serving);
    }

    @Override
    public void onDecision(TrustRequest request, Decision decision, long nanos) {
        Meters meters = meters(decision.policy().name());
        meters.decided.record(nanos, TimeUnit.NANOSECONDS);
        Set<EntitlementType> denied = null;
        for (Entitlement entitlement : decision.entitlements()) {
            meters.granted.get(entitlement.type()).increment();
        }
        for (Denial denial : decision.denials()) {
            if (denied == null) {
                denied = EnumSet.noneOf(EntitlementType.class);
            }
            if (denied.add(denial.type())) {
                meters.denied.get(denial.type()).increment();
            }
        }
        Set<SanctionType> imposed = null;
        for (Sanction sanction : decision.sanctions()) {
            if (imposed == null) {
                imposed = EnumSet.noneOf(SanctionType.class);
            }
            if (imposed.add(sanction.type())) {
                meters.sanctions.get(sanction.type()).increment();
            }
        }
    }

    @Override
    public void onEvaluationFailed(TrustRequest request, EvaluationException error, long nanos) {
        meters(policyName).failed.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void onReload(PolicyId previous, ReloadResult result, long nanos) {
        policyName = result.serving().name();
        Meters meters = meters(result.serving().name());
        switch (result.outcome()) {
            case RELOADED -> meters.reloaded.record(nanos, TimeUnit.NANOSECONDS);
            case UNCHANGED -> meters.unchanged.record(nanos, TimeUnit.NANOSECONDS);
            case REFUSED -> meters.refused.record(nanos, TimeUnit.NANOSECONDS);
        }
        meters.refusing.set(result.outcome() == ReloadResult.Outcome.REFUSED ? 1 : 0);
        showServing(result.serving());
    }

    private void showServing(PolicyId id) {
        synchronized (servingLock) {
            if (id.equals(servingId)) {
                return;
            }
            if (serving != null) {
                registry.remove(serving);
            }
            servingId = id;
            Tags tags = extraTags.and("policy", id.name(), "version", id.version(), "sha256",
                    id.sha256().substring(0, Math.min(12, id.sha256().length())));
            serving = Gauge.builder("trustrules.policy.serving", () -> 1).tags(tags)
                    .description("1 for the newest policy version serving").register(registry);
        }
    }

    private Meters meters(String policy) {
        return byPolicy.computeIfAbsent(policy, name -> new Meters(registry, extraTags.and("policy", name)));
    }

    /** The meters of one policy name. */
    private static final class Meters {
        final Timer decided;
        final Timer failed;
        final Timer reloaded;
        final Timer unchanged;
        final Timer refused;
        final AtomicInteger refusing = new AtomicInteger();
        final Map<EntitlementType, Counter> granted = new EnumMap<>(EntitlementType.class);
        final Map<EntitlementType, Counter> denied = new EnumMap<>(EntitlementType.class);
        final Map<SanctionType, Counter> sanctions = new EnumMap<>(SanctionType.class);

        Meters(MeterRegistry registry, Tags tags) {
            decided = Timer.builder("trustrules.evaluations").tags(tags).tag("outcome", "decided")
                    .description("Evaluations that returned a decision").register(registry);
            failed = Timer.builder("trustrules.evaluations").tags(tags).tag("outcome", "failed")
                    .description("Evaluations that failed (a rule threw, the rules looped, or the facts did not suit the policy)")
                    .register(registry);
            reloaded = reloads(registry, tags, "reloaded", "Reloads that swapped in new rules");
            unchanged = reloads(registry, tags, "unchanged", "Reloads that found the rules unchanged");
            refused = reloads(registry, tags, "refused", "Reloads refused; the previous rules kept serving");
            Gauge.builder("trustrules.reloads.refusing", refusing, AtomicInteger::get).tags(tags)
                    .description("1 while the last reload was refused: the rules on disk are not the rules serving")
                    .register(registry);
            for (EntitlementType type : EntitlementType.values()) {
                granted.put(type, entitlements(registry, tags, type, "granted"));
                denied.put(type, entitlements(registry, tags, type, "denied"));
            }
            for (SanctionType type : SanctionType.values()) {
                sanctions.put(type, Counter.builder("trustrules.sanctions").tags(tags).tag("type", type.name())
                        .description("Decisions imposing this sanction").register(registry));
            }
        }

        private static Timer reloads(MeterRegistry registry, Tags tags, String outcome, String description) {
            return Timer.builder("trustrules.reloads").tags(tags).tag("outcome", outcome).description(description)
                    .register(registry);
        }

        private static Counter entitlements(MeterRegistry registry, Tags tags, EntitlementType type, String result) {
            return Counter.builder("trustrules.entitlements").tags(tags).tag("type", type.name()).tag("result", result)
                    .description("Decisions granting or denying this entitlement").register(registry);
        }
    }
}
