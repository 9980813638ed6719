package dev.trustrules.internal.load;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import dev.trustrules.rules.Amounts;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Splits the files under a policy root into its versions.
 *
 * <pre>
 * root/
 *   policy.properties                  name=, version=, currency= (CNY), effectiveFrom= (optional)
 *   guarantees/..., buyers/...         the base version's rule files
 *   versions/2026-12-01/
 *     version.properties               version=, effectiveFrom=2026-12-01T00:00:00+08:00, remove= (optional)
 *     guarantees/refund-without-return.drl   replaces the file of the same path
 * </pre>
 *
 * Each version is the base overlaid, in order of {@code effectiveFrom}, by every version folder up to
 * and including it: a file replaces the file of the same path, {@code remove} lists paths to drop.
 */
final class PolicySets {
    static final String VERSIONS = "versions/";
    static final String VERSION_MANIFEST = "version.properties";

    private PolicySets() {}

    static List<PolicySource> split(String origin, Map<String, byte[]> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, byte[]> base = new TreeMap<>();
        Map<String, Map<String, byte[]>> overlays = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.startsWith(VERSIONS)) {
                int slash = path.indexOf('/', VERSIONS.length());
                if (slash > 0) {
                    overlays.computeIfAbsent(path.substring(VERSIONS.length(), slash), k -> new TreeMap<>())
                            .put(path.substring(slash + 1), content);
                }
            } else {
                base.put(path, content);
            }
        });

        Properties manifest = properties(PolicySource.MANIFEST, base.get(PolicySource.MANIFEST), problems,
                "a policy root must hold policy.properties with name= and version=");
        String name = required(manifest, "name", PolicySource.MANIFEST, "name=trust-default", problems);
        String version = required(manifest, "version", PolicySource.MANIFEST, "version=2026.11.0", problems);
        String currency = manifest == null ? Amounts.DEFAULT_CURRENCY
                : manifest.getProperty("currency", Amounts.DEFAULT_CURRENCY).strip();
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(error(PolicySource.MANIFEST, "currency must be an ISO-4217 code of three capital letters, was \"" + currency + "\""));
        }
        Instant baseFrom = manifest == null || manifest.getProperty("effectiveFrom") == null ? null
                : instant(manifest.getProperty("effectiveFrom"), PolicySource.MANIFEST, problems);

        Map<String, byte[]> current = rules(base, "");
        Map<String, String> display = new HashMap<>();
        current.keySet().forEach(p -> display.put(p, p));
        if (current.isEmpty()) {
            problems.add(error("(policy)", "no rule files (" + String.join(", ", PolicySource.RULE_EXTENSIONS) + ") under " + origin));
        }

        record Overlay(String folder, String version, Instant from, List<String> remove, Map<String, byte[]> files) {}
        List<Overlay> ordered = new ArrayList<>();
        for (Map.Entry<String, Map<String, byte[]>> entry : overlays.entrySet()) {
            String where = VERSIONS + entry.getKey() + "/" + VERSION_MANIFEST;
            Properties vm = properties(where, entry.getValue().get(VERSION_MANIFEST), problems,
                    "a version folder must hold " + VERSION_MANIFEST + " with version= and effectiveFrom=");
            String v = required(vm, "version", where, "version=2026.12.0", problems);
            String from = required(vm, "effectiveFrom", where, "effectiveFrom=2026-12-01T00:00:00+08:00", problems);
            Instant at = from.isEmpty() ? null : instant(from, where, problems);
            List<String> remove = new ArrayList<>();
            if (vm != null && vm.getProperty("remove") != null) {
                for (String path : vm.getProperty("remove").split(",")) {
                    if (!path.isBlank()) {
                        remove.add(path.strip());
                    }
                }
            }
            if (at != null) {
                ordered.add(new Overlay(entry.getKey(), v, at, remove, entry.getValue()));
            }
        }
        ordered.sort(Comparator.comparing(Overlay::from));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).from().equals(ordered.get(i - 1).from())) {
                problems.add(error(VERSIONS + ordered.get(i).folder() + "/" + VERSION_MANIFEST, "effectiveFrom "
                        + ordered.get(i).from() + " is also the effectiveFrom of versions/" + ordered.get(i - 1).folder()));
            }
        }
        if (baseFrom != null && !ordered.isEmpty() && !ordered.get(0).from().isAfter(baseFrom)) {
            problems.add(error(VERSIONS + ordered.get(0).folder() + "/" + VERSION_MANIFEST,
                    "effectiveFrom must be after the base version's effectiveFrom " + baseFrom));
        }

        List<PolicySource> versions = new ArrayList<>();
        if (problems.stream().noneMatch(Problem::isError)) {
            versions.add(new PolicySource(origin, name, version, currency, baseFrom, new TreeMap<>(current), display));
            for (Overlay overlay : ordered) {
                Map<String, byte[]> next = new LinkedHashMap<>(current);
                for (String removed : overlay.remove()) {
                    if (next.remove(removed) == null) {
                        problems.add(error(VERSIONS + overlay.folder() + "/" + VERSION_MANIFEST,
                                "remove names " + removed + ", which no earlier version has"));
                    }
                    display.remove(removed);
                }
                Map<String, byte[]> added = rules(overlay.files(), "");
                added.forEach((path, content) -> {
                    next.put(path, content);
                    display.put(path, VERSIONS + overlay.folder() + "/" + path);
                });
                current = next;
                versions.add(new PolicySource(origin, name, overlay.version(), currency, overlay.from(), new TreeMap<>(current), display));
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyBuildException(origin, problems);
        }
        return versions;
    }

    private static Map<String, byte[]> rules(Map<String, byte[]> files, String prefix) {
        Map<String, byte[]> rules = new TreeMap<>();
        files.forEach((path, content) -> {
            if (PolicySource.isRuleFile(path)) {
                rules.put(prefix + path, content);
            }
        });
        return rules;
    }

    private static Properties properties(String file, byte[] bytes, List<Problem> problems, String expected) {
        if (bytes == null) {
            problems.add(error(file, "missing: " + expected));
            return null;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(error(file, "unreadable: " + e.getMessage()));
        }
        return properties;
    }

    private static String required(Properties properties, String key, String file, String example, List<Problem> problems) {
        if (properties == null) {
            return "";
        }
        String value = properties.getProperty(key, "").strip();
        if (value.isEmpty()) {
            problems.add(error(file, key + " is missing or blank; expected for example " + example));
        }
        return value;
    }

    private static Instant instant(String text, String file, List<Problem> problems) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(error(file, "effectiveFrom must be an ISO-8601 date-time with offset such as "
                    + "2026-12-01T00:00:00+08:00, was \"" + text.strip() + "\""));
            return null;
        }
    }

    private static Problem error(String file, String message) {
        return new Problem(file, 0, 0, Problem.Severity.ERROR, message);
    }
}
