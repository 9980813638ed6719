package dev.trustrules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Properties;

/**
 * The version of trust-rules running, for what must change when the library does: policy bundles record
 * it, the compiled-model cache keeps models apart by it. A development build ({@code -SNAPSHOT}, or one
 * without the version resource) adds the time its compiler classes were built, so that a rebuilt library
 * never reuses models compiled by the one before.
 */
public final class LibraryVersion {
    private static final String RESOURCE = "/dev/trustrules/trust-rules-version.properties";
    private static final String VERSION = read();

    private LibraryVersion() {}

    /** {@code 0.1.0}, or {@code 0.1.0-SNAPSHOT} (or {@code dev}) when the version resource is absent. */
    public static String version() {
        return VERSION;
    }

    /** The version, and for a development build the time its compiler was built: {@code 0.1.0-SNAPSHOT+1764400000000}. */
    public static String build() {
        if (!VERSION.endsWith("-SNAPSHOT") && !VERSION.equals("dev")) {
            return VERSION;
        }
        return VERSION + "+" + builtAt();
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        String version = properties.getProperty("version", "");
        return version.isBlank() || version.startsWith("${") ? "dev" : version.trim();
    }

    @SuppressWarnings("try") // the stream is opened for the connection's date, and closed
    private static long builtAt() {
        URL compiler = LibraryVersion.class.getResource("/dev/trustrules/internal/compile/ModelGenerator.class");
        if (compiler == null) {
            return 0;
        }
        try {
            URLConnection connection = compiler.openConnection();
            connection.setUseCaches(false);
            InputStream in = connection.getInputStream(); // opened only to be closed: a jar entry's connection holds the jar open
            try {
                return connection.getLastModified();
            } finally {
                in.close();
            }
        } catch (IOException e) {
            return 0;
        }
    }
}
