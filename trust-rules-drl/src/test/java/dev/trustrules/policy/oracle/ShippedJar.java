package dev.trustrules.policy.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The bundled policy as a service finds it: inside a jar. This module's own tests see it in
 * {@code target/classes}, a directory, where precompiled archives are not taken as shipped (a folder on
 * the class path may be one that people who edit rules can write to); this jar holds the same rule files
 * and archives, read by a class loader of its own.
 */
public final class ShippedJar {
    private static final Path CLASSES = Path.of("target/classes");
    private static ClassLoader loader;

    private ShippedJar() {}

    /** A class loader whose class path is a jar of this module's rule files and precompiled archives. */
    public static synchronized ClassLoader loader() {
        if (loader == null) {
            try {
                Path jar = Files.createTempFile("trust-rules-drl", ".jar");
                jar.toFile().deleteOnExit();
                try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                    for (String folder : List.of("trust-rules", "META-INF/trust-rules")) {
                        try (Stream<Path> files = Files.walk(CLASSES.resolve(folder))) {
                            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                                out.putNextEntry(new JarEntry(CLASSES.relativize(file).toString().replace('\\', '/')));
                                out.write(Files.readAllBytes(file));
                                out.closeEntry();
                            }
                        }
                    }
                }
                loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loader;
    }
}
