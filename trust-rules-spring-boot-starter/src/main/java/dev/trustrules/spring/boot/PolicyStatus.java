package dev.trustrules.spring.boot;

import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import dev.trustrules.ReloadResult;
import dev.trustrules.TrustPolicyListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the auto-configured policy went through: when it was built and how long that took, and the last
 * reload. The health indicator reads it: a policy whose last reload was refused is {@code DEGRADED} (the
 * rules on disk are not the rules serving) until a reload succeeds or finds the rules unchanged.
 */
public final class PolicyStatus implements TrustPolicyListener {
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(null, null, null, null, null);

    public PolicyStatus() {
        this(Clock.systemUTC());
    }

    PolicyStatus(Clock clock) {
        this.clock = clock;
    }

    /**
     * One consistent view.
     *
     * @param builtAt when the policy was built, or {@code null} before
     * @param buildTime how long building it took, or {@code null} before
     * @param lastReload the last reload's result, or {@code null} if none yet
     * @param lastReloadAt when it finished, or {@code null}
     * @param refusedSince when the first of the refused reloads since the last good one finished, or {@code null}
     *     while not refusing
     */
    public record Snapshot(Instant builtAt, Duration buildTime, ReloadResult lastReload, Instant lastReloadAt,
            Instant refusedSince) {
        /** Whether the last reload was refused: changed rules wait, the last good version serves. */
        public boolean refusing() {
            return lastReload != null && lastReload.outcome() == ReloadResult.Outcome.REFUSED;
        }

        /** The problems of the refused reload, or none. */
        public List<Problem> problems() {
            return refusing() ? lastReload.problems() : List.of();
        }
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public void onBuilt(PolicyId serving, long nanos) {
        snapshot = new Snapshot(clock.instant(), Duration.ofNanos(nanos), null, null, null);
    }

    @Override
    public synchronized void onReload(PolicyId previous, ReloadResult result, long nanos) {
        Snapshot before = snapshot;
        Instant now = clock.instant();
        Instant refusedSince = result.outcome() != ReloadResult.Outcome.REFUSED ? null
                : before.refusedSince() != null ? before.refusedSince() : now;
        snapshot = new Snapshot(before.builtAt(), before.buildTime(), result, now, refusedSince);
    }
}
