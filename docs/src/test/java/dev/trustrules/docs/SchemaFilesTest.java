package dev.trustrules.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.trustrules.Decision;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.corpus.SyntheticCorpus;
import dev.trustrules.json.TrustJson;
import dev.trustrules.json.TrustJsonException;
import dev.trustrules.json.TrustSchema;
import dev.trustrules.scenario.Scenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON Schemas checked in under {@code docs/schema/} are the ones the code generates (so a change to
 * the form shows in review), and they hold for the repository's own documents: every fact document,
 * corpus line and scenario file the readers take, the schema takes, and every one they refuse (the bad
 * fixtures of the tests) it refuses; every decision the default policy makes on them and on the
 * synthetic corpus, with and without its explanation, validates.
 */
class SchemaFilesTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path CHECKED_IN = Path.of("schema");
    private static final Set<String> FACTS = Set.of("evaluatedAt", "order", "buyer", "shop", "claim", "violation", "listing",
            "application", "brand", "creator", "shopScores", "reports");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final TrustPolicy POLICY = TrustPolicy.builder().defaultPolicy().build();

    @AfterAll
    static void close() {
        POLICY.close();
    }

    @TestFactory
    Stream<DynamicTest> should_be_the_generated_schema_when_checked_in_under_docs_schema() {
        return Stream.of(TrustSchema.values()).map(schema -> dynamicTest(schema.fileName(), () -> {
            Path file = CHECKED_IN.resolve(schema.fileName());
            String checkedIn = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (!checkedIn.equals(schema.json())) {
                Path generated = Files.createDirectories(Path.of("target", "schema")).resolve(schema.fileName());
                Files.writeString(generated, schema.json(), StandardCharsets.UTF_8);
                assertThat(checkedIn).as("docs/schema/" + schema.fileName() + " is not the schema the code generates: review "
                        + "docs/" + generated + " and copy it over (or run: trust-rules schema "
                        + schema.name().toLowerCase(Locale.ROOT) + " > docs/schema/" + schema.fileName() + ")")
                        .isEqualTo(schema.json());
            }
        }));
    }

    @Test
    void should_give_the_readers_verdict_on_every_fact_document_and_corpus_line_of_the_repository() throws IOException {
        Schema facts = schema(TrustSchema.FACTS);
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (Path file : files(".json", ".jsonl")) {
            boolean lines = file.toString().endsWith(".jsonl");
            List<String> documents = lines ? Files.readAllLines(file) : List.of(Files.readString(file));
            for (int i = 0; i < documents.size(); i++) {
                String document = documents.get(i);
                if (document.isBlank() || !isFactDocument(document)) {
                    continue;
                }
                checked++;
                String refusal = refusal(document);
                List<String> problems = problems(facts, document, InputFormat.JSON);
                if ((refusal == null) != problems.isEmpty()) {
                    disagreements.add(REPOSITORY.relativize(file) + (lines ? ":" + (i + 1) : "") + ": the reader "
                            + (refusal == null ? "takes it" : "refuses it (" + refusal + ")") + ", the schema "
                            + (problems.isEmpty() ? "takes it" : "refuses it " + problems));
                }
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(checked).as("fact documents and corpus lines found").isGreaterThan(20);
    }

    @Test
    void should_give_the_readers_verdict_on_every_scenario_file_of_the_repository() throws IOException {
        Schema scenarios = schema(TrustSchema.SCENARIO);
        List<String> disagreements = new ArrayList<>();
        List<Path> found = new ArrayList<>();
        for (Path file : files(".yaml", ".yml", ".json")) {
            boolean yaml = !file.toString().endsWith(".json");
            if (yaml ? !file.toString().contains("scenarios") : !isScenario(Files.readString(file))) {
                continue;
            }
            found.add(file);
            String refusal;
            try {
                Scenarios.read(file);
                refusal = null;
            } catch (TrustJsonException e) {
                refusal = e.getMessage();
            }
            List<String> problems = problems(scenarios, Files.readString(file), yaml ? InputFormat.YAML : InputFormat.JSON);
            if ((refusal == null) != problems.isEmpty()) {
                disagreements.add(REPOSITORY.relativize(file) + ": the reader " + (refusal == null ? "takes it" : "refuses it ("
                        + refusal + ")") + ", the schema " + (problems.isEmpty() ? "takes it" : "refuses it " + problems));
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(found).as("scenario files found").hasSizeGreaterThan(5);
    }

    @Test
    void should_validate_every_decision_of_the_default_policy_with_and_without_its_explanation() throws IOException {
        Schema decisions = schema(TrustSchema.DECISION);
        List<TrustRequest> requests = new ArrayList<>(SyntheticCorpus.requests(SyntheticCorpus.Kind.values().length * 60, 5));
        for (Path file : files(".json", ".jsonl")) {
            for (String document : file.toString().endsWith(".jsonl") ? Files.readAllLines(file) : List.of(Files.readString(file))) {
                if (!document.isBlank() && isFactDocument(document) && refusal(document) == null) {
                    requests.add(TrustJson.readRequest(document));
                }
            }
        }
        List<String> invalid = new ArrayList<>();
        for (TrustRequest request : requests) {
            Decision decision = POLICY.evaluate(request);
            for (String written : List.of(TrustJson.writeDecision(decision), TrustJson.writeExplainedDecision(decision),
                    TrustJson.writeDecisionLine(decision))) {
                List<String> problems = problems(decisions, written, InputFormat.JSON);
                if (!problems.isEmpty() && invalid.size() < 5) {
                    invalid.add(problems + "\n" + written);
                }
            }
        }

        assertThat(invalid).isEmpty();
    }

    // --- the repository's documents ---

    /** The repository's files with these endings, outside build output and version control, in path order. */
    private static List<Path> files(String... endings) throws IOException {
        try (Stream<Path> walk = Files.walk(REPOSITORY)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> Stream.of(endings).anyMatch(e -> f.getFileName().toString().endsWith(e)))
                    .filter(f -> Stream.of(REPOSITORY.relativize(f).toString().replace('\\', '/').split("/"))
                            .noneMatch(part -> part.equals("target") || part.startsWith(".") || part.equals("node_modules")))
                    .sorted().toList();
        }
    }

    /** Whether the text is a JSON object naming a fact (a malformed one counts: the schema must refuse it too). */
    private static boolean isFactDocument(String text) {
        JsonNode node = tree(text);
        if (node == null) {
            return FACTS.stream().anyMatch(fact -> text.contains("\"" + fact + "\""));
        }
        if (!node.isObject()) {
            return false;
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().anyMatch(FACTS::contains) && !names.contains("given") && !names.contains("policy");
    }

    private static boolean isScenario(String text) {
        JsonNode node = tree(text);
        return node != null && (node.has("given") || node.isArray() && node.size() > 0 && node.get(0).has("given"));
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String refusal(String document) {
        try {
            TrustJson.readRequest(document);
            return null;
        } catch (TrustJsonException e) {
            return e.getMessage();
        }
    }

    private static Schema schema(TrustSchema schema) throws IOException {
        return REGISTRY.getSchema(Files.readString(CHECKED_IN.resolve(schema.fileName()), StandardCharsets.UTF_8), InputFormat.JSON);
    }

    /** What the schema finds wrong; a document that is not JSON (or YAML) at all is wrong too. */
    private static List<String> problems(Schema schema, String document, InputFormat format) {
        try {
            return schema.validate(document, format).stream().map(Error::toString).toList();
        } catch (RuntimeException e) {
            return List.of("unreadable: " + e.getMessage());
        }
    }
}
