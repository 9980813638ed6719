package dev.trustrules.internal.load;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Reads a policy's files from a directory or from the classpath, fully, before compiling. */
public final class PolicyFiles {
    private PolicyFiles() {}

    /**
     * Reads every file under {@code root} and splits it into versions (see {@link PolicySets}); fails with a
     * clear problem if the root is not a readable directory.
     */
    public static List<PolicySource> fromDirectory(Path root) {
        return PolicySets.split(root.toString(), readDirectory(root));
    }

    /**
     * Every file under {@code root} that a policy is made of (the {@code .properties} files and the rule
     * files, hidden files and folders left out), by path relative to the root with forward slashes, as
     * {@link #fromDirectory} reads them; for a policy bundle.
     */
    public static Map<String, byte[]> read(Path root) {
        return readDirectory(root);
    }

    /** More files than this under a policy root means the wrong folder was given. */
    static final int MAX_FILES = 10_000;

    private static Map<String, byte[]> readDirectory(Path root) {
        return readDirectory(root, false);
    }

    /**
     * The files of a policy directory as a policy reads them (path relative to the root, with forward
     * slashes, to content): {@code *.properties} and rule files, hidden entries skipped, and with
     * {@code withScenarios} the scenario files under {@code scenarios/} as well.
     */
    public static Map<String, byte[]> readDirectory(Path root, boolean withScenarios) {
        String origin = root.toString();
        if (!Files.isDirectory(root)) {
            throw new PolicyBuildException(origin, List.of(new Problem(origin, 0, 0, Problem.Severity.ERROR,
                    Files.exists(root) ? "not a directory" : "no such directory")));
        }
        Map<String, byte[]> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (!isHidden(file) && attributes.isRegularFile()
                            && (relative.endsWith(".properties") || PolicySource.isRuleFile(relative)
                                    || (withScenarios && relative.startsWith("scenarios/") && isScenarioFile(relative)))) {
                        if (files.size() >= MAX_FILES) {
                            problems.add(new Problem(origin, 0, 0, Problem.Severity.ERROR, "holds more than " + MAX_FILES
                                    + " rule files: is it the policy's folder?"));
                            return FileVisitResult.TERMINATE;
                        }
                        files.put(relative, Files.readAllBytes(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    problems.add(new Problem(relative, 0, 0, Problem.Severity.ERROR, e instanceof FileSystemLoopException
                            ? "a symbolic link loops back to a folder above it: remove the link"
                            : e instanceof NoSuchFileException ? "disappeared while being read (or is a broken symbolic link)"
                            : "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new PolicyBuildException(origin, List.of(new Problem(origin, 0, 0, Problem.Severity.ERROR,
                    "cannot be read: " + e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new PolicyBuildException(origin, problems);
        }
        return files;
    }

    /**
     * Whether a file or folder is hidden (its name starts with a dot): such entries are neither compiled nor
     * hashed. Kubernetes mounts a ConfigMap as hidden folders ({@code ..2026_11_30_a}, {@code ..data}) behind
     * visible symbolic links, and an editor's swap files are hidden too.
     */
    static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isScenarioFile(String relative) {
        String name = relative.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Whether a path relative to a policy root has a hidden file or folder in it. */
    static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The files given (path relative to the policy root, with forward slashes, to content), split into
     * versions as a directory's would be: for rules that travel as bytes (a stream record, a bundle).
     * Hidden paths are dropped, as in a directory; a path that leaves the root is a problem.
     */
    public static List<PolicySource> fromMemory(String origin, Map<String, byte[]> files) {
        Map<String, byte[]> kept = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        files.forEach((path, content) -> {
            String normalized = path.replace('\\', '/');
            if (normalized.isEmpty() || normalized.startsWith("/") || normalized.contains("//")
                    || java.util.Arrays.asList(normalized.split("/")).contains("..")) {
                problems.add(new Problem(path, 0, 0, Problem.Severity.ERROR, "is not a path inside the policy: give it "
                        + "relative to the policy root with forward slashes, such as guarantees/limits.drl"));
            } else if (content == null) {
                problems.add(new Problem(path, 0, 0, Problem.Severity.ERROR, "has no content (null)"));
            } else if (!isHidden(normalized)) {
                kept.put(normalized, content.clone());
            }
        });
        if (!problems.isEmpty()) {
            throw new PolicyBuildException(origin, problems);
        }
        return PolicySets.split(origin, kept);
    }

    /**
     * Reads every file under the classpath folder {@code root} (for example
     * {@code trust-rules/default-policy}), from a directory or a jar.
     */
    public static List<PolicySource> fromClasspath(String root, ClassLoader loader) {
        String folder = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        return PolicySets.split("classpath:" + folder, readClasspath(root, loader));
    }

    /**
     * Every file under the classpath folder {@code root} (path relative to it, to content), from a
     * directory or a jar; hidden entries skipped.
     */
    public static Map<String, byte[]> readClasspath(String root, ClassLoader loader) {
        String folder = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        String origin = "classpath:" + folder;
        URL manifest = loader.getResource(folder + "/" + PolicySource.MANIFEST);
        if (manifest == null) {
            String hint = folder.equals(dev.trustrules.TrustPolicy.DEFAULT_POLICY_ROOT) ? "; the default policy ships in dev.trustrules:trust-rules-drl: add "
                    + "that dependency (it brings trust-rules-core)" : "";
            throw new PolicyBuildException(origin, List.of(new Problem(folder + "/" + PolicySource.MANIFEST, 0, 0,
                    Problem.Severity.ERROR, "not found on the classpath" + hint)));
        }
        try {
            if ("file".equals(manifest.getProtocol())) {
                return readDirectory(Paths.get(manifest.toURI()).getParent(), true);
            }
            if ("jar".equals(manifest.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) manifest.openConnection();
                connection.setUseCaches(false);
                Map<String, byte[]> files = new TreeMap<>();
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = folder + "/";
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        if (!entry.isDirectory() && entry.getName().startsWith(prefix)
                                && !isHidden(entry.getName().substring(prefix.length()))) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                            }
                        }
                    }
                }
                return files;
            }
        } catch (IOException | URISyntaxException e) {
            throw new PolicyBuildException(origin, List.of(new Problem(origin, 0, 0, Problem.Severity.ERROR,
                    "cannot be read: " + e.getMessage())));
        }
        throw new PolicyBuildException(origin, List.of(new Problem(origin, 0, 0, Problem.Severity.ERROR,
                "unsupported classpath location " + manifest)));
    }
}
