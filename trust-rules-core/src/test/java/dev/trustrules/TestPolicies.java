package dev.trustrules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes small policies to a directory for engine tests. */
public final class TestPolicies {
    public static final String HEADER = """
            import dev.trustrules.*;
            import dev.trustrules.facts.*;
            import dev.trustrules.rules.*;
            """;

    private TestPolicies() {}

    /** Writes policy.properties (name=test, version=1) and each file; returns the root. */
    public static Path write(Path root, Map<String, String> files) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("policy.properties", "name=test\nversion=1\n");
        all.putAll(files);
        try {
            for (Map.Entry<String, String> file : all.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** One DRL file {@code rules/test.drl} in package {@code rules}, with the vocabulary imported. */
    public static Path withRules(Path root, String rules) {
        return write(root, Map.of("rules/test.drl", "package rules;\n" + HEADER + rules));
    }

    public static TrustPolicy build(Path root) {
        return TrustPolicy.builder().fromDirectory(root).build();
    }
}
