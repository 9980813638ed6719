package dev.trustrules.internal;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one policy, read fully before anything is compiled: the manifest
 * ({@value #MANIFEST}) and the rule files, keyed by their path relative to the policy root with
 * forward slashes. The folder of a rule file is its DRL package.
 */
public record PolicySource(String origin, String name, String version, String currency, SortedMap<String, byte[]> ruleFiles) {

    /**
     * The manifest every policy root holds: {@code name}, {@code version}, and optionally
     * {@code currency} (the ISO-4217 code its amounts are in, CNY when absent).
     */
    public static final String MANIFEST = "policy.properties";

    /** Extensions of the files compiled as rules; any other file under the root is ignored. */
    public static final List<String> RULE_EXTENSIONS = List.of(".drl", ".drl.csv", ".drl.xls", ".drl.xlsx");

    public PolicySource {
        ruleFiles = Collections.unmodifiableSortedMap(new TreeMap<>(ruleFiles));
    }

    /** Builds a source from the raw files found under a root, checking the manifest. */
    static PolicySource of(String origin, Map<String, byte[]> files) {
        List<Problem> problems = new ArrayList<>();
        byte[] manifestBytes = files.get(MANIFEST);
        Properties manifest = new Properties();
        if (manifestBytes == null) {
            problems.add(error(MANIFEST, "missing: a policy root must hold " + MANIFEST + " with name= and version="));
        } else {
            try {
                manifest.load(new StringReader(new String(manifestBytes, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(error(MANIFEST, "unreadable: " + e.getMessage()));
            }
        }
        String name = manifest.getProperty("name", "").strip();
        String version = manifest.getProperty("version", "").strip();
        if (manifestBytes != null && name.isEmpty()) {
            problems.add(error(MANIFEST, "name is missing or blank; expected for example name=trust-default"));
        }
        if (manifestBytes != null && version.isEmpty()) {
            problems.add(error(MANIFEST, "version is missing or blank; expected for example version=2026.11.0"));
        }
        String currency = manifest.getProperty("currency", "CNY").strip();
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(error(MANIFEST, "currency must be an ISO-4217 code of three capital letters, was \"" + currency + "\""));
        }
        SortedMap<String, byte[]> rules = new TreeMap<>();
        files.forEach((path, content) -> {
            if (isRuleFile(path)) {
                rules.put(path, content);
            }
        });
        if (rules.isEmpty()) {
            problems.add(error("(policy)", "no rule files (" + String.join(", ", RULE_EXTENSIONS) + ") under " + origin));
        }
        if (!problems.isEmpty()) {
            throw new PolicyBuildException(origin, problems);
        }
        return new PolicySource(origin, name, version, currency, rules);
    }

    static boolean isRuleFile(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return RULE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** SHA-256 over every rule file's path and content, in path order, as lowercase hex. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : ruleFiles.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static Problem error(String file, String message) {
        return new Problem(file, 0, 0, Problem.Severity.ERROR, message);
    }
}
