package dev.trustrules.flink;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.PolicyId;
import dev.trustrules.Problem;
import dev.trustrules.RuleFiles;
import dev.trustrules.TrustPolicy;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One release of a policy as data: its name, its version and its files (path relative to the policy
 * root, to content; see {@link RuleFiles}), so that rules travel as stream records and live in operator
 * state. Immutable: the files are copied in and out. Two releases are equal when their name, version and
 * every file are.
 *
 * <p>The name and version are those of the policy's {@code policy.properties} (its base version):
 * {@link #build()} refuses a release whose files say otherwise, so a decision's
 * {@link dev.trustrules.Decision#policy()} always names the release that the update stream announced.
 */
public final class PolicyRelease implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String version;
    private final TreeMap<String, byte[]> files;

    private PolicyRelease(String name, String version, Map<String, byte[]> files) {
        this.name = requireText(name, "name");
        this.version = requireText(version, "version");
        Objects.requireNonNull(files, "files");
        this.files = new TreeMap<>();
        files.forEach((path, content) -> this.files.put(Objects.requireNonNull(path, "a path in files"),
                Objects.requireNonNull(content, () -> "the content of " + path).clone()));
    }

    /**
     * A release of the given files, released as {@code name} and {@code version}.
     *
     * @throws IllegalArgumentException if the name or version is blank
     */
    public static PolicyRelease of(String name, String version, Map<String, byte[]> files) {
        return new PolicyRelease(name, version, files);
    }

    /**
     * The files of a policy directory (with its scenarios), named as its {@code policy.properties} says.
     *
     * @throws PolicyBuildException if the directory cannot be read or has no {@code name} and {@code version}
     */
    public static PolicyRelease fromDirectory(Path directory) {
        return named(directory.toString(), RuleFiles.fromDirectory(directory));
    }

    /** The bundled default policy of {@code trust-rules-drl}, as {@link RuleFiles#defaultPolicy()} reads it. */
    public static PolicyRelease defaultPolicy() {
        return named("classpath:" + TrustPolicy.DEFAULT_POLICY_ROOT, RuleFiles.defaultPolicy());
    }

    /**
     * Files named as their {@code policy.properties} says.
     *
     * @throws PolicyBuildException naming {@code origin} if there is no {@code policy.properties} with
     *     {@code name=} and {@code version=}
     */
    public static PolicyRelease named(String origin, Map<String, byte[]> files) {
        Properties manifest = manifest(files);
        String name = manifest == null ? null : manifest.getProperty("name");
        String version = manifest == null ? null : manifest.getProperty("version");
        if (name == null || name.isBlank() || version == null || version.isBlank()) {
            throw new PolicyBuildException(origin, List.of(new Problem("policy.properties", 0, 0, Problem.Severity.ERROR,
                    "a policy release needs policy.properties with name= and version=")));
        }
        return new PolicyRelease(name.strip(), version.strip(), files);
    }

    private static Properties manifest(Map<String, byte[]> files) {
        byte[] content = files.get("policy.properties");
        if (content == null) {
            return null;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(content, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return properties;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, was " + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    /** {@code name@version}, as problems, logs and {@link PolicyChange}s name the release. */
    public String label() {
        return name + "@" + version;
    }

    /** A copy of the files, sorted by path. */
    public SortedMap<String, byte[]> files() {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, content) -> copy.put(path, content.clone()));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** The total size of the files, in bytes. */
    public long size() {
        return files.values().stream().mapToLong(content -> content.length).sum();
    }

    /**
     * A SHA-256 over the name, the version and every file's path and content: what the release is, for
     * telling a replayed release from a new one. Not the policy's own SHA-256 (which covers rule files only).
     */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, name);
            update(sha, version);
            files.forEach((path, content) -> {
                update(sha, path);
                sha.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /**
     * Builds the policy, with the same checks and sandbox as a directory, its scenarios included.
     *
     * @throws PolicyBuildException with every problem when the files do not build, a scenario fails, or
     *     the files' {@code policy.properties} names another release than the release
     */
    public TrustPolicy build() {
        TrustPolicy policy = TrustPolicy.builder().fromFiles("release " + label(), files).build();
        PolicyId base = policy.versions().get(0).id();
        if (!base.name().equals(name) || !base.version().equals(version)) {
            policy.close();
            throw new PolicyBuildException("release " + label(), List.of(new Problem("policy.properties", 0, 0,
                    Problem.Severity.ERROR, "names " + base.name() + "@" + base.version() + ", but the release is " + label())));
        }
        return policy;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PolicyRelease that) || !name.equals(that.name) || !version.equals(that.version)
                || !files.keySet().equals(that.files.keySet())) {
            return false;
        }
        return files.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), that.files.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(name, version);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            hash = 31 * hash + file.getKey().hashCode() * 17 + Arrays.hashCode(file.getValue());
        }
        return hash;
    }

    @Override
    public String toString() {
        return "PolicyRelease[" + label() + ", " + files.size() + " files, " + size() + " bytes]";
    }
}
