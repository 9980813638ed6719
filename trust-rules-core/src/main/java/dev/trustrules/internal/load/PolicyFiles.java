package dev.trustrules.internal.load;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

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

    private static Map<String, byte[]> readDirectory(Path root) {
        String origin = root.toString();
        if (!Files.isDirectory(root)) {
            throw new PolicyBuildException(origin, List.of(new Problem(origin, 0, 0, Problem.Severity.ERROR,
                    Files.exists(root) ? "not a directory" : "no such directory")));
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.endsWith(".properties") || PolicySource.isRuleFile(relative)) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (NoSuchFileException e) {
            throw new PolicyBuildException(origin, List.of(new Problem(e.getFile(), 0, 0, Problem.Severity.ERROR,
                    "disappeared while being read")));
        } catch (IOException | UncheckedIOException e) {
            throw new PolicyBuildException(origin, List.of(new Problem(origin, 0, 0, Problem.Severity.ERROR,
                    "cannot be read: " + e.getMessage())));
        }
        return files;
    }

    /**
     * Reads every file under the classpath folder {@code root} (for example
     * {@code trust-rules/default-policy}), from a directory or a jar.
     */
    public static List<PolicySource> fromClasspath(String root, ClassLoader loader) {
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
                return PolicySets.split(origin, readDirectory(Paths.get(manifest.toURI()).getParent()));
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
                        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                            }
                        }
                    }
                }
                return PolicySets.split(origin, files);
            }
        } catch (IOException | URISyntaxException e) {
            throw new PolicyBuildException(origin, List.of(new Problem(origin, 0, 0, Problem.Severity.ERROR,
                    "cannot be read: " + e.getMessage())));
        }
        throw new PolicyBuildException(origin, List.of(new Problem(origin, 0, 0, Problem.Severity.ERROR,
                "unsupported classpath location " + manifest)));
    }
}
