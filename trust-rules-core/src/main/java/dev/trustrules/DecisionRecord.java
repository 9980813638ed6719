package dev.trustrules;

import dev.trustrules.internal.Require;
import java.util.stream.Collectors;

/**
 * A decision with the facts it was made from: what a service records for audit, and what replays to
 * the same decision on the same policy version. The decision carries the time and the policy's
 * SHA-256; {@code TrustJson} writes and reads records as JSON.
 *
 * @param request the facts, as evaluated
 * @param decision what the policy decided
 */
public record DecisionRecord(TrustRequest request, Decision decision) {

    public DecisionRecord {
        Require.present("record.request", request);
        Require.present("record.decision", decision);
    }

    /**
     * Decides the recorded facts again, at the recorded time, on the version of {@code policy} whose
     * SHA-256 the record names. Equal to {@link #decision()} unless something outside the rules changed.
     * The policy's listeners are not told (a replay is no new decision: it writes no audit record and
     * counts in no metric); {@link #replayOn(TrustPolicy, boolean)} tells them if asked.
     *
     * @throws TrustRulesException if {@code policy} holds no version with the recorded SHA-256
     * @throws IllegalStateException if {@code policy} was closed
     */
    public Decision replayOn(TrustPolicy policy) {
        return replayOn(policy, false);
    }

    /**
     * As {@link #replayOn(TrustPolicy)}, and with {@code notifyListeners} the policy's listeners hear the
     * replayed decision (or failure) as they hear any other.
     */
    public Decision replayOn(TrustPolicy policy, boolean notifyListeners) {
        java.util.Objects.requireNonNull(policy, "policy");
        String sha = decision.policy().sha256();
        boolean held = policy.versions().stream().anyMatch(v -> v.id().sha256().equals(sha));
        if (!held) {
            throw new TrustRulesException("cannot replay: the record was decided by " + decision.policy().name() + "@"
                    + decision.policy().version() + " sha256 " + sha + ", which this policy does not hold (it holds "
                    + policy.versions().stream().map(v -> v.id().version() + " sha256 " + v.id().sha256())
                            .collect(Collectors.joining(", "))
                    + "); build a policy from the archived rule files of that version");
        }
        Decision replayed = policy.evaluate(request.at(decision.evaluatedAt()), notifyListeners);
        if (!replayed.policy().sha256().equals(sha)) {
            throw new TrustRulesException("cannot replay: the request's policy time now selects " + replayed.policy()
                    + ", not the recorded " + decision.policy());
        }
        return replayed;
    }
}
