package dev.trustrules.internal.load;

import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one policy, read fully before anything is compiled: the manifest
 * ({@value #MANIFEST}) and the rule files, keyed by their path relative to the policy root with
 * forward slashes. The folder of a rule file is its DRL package.
 */
public record PolicySource(
        String origin,
        String name,
        String version,
        String currency,
        Instant effectiveFrom,
        SortedMap<String, byte[]> ruleFiles,
        Map<String, String> displayPaths) {

    /**
     * The manifest every policy root holds: {@code name}, {@code version}, and optionally
     * {@code currency} (the ISO-4217 code its amounts are in, CNY when absent).
     */
    public static final String MANIFEST = "policy.properties";

    /** Extensions of the files compiled as rules; any other file under the root is ignored. */
    public static final List<String> RULE_EXTENSIONS = List.of(".drl", ".drl.csv", ".drl.xls", ".drl.xlsx");

    public PolicySource {
        ruleFiles = Collections.unmodifiableSortedMap(new TreeMap<>(ruleFiles));
        displayPaths = Map.copyOf(displayPaths);
    }

    /** Where a rule file really is, relative to the policy root (an overlay file lives under {@code versions/}). */
    public String displayPath(String ruleFile) {
        return displayPaths.getOrDefault(ruleFile, ruleFile);
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

}
