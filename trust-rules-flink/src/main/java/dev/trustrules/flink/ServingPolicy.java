package dev.trustrules.flink;

import dev.trustrules.Decision;
import dev.trustrules.DecisionRecord;
import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJsonException;
import java.util.function.Consumer;

/** A release and the policy built from it (shared within the TaskManager), deciding the records of one task. */
final class ServingPolicy implements AutoCloseable {
    private final PolicyRelease release;
    private final TrustPolicy policy;

    private ServingPolicy(PolicyRelease release, TrustPolicy policy) {
        this.release = release;
        this.policy = policy;
    }

    /**
     * The release's policy, built in this TaskManager by the first task that needs it and shared by the
     * others ({@link SharedPolicies}).
     *
     * @throws dev.trustrules.PolicyBuildException with every problem if it does not build
     */
    static ServingPolicy build(PolicyRelease release) {
        return new ServingPolicy(release, SharedPolicies.acquire(release));
    }

    PolicyRelease release() {
        return release;
    }

    /**
     * The record decided, or {@code null} after handing {@code failures} the reason it was not: unreadable
     * facts or a failed evaluation. Nothing is dropped.
     */
    <IN> DecisionRecord decide(IN record, FactInput<IN> input, Consumer<DecisionFailure> failures) {
        TrustRequest request;
        try {
            request = input.read(record);
        } catch (TrustJsonException e) {
            failures.accept(new DecisionFailure(input.text(record), "unreadable: " + e.getMessage(), release.label()));
            return null;
        } catch (IllegalArgumentException e) {
            failures.accept(new DecisionFailure(input.text(record), "invalid facts: " + e.getMessage(), release.label()));
            return null;
        }
        Decision decision;
        try {
            decision = policy.evaluate(request);
        } catch (EvaluationException e) {
            failures.accept(new DecisionFailure(input.text(record), "evaluation failed: " + e.getMessage(), release.label()));
            return null;
        }
        return new DecisionRecord(request, decision);
    }

    @Override
    public void close() {
        SharedPolicies.release(release);
    }
}
