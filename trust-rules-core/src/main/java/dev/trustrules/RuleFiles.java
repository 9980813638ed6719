package dev.trustrules;

import dev.trustrules.internal.load.PolicyFiles;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A policy's files read into memory (path relative to the policy root, with forward slashes, to content),
 * for rules that travel as data: a stream record, operator state, a message. What
 * {@link TrustPolicy.Builder#fromFiles(String, Map)} builds from, and what {@link TrustPolicy.Builder#fromDirectory(Path)}
 * would read: {@code policy.properties}, the rule files and version folders, and the scenario files under
 * {@code scenarios/}, hidden files and folders left out. The maps are sorted by path and unmodifiable; the
 * arrays are the caller's to keep (copy them before changing one).
 *
 * <pre>{@code
 * Map<String, byte[]> files = RuleFiles.fromDirectory(Path.of("/etc/trust/policy"));
 * TrustPolicy policy = TrustPolicy.builder().fromFiles("release 2026.12.0", files).build();
 * }</pre>
 */
public final class RuleFiles {
    private RuleFiles() {}

    /**
     * The files of a policy directory, as {@code fromDirectory} reads them, with its scenario files.
     *
     * @throws PolicyBuildException if the directory is missing, is not a directory, or a file cannot be read
     */
    public static Map<String, byte[]> fromDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return sorted(PolicyFiles.readDirectory(directory, true));
    }

    /**
     * The files of the bundled default policy ({@value TrustPolicy#DEFAULT_POLICY_ROOT}, from
     * {@code trust-rules-drl}), through the context class loader or else trust-rules' own. Built with
     * {@code fromFiles}, they make the same policy as {@code defaultPolicy()}, precompiled model included.
     *
     * @throws PolicyBuildException if {@code trust-rules-drl} is not on the class path
     */
    public static Map<String, byte[]> defaultPolicy() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return fromClasspath(TrustPolicy.DEFAULT_POLICY_ROOT, context != null ? context : RuleFiles.class.getClassLoader());
    }

    /**
     * Every file under a classpath folder holding {@code policy.properties}, from a directory or a jar.
     *
     * @throws PolicyBuildException if the folder has no {@code policy.properties} or cannot be read
     */
    public static Map<String, byte[]> fromClasspath(String root, ClassLoader loader) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(loader, "loader");
        return sorted(PolicyFiles.readClasspath(root, loader));
    }

    private static Map<String, byte[]> sorted(Map<String, byte[]> files) {
        return Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
