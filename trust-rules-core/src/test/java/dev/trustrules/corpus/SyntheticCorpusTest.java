package dev.trustrules.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.TrustRequest;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.json.TrustJson;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    @Test
    void should_give_the_same_documents_in_the_same_order_when_the_seed_is_the_same() {
        assertThat(SyntheticCorpus.requests(200, 42)).isEqualTo(SyntheticCorpus.requests(200, 42));
        assertThat(SyntheticCorpus.stream(42).limit(200).toList()).isEqualTo(SyntheticCorpus.requests(200, 42));
    }

    @Test
    void should_start_with_the_shorter_corpus_when_a_longer_one_has_the_same_seed() {
        assertThat(SyntheticCorpus.requests(500, 7).subList(0, 120)).isEqualTo(SyntheticCorpus.requests(120, 7));
    }

    @Test
    void should_give_other_documents_when_the_seed_differs() {
        assertThat(SyntheticCorpus.requests(50, 1)).isNotEqualTo(SyntheticCorpus.requests(50, 2));
    }

    @Test
    void should_hold_every_claim_type_and_violation_type_when_it_has_one_document_of_each_kind() {
        List<TrustRequest> requests = SyntheticCorpus.requests(SyntheticCorpus.Kind.values().length, 3);

        Set<ClaimType> claims = requests.stream().filter(r -> r.claim() != null).map(r -> r.claim().type())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClaimType.class)));
        Set<ViolationType> violations = requests.stream().filter(r -> r.violation() != null).map(r -> r.violation().type())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ViolationType.class)));

        assertThat(claims).containsExactlyInAnyOrder(ClaimType.values());
        assertThat(violations).containsExactlyInAnyOrder(ViolationType.values());
        assertThat(requests).filteredOn(r -> r.listing() != null).hasSize(2);
        assertThat(requests).filteredOn(r -> r.listing() != null && r.reports() != null).hasSize(1);
        assertThat(requests).filteredOn(r -> r.creator() != null).hasSize(2);
        assertThat(requests).filteredOn(r -> r.violation() != null && r.violation().creatorId() != null).hasSize(1);
        assertThat(requests).filteredOn(r -> r.shopScores() != null).hasSize(1);
        assertThat(requests).filteredOn(r -> r.application() != null).hasSize(1);
        assertThat(requests).filteredOn(r -> r.brand() != null).hasSize(1);
        assertThat(requests).filteredOn(r -> r.order() != null && r.claim() == null).hasSize(2);
        assertThat(SyntheticCorpus.kindAt(0)).isEqualTo(SyntheticCorpus.Kind.CHECKOUT);
    }

    @Test
    void should_read_back_every_line_to_an_equal_request_when_written_as_json_lines() throws IOException {
        StringBuilder out = new StringBuilder();
        SyntheticCorpus.writeJsonLines(out, 1_000, 9);

        String[] lines = out.toString().split("\n", -1);
        List<TrustRequest> expected = SyntheticCorpus.requests(1_000, 9);

        assertThat(lines).hasSize(1_001);
        assertThat(lines[1_000]).isEmpty();
        for (int i = 0; i < 1_000; i++) {
            assertThat(lines[i]).doesNotContain("\n", "\r").startsWith("{\"evaluatedAt\":");
            assertThat(TrustJson.readRequest(lines[i])).isEqualTo(expected.get(i));
        }
    }

    @Test
    void should_refuse_a_negative_count() {
        assertThatThrownBy(() -> SyntheticCorpus.requests(-1, 1)).hasMessage("count must be >= 0, was -1");
        assertThatThrownBy(() -> SyntheticCorpus.writeJsonLines(new StringBuilder(), -1, 1)).hasMessage("count must be >= 0, was -1");
    }
}
