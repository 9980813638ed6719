package dev.trustrules.policy.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.corpus.SyntheticCorpus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic corpus ({@code trust-rules corpus}, the benchmarks' workload) on the default policy:
 * every document decides without error, as the reference oracle decides it.
 */
class SyntheticCorpusTest {

    @Test
    void should_decide_every_document_as_the_reference_oracle_when_the_corpus_holds_every_kind_of_question() {
        List<String> mismatches = new ArrayList<>();
        int documents = 200 * SyntheticCorpus.Kind.values().length;
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build()) {
            List<TrustRequest> requests = SyntheticCorpus.requests(documents, 20261201L);
            for (int i = 0; i < requests.size(); i++) {
                String difference = DifferentialCheck.compare(policy, requests.get(i), new HashSet<>());
                if (difference != null && mismatches.size() < 10) {
                    mismatches.add("document " + i + " (" + SyntheticCorpus.kindAt(i) + "): " + difference);
                }
            }
        }

        assertThat(mismatches).isEmpty();
    }
}
