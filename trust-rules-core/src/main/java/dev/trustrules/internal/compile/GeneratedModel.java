package dev.trustrules.internal.compile;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One version compiled to the Drools executable model: Java classes, not yet loaded.
 *
 * @param classes every class file by internal name ({@code guarantees/RulesABC})
 * @param models the classes implementing {@code org.drools.model.Model}, one per DRL package, by binary name
 */
public record GeneratedModel(Map<String, byte[]> classes, List<String> models) {
    public GeneratedModel {
        classes = java.util.Collections.unmodifiableMap(new TreeMap<>(classes));
        models = List.copyOf(models);
    }
}
