package dev.trustrules.bench;

import dev.trustrules.TrustRequest;
import dev.trustrules.corpus.SyntheticCorpus;
import java.util.List;

/**
 * The requests every benchmark decides: the seeded {@link SyntheticCorpus}, the same documents
 * {@code trust-rules corpus} writes for a seed (every kind of question in turn: checkouts, claims of
 * every type, violations of every type, listings, shop applications, brands, shop reviews, with
 * amounts, scores and timings spread across the thresholds).
 */
public final class Workload {
    private Workload() {}

    public static List<TrustRequest> requests(int count, long seed) {
        return SyntheticCorpus.requests(count, seed);
    }
}
