package dev.trustrules.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON test document built field by field, one top-level entry per line, so that a test can drop a
 * field or null it and know the line and column its error must name.
 */
final class JsonDocument {
    private final Map<String, Object> entries = new LinkedHashMap<>();

    /** A top-level entry whose value is raw JSON ({@code "\"2026-...\""}, {@code "[]"}). */
    JsonDocument raw(String key, String json) {
        entries.put(key, json);
        return this;
    }

    /** A top-level entry whose value is an object of raw JSON fields, in order. */
    JsonDocument object(String key, Map<String, String> fields) {
        entries.put(key, new LinkedHashMap<>(fields));
        return this;
    }

    /** The same document without one field of one object entry (or without the entry, for a null field). */
    JsonDocument without(String key, String field) {
        JsonDocument copy = copy();
        if (field == null) {
            copy.entries.remove(key);
        } else {
            copy.fields(key).remove(field);
        }
        return copy;
    }

    /** The same document with one field of one object entry set to raw JSON. */
    JsonDocument with(String key, String field, String json) {
        JsonDocument copy = copy();
        if (field == null) {
            copy.entries.put(key, json);
        } else {
            copy.fields(key).put(field, json);
        }
        return copy;
    }

    @SuppressWarnings("unchecked") // object entries are only ever LinkedHashMap<String, String>
    private Map<String, String> fields(String key) {
        return (Map<String, String>) entries.get(key);
    }

    private JsonDocument copy() {
        JsonDocument copy = new JsonDocument();
        entries.forEach((key, value) -> copy.entries.put(key,
                value instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : value));
        return copy;
    }

    /** The 1-based line of a top-level entry. */
    int line(String key) {
        return new ArrayList<>(entries.keySet()).indexOf(key) + 1;
    }

    /** The 1-based column of the opening brace of an object entry. */
    int objectColumn(String key) {
        String line = lines().get(line(key) - 1);
        return line.indexOf('{', line.indexOf("\"" + key + "\"")) + 1;
    }

    /** The 1-based column of a field's value in an object entry. */
    int valueColumn(String key, String field) {
        String line = lines().get(line(key) - 1);
        int name = line.indexOf("\"" + field + "\": ", line.indexOf("\"" + key + "\""));
        return name + field.length() + 5;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            String value;
            if (e.getValue() instanceof Map<?, ?> map) {
                List<String> fields = new ArrayList<>();
                map.forEach((name, json) -> fields.add("\"" + name + "\": " + json));
                value = "{" + String.join(", ", fields) + "}";
            } else {
                value = (String) e.getValue();
            }
            lines.add((lines.isEmpty() ? "{" : " ") + "\"" + e.getKey() + "\": " + value);
        }
        return lines;
    }

    String json() {
        return String.join(",\n", lines()) + "}";
    }

    @Override
    public String toString() {
        return json();
    }
}
