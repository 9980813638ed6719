package dev.trustrules.internal.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.Guarantee;
import dev.trustrules.Sanction;
import dev.trustrules.internal.json.JsonErrors;
import dev.trustrules.internal.json.TrustMappers;
import dev.trustrules.json.TrustJsonException;
import dev.trustrules.scenario.Expectations;
import dev.trustrules.scenario.Expected;
import dev.trustrules.scenario.Scenario;
import dev.trustrules.scenario.ScenarioException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads scenario files (JSON or YAML: one scenario object or an array of them) through the shared
 * mappers, and compares decisions with their expectations. Behind {@link dev.trustrules.scenario.Scenarios}.
 */
public final class ScenarioFiles {
    private static final ObjectReader JSON_ONE = TrustMappers.JSON.readerFor(ScenarioDocument.class);
    private static final ObjectReader JSON_MANY = TrustMappers.JSON.readerFor(new TypeReference<List<ScenarioDocument>>() {});
    private static final ObjectReader YAML_ONE = TrustMappers.YAML.readerFor(ScenarioDocument.class);
    private static final ObjectReader YAML_MANY = TrustMappers.YAML.readerFor(new TypeReference<List<ScenarioDocument>>() {});

    private ScenarioFiles() {}

    public static boolean isScenarioFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString().toLowerCase(Locale.ROOT);
        return text.endsWith(".json") || text.endsWith(".yaml") || text.endsWith(".yml");
    }

    /** The scenarios of a file, or of every scenario file under a directory, in path order. */
    public static List<Scenario> read(Path fileOrDirectory) {
        String label = label(fileOrDirectory);
        if (!Files.exists(fileOrDirectory)) {
            throw new ScenarioException(label, "", 0, 0, "no such file or directory");
        }
        if (!Files.isDirectory(fileOrDirectory)) {
            return readFile(fileOrDirectory);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fileOrDirectory)) {
            files = walk.filter(Files::isRegularFile).filter(ScenarioFiles::isScenarioFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ScenarioException(label, "", 0, 0, "cannot be read: " + e.getMessage());
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : files) {
            scenarios.addAll(readFile(file));
        }
        return List.copyOf(scenarios);
    }

    private static String label(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static List<Scenario> readFile(Path file) {
        try {
            return read(label(file), Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new ScenarioException(label(file), "", 0, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(label(file), "", 0, 0, "permission denied");
        } catch (IOException e) {
            throw new ScenarioException(label(file), "", 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The scenarios of one scenario file given as bytes (a policy's files held in memory), named
     * {@code label} in errors; JSON when the label ends {@code .json}, else YAML.
     */
    public static List<Scenario> read(String label, byte[] content) {
        try {
            return read(label, new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new ScenarioException(label, "", 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static List<Scenario> read(String label, InputStream input) throws IOException {
        boolean yaml = !label.toLowerCase(Locale.ROOT).endsWith(".json");
        ObjectMapper mapper = yaml ? TrustMappers.YAML : TrustMappers.JSON;
        JsonParser p = null;
        try (InputStream in = input; JsonParser parser = mapper.createParser(in)) {
            p = parser;
            JsonToken first = p.nextToken();
            List<ScenarioDocument> documents;
            if (first == JsonToken.START_ARRAY) {
                documents = (yaml ? YAML_MANY : JSON_MANY).readValue(p);
            } else if (first == JsonToken.START_OBJECT) {
                documents = List.of((yaml ? YAML_ONE : JSON_ONE).<ScenarioDocument>readValue(p));
            } else {
                throw new TrustJsonException("", 1, 1, "expected a scenario object (name, given, expect) or an array of them");
            }
            if (p.nextToken() != null) {
                throw JsonErrors.at(p, "unexpected content after the end of the document");
            }
            return documents.stream().map(d -> d.toScenario(label)).toList();
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String what = (marked.getContext() == null ? "" : marked.getContext() + ": ") + marked.getProblem();
                throw new ScenarioException(label, "", marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1, "malformed YAML: " + what);
            }
            throw fromJson(label, JsonErrors.unreadable(e, yaml ? "YAML" : "JSON", p));
        } catch (TrustJsonException e) {
            throw fromJson(label, e);
        }
    }

    private static ScenarioException fromJson(String label, TrustJsonException e) {
        return new ScenarioException(label, e.path(), e.line(), e.column(), e.problem());
    }

    // --- comparing ---

    /** Where the decision differs from the expectations, as readable lines; empty when it meets them. */
    public static List<String> differences(Expectations expected, Decision decision) {
        List<String> diff = new ArrayList<>();
        if (expected.buyerTier() != null && expected.buyerTier() != decision.buyerTier()) {
            diff.add("buyerTier: expected " + expected.buyerTier() + ", actual " + decision.buyerTier());
        }
        section("guarantees", expected.guarantees(), decision.guarantees().stream().map(ScenarioFiles::item).toList(), diff);
        section("entitlements", expected.entitlements(), decision.entitlements().stream().map(ScenarioFiles::item).toList(), diff);
        section("denials", expected.denials(), decision.denials().stream().map(ScenarioFiles::item).toList(), diff);
        section("sanctions", expected.sanctions(), decision.sanctions().stream().map(ScenarioFiles::item).toList(), diff);
        return List.copyOf(diff);
    }

    /** An actual item as ordered fields; {@code rule} last, never compared. */
    private static Map<String, String> item(Guarantee g) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", g.type().name());
        m.put("reason", g.reason());
        m.put("rule", g.rule());
        return m;
    }

    private static Map<String, String> item(Entitlement e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", e.type().name());
        m.put("refundFen", Long.toString(e.refundFen()));
        m.put("payoutFen", Long.toString(e.payoutFen()));
        m.put("currency", e.currency());
        m.put("payer", e.payer().name());
        m.put("returnRequired", Boolean.toString(e.returnRequired()));
        m.put("reason", e.reason());
        m.put("rule", e.rule());
        return m;
    }

    private static Map<String, String> item(Denial d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", d.type().name());
        m.put("reason", d.reason());
        m.put("detail", d.detail());
        m.put("rule", d.rule());
        return m;
    }

    private static Map<String, String> item(Sanction s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", s.type().name());
        m.put("days", Integer.toString(s.days()));
        m.put("points", Integer.toString(s.points()));
        m.put("reason", s.reason());
        m.put("rule", s.rule());
        return m;
    }

    private static boolean matches(Expected expected, Map<String, String> actual) {
        if (!expected.type().equals(actual.get("type"))) {
            return false;
        }
        for (Map.Entry<String, String> field : expected.fields().entrySet()) {
            if (!String.valueOf(field.getValue()).equals(actual.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static void section(String name, List<Expected> expected, List<Map<String, String>> actual, List<String> diff) {
        if (expected == null) {
            return;
        }
        List<Map<String, String>> unmatched = new ArrayList<>(actual);
        List<Expected> missing = new ArrayList<>();
        for (Expected e : expected) {
            Map<String, String> found = unmatched.stream().filter(a -> matches(e, a)).findFirst().orElse(null);
            if (found == null) {
                missing.add(e);
            } else {
                unmatched.remove(found);
            }
        }
        if (missing.isEmpty() && unmatched.isEmpty()) {
            return;
        }
        diff.add(name + ":");
        for (Expected e : missing) {
            diff.add("  expected   " + e);
            Map<String, String> sameType = unmatched.stream().filter(a -> e.type().equals(a.get("type"))).findFirst()
                    .orElse(null);
            if (sameType == null) {
                diff.add("  actual     (no " + e.type() + " in the decision)");
            } else {
                diff.add("  actual     " + format(sameType) + differing(e, sameType));
                unmatched.remove(sameType);
            }
        }
        for (Map<String, String> a : unmatched) {
            diff.add("  unexpected " + format(a));
        }
    }

    private static String differing(Expected expected, Map<String, String> actual) {
        List<String> fields = new ArrayList<>();
        expected.fields().forEach((field, value) -> {
            if (!String.valueOf(value).equals(actual.get(field))) {
                fields.add(field);
            }
        });
        return fields.isEmpty() ? "" : "  <- differs in " + String.join(", ", fields);
    }

    private static String format(Map<String, String> item) {
        StringBuilder text = new StringBuilder("{");
        item.forEach((field, value) -> {
            if (text.length() > 1) {
                text.append(", ");
            }
            boolean quote = field.equals("rule") || field.equals("detail");
            text.append(field).append(": ").append(quote ? "\"" + value + "\"" : value);
        });
        return text.append('}').toString();
    }
}
