package dev.trustrules.cli.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.trustrules.BuyerTier;
import dev.trustrules.EntitlementType;
import dev.trustrules.Payer;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustRequest;
import dev.trustrules.internal.JsonFacts;
import dev.trustrules.json.TrustJsonException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads scenario files, JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}): one scenario object
 * or an array of them. Every error names the file, line and column.
 */
final class ScenarioReader {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final List<String> SCENARIO_FIELDS = List.of("name", "description", "given", "expect");
    private static final List<String> EXPECT_FIELDS = List.of("buyerTier", "guarantees", "entitlements", "denials", "sanctions");
    private static final List<String> GUARANTEE_FIELDS = List.of("type", "reason");
    private static final List<String> ENTITLEMENT_FIELDS = List.of("type", "refundFen", "payoutFen", "currency", "payer",
            "returnRequired", "reason");
    private static final List<String> DENIAL_FIELDS = List.of("type", "reason", "detail");
    private static final List<String> SANCTION_FIELDS = List.of("type", "days", "points", "reason");

    private ScenarioReader() {}

    static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    static List<Scenario> read(Path file) {
        boolean yaml = !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        String label = file.toString().replace('\\', '/');
        try (Reader reader = Inputs.open(file);
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
            return scenarios;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String what = (marked.getContext() == null ? "" : marked.getContext() + ": ") + marked.getProblem();
                throw CliException.badInput(label + ": " + new TrustJsonException("", marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1, "malformed YAML: " + what).getMessage());
            }
            throw CliException.badInput(label + ": " + JsonFacts.malformed(e, yaml ? "YAML" : "JSON").getMessage());
        } catch (TrustJsonException e) {
            throw CliException.badInput(label + ": " + e.getMessage());
        } catch (IOException e) {
            throw CliException.badInput(label + ": cannot be read: " + e.getMessage());
        }
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
        List<Scenario.Expected> guarantees = null;
        List<Scenario.Expected> entitlements = null;
        List<Scenario.Expected> denials = null;
        List<Scenario.Expected> sanctions = null;
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
        if (tier == null && guarantees == null && entitlements == null && denials == null && sanctions == null) {
            throw new TrustJsonException(where + "expect", line, 1, "scenario \"" + name
                    + "\" expects nothing; give expect with buyerTier, guarantees, entitlements, denials or sanctions");
        }
        return new Scenario(name, file, line, given, tier, guarantees, entitlements, denials, sanctions);
    }

    private static <E extends Enum<E>> List<Scenario.Expected> items(JsonParser p, String path, Class<E> typeClass,
            List<String> allowed) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonFacts.error(p, path, "expected a list, was " + JsonFacts.describe(p));
        }
        List<Scenario.Expected> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + items.size() + "]";
            if (p.currentToken() == JsonToken.VALUE_STRING) { // shorthand: just the type
                items.add(new Scenario.Expected(type(p, at, typeClass), Map.of()));
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
            items.add(new Scenario.Expected(type, fields));
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
}
