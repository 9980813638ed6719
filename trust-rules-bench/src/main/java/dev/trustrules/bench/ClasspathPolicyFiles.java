package dev.trustrules.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rule files of a policy folder on the class path, as a plain Drools user would read them for a
 * {@code KieFileSystem}: the base version only (no {@code versions/} overlays), path relative to the folder.
 */
final class ClasspathPolicyFiles {
    private ClasspathPolicyFiles() {}

    static Map<String, byte[]> baseVersion(String root, ClassLoader loader) {
        URL manifest = loader.getResource(root + "/policy.properties");
        if (manifest == null) {
            throw new IllegalStateException(root + "/policy.properties is not on the class path");
        }
        try {
            if ("jar".equals(manifest.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(manifest.toURI(), Map.of())) {
                    return read(jar.getPath(root));
                }
            }
            return read(Path.of(manifest.toURI()).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("versions/") && (relative.endsWith(".drl") || relative.endsWith(".drl.csv"))) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
