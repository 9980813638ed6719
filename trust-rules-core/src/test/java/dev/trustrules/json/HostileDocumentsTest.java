package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.trustrules.DecisionRecord;
import dev.trustrules.scenario.ScenarioException;
import dev.trustrules.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile decisions, records and scenario files (requests: {@link HostileJsonTest}): whatever the
 * document, reading it gives a value or a {@link TrustJsonException} (a {@link ScenarioException} for a
 * scenario file), never another exception or a stack overflow, and never hangs.
 */
class HostileDocumentsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String DEEP_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String DEEP_OBJECTS = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

    @TempDir
    Path dir;

    static final String RECORD = TrustJson.writeRecord(new DecisionRecord(TrustJson.readRequest(JsonSamples.request().json()),
            TrustJson.readDecision(JsonSamples.decision().json())));

    @Test
    void should_refuse_without_overflowing_the_stack_when_a_decision_or_record_nests_10000_levels() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (String deep : new String[] {DEEP_ARRAYS, DEEP_OBJECTS}) {
                assertThatThrownBy(() -> TrustJson.readDecision(deep)).isInstanceOf(TrustJsonException.class);
                assertThatThrownBy(() -> TrustJson.readDecision(JsonSamples.decision().with("guarantees", null, deep).json()))
                        .isInstanceOf(TrustJsonException.class);
                assertThatThrownBy(() -> TrustJson.readRecord("{\"request\": " + deep + "}")).isInstanceOf(TrustJsonException.class);
                assertThatThrownBy(() -> TrustJson.readRequest(JsonSamples.request().with("order", "guarantees", deep).json()))
                        .isInstanceOf(TrustJsonException.class);
            }
        });
    }

    @Test
    void should_refuse_without_overflowing_the_stack_when_a_scenario_file_nests_10000_levels() throws IOException {
        Path json = Files.writeString(dir.resolve("deep.json"), "{\"name\": \"x\", \"given\": " + DEEP_OBJECTS + "}");
        Path yaml = Files.writeString(dir.resolve("deep.yaml"), "name: x\ngiven: " + DEEP_ARRAYS + "\n");
        Path flow = Files.writeString(dir.resolve("flow.yaml"), "name: x\ngiven: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n");

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (Path file : new Path[] {json, yaml, flow}) {
                assertThatThrownBy(() -> Scenarios.read(file)).as(file.toString()).isInstanceOf(ScenarioException.class);
            }
        });
    }

    @Test
    void should_refuse_an_alias_bomb_when_a_yaml_scenario_multiplies_anchors() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        Path file = Files.writeString(dir.resolve("bomb.yaml"), yaml.toString());

        assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThatThrownBy(() -> Scenarios.read(file)).isInstanceOf(ScenarioException.class));
    }

    @Test
    void should_refuse_naming_the_field_when_numbers_are_huge_in_a_decision() {
        String json = JsonSamples.decision().json();

        assertThatThrownBy(() -> TrustJson.readDecision(json.replace("\"days\": 14", "\"days\": 1e400")))
                .isInstanceOf(TrustJsonException.class).hasMessageStartingWith("sanctions[0].days: expected an integer, was 1e400 ");
        assertThatThrownBy(() -> TrustJson.readDecision(json.replace("\"payoutFen\": 199000", "\"payoutFen\": 99999999999999999999")))
                .isInstanceOf(TrustJsonException.class)
                .hasMessageStartingWith("entitlements[0].payoutFen: expected an amount in fen that fits a long, was 99999999999999999999 ");
        assertThatThrownBy(() -> TrustJson.readDecision(json.replace("\"payoutFen\": 199000", "\"payoutFen\": " + "9".repeat(100_000))))
                .isInstanceOf(TrustJsonException.class).hasMessageStartingWith("entitlements[0].payoutFen: refused: Number value length");
    }

    @Test
    void should_refuse_or_read_without_hanging_when_strings_in_a_decision_are_megabytes_long() {
        String huge = "x".repeat(8 << 20);
        String json = JsonSamples.decision().json();

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThat(TrustJson.readDecision(json.replace("\"none\"", "\"" + huge + "\"")).denials().get(0).detail()).hasSize(8 << 20);
            assertThatThrownBy(() -> TrustJson.readDecision(json.replace("\"SHOP\"", "\"" + huge + "\"")))
                    .isInstanceOf(TrustJsonException.class).hasMessageStartingWith("entitlements[0].payer: unknown Payer \"xxxx")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
        });
    }

    @Provide
    Arbitrary<String> mutatedRecords() {
        return Arbitraries.randomValue(HostileDocumentsTest::mutate).withoutEdgeCases();
    }

    static String mutate(Random r) {
        String source = RECORD;
        StringBuilder s = new StringBuilder(source);
        String[] junk = {"null", "-1", "1e400", "9223372036854775808", "\"NOT_AN_ENUM\"", "\"\"", "[]", "{}", "true", "1.5",
            "\"1999-12-31T23:59:59+08:00\"", "\"2026-13-45T99:99:99Z\"", "{\"x\":", "]", "\uD800", "NaN"};
        for (int i = 0, edits = 1 + r.nextInt(3); i < edits; i++) {
            int at = r.nextInt(s.length() + 1);
            switch (r.nextInt(4)) {
                case 0 -> s.setLength(at);
                case 1 -> s.insert(at, junk[r.nextInt(junk.length)]);
                case 2 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, (char) (32 + r.nextInt(95)));
                    }
                }
            }
        }
        return s.toString();
    }

    @Property(tries = 3_000, seed = "20261202", shrinking = ShrinkingMode.OFF)
    void should_read_or_refuse_with_a_clear_error_when_a_record_is_mutated(@ForAll("mutatedRecords") String json) {
        try {
            DecisionRecord record = TrustJson.readRecord(json);
            assertThat(TrustJson.readRecord(TrustJson.writeRecord(record))).isEqualTo(record);
        } catch (TrustJsonException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(1_000);
        }
    }
}
