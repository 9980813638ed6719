package dev.trustrules.examples.http;

import dev.trustrules.TrustPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Copies the bundled default policy (from {@code trust-rules-drl} on the classpath) to a directory an analyst can edit. */
public final class PolicyDirectory {
    private PolicyDirectory() {}

    /** Copies every file of the bundled default policy under {@code target}; returns {@code target}. */
    public static Path extractDefaultPolicy(Path target) {
        String manifest = TrustPolicy.DEFAULT_POLICY_ROOT + "/policy.properties";
        URL url = PolicyDirectory.class.getClassLoader().getResource(manifest);
        if (url == null) {
            throw new IllegalStateException(manifest + " is not on the classpath: add dev.trustrules:trust-rules-drl");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.provider().getPath(uri).getParent(), target);
                }
            } else {
                copyTree(Path.of(uri).getParent(), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the default policy to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path copy = to.resolve(from.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
    }
}
