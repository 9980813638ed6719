package dev.trustrules.internal.scenario;

import dev.trustrules.internal.json.JsonFacts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Payer;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJsonException;
import dev.trustrules.scenario.Expectations;
import dev.trustrules.scenario.Expected;
import dev.trustrules.scenario.Scenario;
import dev.trustrules.scenario.ScenarioException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Reads scenario files (JSON or YAML: one scenario object or an array of them) and compares decisions
 * with their expectations. Behind {@link dev.trustrules.scenario.Scenarios}.
 */
public final class ScenarioFiles {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final List<String> SCENARIO_FIELDS = List.of("name", "description", "given", "expect");
    private static final List<String> EXPECT_FIELDS = List.of("buyerTier", "guarantees", "entitlements", "denials", "sanctions");
    private static final List<String> GUARANTEE_FIELDS = List.of("type", "reason");
    private static final List<String> ENTITLEMENT_FIELDS = List.of("type", "refundFen", "payoutFen", "currency", "payer",
            "returnRequired", "reason");
    private static final List<String> DENIAL_FIELDS = List.of("type", "reason", "detail");
    private static final List<String> SANCTION_FIELDS = List.of("type", "days", "points", "reason");

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
        boolean yaml = !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        String label = label(file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser p = yaml ? YAML.createParser(reader) : JsonFacts.parser(reader)) {
            List<Scenario> scenarios = new ArrayList<>();
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    scenarios.add(readScenario(p, label, "[" + scenarios.size() + "]."));
                }
            } else if (first == JsonToken.START_OBJECT) {
                scenarios.add(readScenario(p, label, ""));
            } else {
                throw new TrustJsonException("", 1, 1, "expected a scenario object (name, given, expect) or an array of them");
            }
            return List.copyOf(scenarios);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String what = (marked.getContext() == null ? "" : marked.getContext() + ": ") + marked.getProblem();
                throw new ScenarioException(label, "", marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1, "malformed YAML: " + what);
            }
            throw fromJson(label, JsonFacts.malformed(e, yaml ? "YAML" : "JSON"));
        } catch (TrustJsonException e) {
            throw fromJson(label, e);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(label, "", 0, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(label, "", 0, 0, "permission denied");
        } catch (IOException e) {
            throw new ScenarioException(label, "", 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static ScenarioException fromJson(String label, TrustJsonException e) {
        return new ScenarioException(label, e.path(), e.line(), e.column(), e.problem());
    }

    private static Scenario readScenario(JsonParser p, String file, String prefix) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonFacts.error(p, prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                    "expected a scenario object (name, given, expect), was " + JsonFacts.describe(p));
        }
        int line = p.currentTokenLocation().getLineNr();
        String name = null;
        TrustRequest given = null;
        BuyerTier tier = null;
        List<Expected> guarantees = null;
        List<Expected> entitlements = null;
        List<Expected> denials = null;
        List<Expected> sanctions = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String path = prefix + field;
            switch (field) {
                case "name" -> name = JsonFacts.text(p, path);
                case "description" -> JsonFacts.text(p, path);
                case "given" -> given = JsonFacts.readRequest(p, path + ".");
                case "expect" -> {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw JsonFacts.error(p, path, "expected an object with " + String.join(", ", EXPECT_FIELDS)
                                + ", was " + JsonFacts.describe(p));
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String section = p.currentName();
                        p.nextToken();
                        String at = path + "." + section;
                        switch (section) {
                            case "buyerTier" -> tier = JsonFacts.enumValue(p, at, BuyerTier.class);
                            case "guarantees" -> guarantees = items(p, at, EntitlementType.class, GUARANTEE_FIELDS);
                            case "entitlements" -> entitlements = items(p, at, EntitlementType.class, ENTITLEMENT_FIELDS);
                            case "denials" -> denials = items(p, at, EntitlementType.class, DENIAL_FIELDS);
                            case "sanctions" -> sanctions = items(p, at, SanctionType.class, SANCTION_FIELDS);
                            default -> throw JsonFacts.unknownField(p, at, EXPECT_FIELDS);
                        }
                    }
                }
                default -> throw JsonFacts.unknownField(p, path, SCENARIO_FIELDS);
            }
        }
        String where = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1) + ".";
        if (name == null || name.isBlank()) {
            throw new TrustJsonException(where + "name", line, 1, "a scenario needs a name");
        }
        if (given == null) {
            throw new TrustJsonException(where + "given", line, 1, "scenario \"" + name + "\" has no given facts");
        }
        Expectations expectations = new Expectations(tier, guarantees, entitlements, denials, sanctions);
        if (expectations.isEmpty()) {
            throw new TrustJsonException(where + "expect", line, 1, "scenario \"" + name
                    + "\" expects nothing; give expect with buyerTier, guarantees, entitlements, denials or sanctions");
        }
        return new Scenario(name, file, line, given, expectations);
    }

    private static <E extends Enum<E>> List<Expected> items(JsonParser p, String path, Class<E> typeClass,
            List<String> allowed) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonFacts.error(p, path, "expected a list, was " + JsonFacts.describe(p));
        }
        List<Expected> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + items.size() + "]";
            if (p.currentToken() == JsonToken.VALUE_STRING) { // shorthand: just the type
                items.add(new Expected(type(p, at, typeClass), Map.of()));
                continue;
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonFacts.error(p, at, "expected an object with " + String.join(", ", allowed) + ", was "
                        + JsonFacts.describe(p));
            }
            int line = p.currentTokenLocation().getLineNr();
            int column = p.currentTokenLocation().getColumnNr();
            String type = null;
            Map<String, String> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                String fieldPath = at + "." + field;
                switch (field) {
                    case "type" -> type = type(p, fieldPath, typeClass);
                    case "refundFen", "payoutFen" -> fields.put(field, Long.toString(JsonFacts.fen(p, fieldPath)));
                    case "days", "points" -> fields.put(field, Integer.toString(JsonFacts.integer(p, fieldPath)));
                    case "payer" -> fields.put(field, String.valueOf(JsonFacts.enumValue(p, fieldPath, Payer.class)));
                    case "returnRequired" -> fields.put(field, Boolean.toString(JsonFacts.bool(p, fieldPath)));
                    case "reason", "currency", "detail" -> fields.put(field, JsonFacts.text(p, fieldPath));
                    default -> throw JsonFacts.unknownField(p, fieldPath, allowed);
                }
                if (!allowed.contains(field)) {
                    throw JsonFacts.unknownField(p, fieldPath, allowed);
                }
            }
            if (type == null) {
                throw new TrustJsonException(at + ".type", line, column, "every expected item needs a type");
            }
            items.add(new Expected(type, fields));
        }
        return items;
    }

    private static <E extends Enum<E>> String type(JsonParser p, String path, Class<E> typeClass) throws IOException {
        String text = JsonFacts.text(p, path);
        for (E constant : typeClass.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return text;
            }
        }
        String kind = typeClass == SanctionType.class ? "sanction type" : "entitlement type";
        throw JsonFacts.error(p, path, "unknown " + kind + " \"" + text + "\"; expected one of " + JsonFacts.names(typeClass));
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
