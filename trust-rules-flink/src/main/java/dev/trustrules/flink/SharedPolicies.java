package dev.trustrules.flink;

import dev.trustrules.TrustPolicy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The policies built in this JVM (a Flink TaskManager), one per release, shared by every parallel task
 * that decides on it: a {@link TrustPolicy} is thread-safe, so a TaskManager with many slots builds and
 * holds each release once, not once per slot. Counted: the last task to let go closes it. A release that
 * does not build is not kept: each later attempt builds it again.
 */
final class SharedPolicies {
    private static final Map<String, Shared> BUILT = new HashMap<>();

    private static final class Shared {
        final CompletableFuture<TrustPolicy> policy = new CompletableFuture<>();
        int users;
    }

    private SharedPolicies() {}

    /**
     * The release's policy, built by the first task to ask (the others wait for it).
     *
     * @throws dev.trustrules.PolicyBuildException if it does not build
     */
    static TrustPolicy acquire(PolicyRelease release) {
        String key = release.digest();
        Shared shared;
        boolean builder;
        synchronized (BUILT) {
            shared = BUILT.get(key);
            builder = shared == null;
            if (builder) {
                shared = new Shared();
                BUILT.put(key, shared);
            }
            shared.users++;
        }
        if (builder) {
            try {
                shared.policy.complete(release.build());
            } catch (RuntimeException | Error e) {
                synchronized (BUILT) {
                    BUILT.remove(key, shared);
                }
                shared.policy.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return shared.policy.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Lets go of a policy {@link #acquire(PolicyRelease) acquired}; closes it when no task uses it any more. */
    static void release(PolicyRelease release) {
        String key = release.digest();
        TrustPolicy unused = null;
        synchronized (BUILT) {
            Shared shared = BUILT.get(key);
            if (shared != null && --shared.users == 0) {
                BUILT.remove(key);
                unused = shared.policy.getNow(null);
            }
        }
        if (unused != null) {
            unused.close();
        }
    }
}
