package dev.trustrules.internal.compile;

import dev.trustrules.internal.load.PolicySource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * Policy versions compiled at build time, so that a service starting on them compiles nothing.
 *
 * <p>The build step (trust-rules-precompiler, which trust-rules-drl's build runs; it is never on a
 * service's class path) compiles every version of a policy folder, checks it strictly and verifies its
 * classes, and writes each as a {@link ModelArchive} resource
 * {@code META-INF/trust-rules/precompiled/<sha256>.model}, named by the SHA-256 of that version's rule
 * files and recording the sandbox that verified it. At run time {@link #find} is asked for a version's SHA-256: an archive is used only for exactly
 * those rule files and only if the Drools version running compiled it; its classes are verified again
 * before they are loaded unless the sandbox running is the one that verified them. Any other policy
 * (edited, overridden, an analyst's folder) is compiled from its rule files, so a precompiled model never
 * runs stale rules.
 */
public final class PrecompiledModel {
    /** Where the archives lie on the class path, each {@code <sha256>.model}. */
    public static final String RESOURCES = "META-INF/trust-rules/precompiled/";
    /** Disables {@link #find}, to compare with (or fall back to) compiling the rule files. */
    public static final String DISABLED_PROPERTY = "trustrules.precompiled.disabled";

    private PrecompiledModel() {}

    /** The archive precompiled from exactly {@code source}'s rule files on {@code loader}'s class path, or {@code null}. */
    public static ModelArchive find(PolicySource source, ClassLoader loader) {
        return read(source, locate(source, loader));
    }

    /** Where the archive for exactly {@code source}'s rule files lies on {@code loader}'s class path, or {@code null}. */
    public static URL locate(PolicySource source, ClassLoader loader) {
        if (loader == null || Boolean.getBoolean(DISABLED_PROPERTY)) {
            return null;
        }
        return loader.getResource(RESOURCES + source.sha256() + ".model");
    }

    /**
     * Whether the archive at {@code url} lies inside a jar (or another archive file) on the class path, that
     * is in code deployed with the service, rather than in a directory on the class path, which people who
     * may only edit rules could write to.
     */
    public static boolean inJar(URL url) {
        return "jar".equals(url.getProtocol());
    }

    /** The archive at {@code url} if it holds exactly {@code source}'s rule files compiled by the Drools running, or null. */
    public static ModelArchive read(PolicySource source, URL url) {
        return read(source, url, in -> ModelArchive.read(in.readAllBytes()), ModelArchive::header);
    }

    /**
     * The header of the archive {@link #read} would return, read without its classes, or {@code null}: what
     * a version waiting for its first request holds instead of its classes (a megabyte or more each).
     */
    public static ModelArchive.Header readHeader(PolicySource source, URL url) {
        return read(source, url, ModelArchive::readHeader, header -> header);
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(PolicySource source, URL url, Reader<T> reader, java.util.function.Function<T, ModelArchive.Header> header) {
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            T read = reader.read(in);
            ModelArchive.Header described = header.apply(read);
            return described.sha256().equals(source.sha256()) && described.drools().equals(ModelArchive.runningDrools()) ? read : null;
        } catch (IOException | IllegalArgumentException e) {
            return null; // unusable: the rule files are compiled instead
        }
    }
}
