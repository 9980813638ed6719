package dev.trustrules.internal.compile;

import dev.trustrules.internal.load.PolicySource;
import java.util.List;
import java.util.Map;

/**
 * Where a version compiled earlier can be found (by the SHA-256 of its rule files) instead of compiling it
 * again: the class path (the bundled policy, compiled at build time), a policy bundle, a cache on disk.
 * Whatever comes from one is verified by the sandbox again before it is loaded, except an archive shipped
 * inside a jar on the class path that the running sandbox verified when the jar was built
 * ({@code VersionBuilder.verifiedWhenShipped}).
 */
public interface CompiledModels {
    /** No compiled versions: every version is compiled from its rule files. */
    CompiledModels NONE = source -> null;

    /** The archive compiled from exactly {@code source}'s rule files, or {@code null}. */
    ModelArchive find(PolicySource source);

    /** Offers a version just compiled, for a later {@link #find}; most sources keep nothing. */
    default void store(PolicySource source, ModelArchive archive) {}

    /**
     * The archive of {@link #find}, and whether it ships inside a jar on the class path: compiled, checked
     * strictly and verified by the build of that jar, so that loading it may wait until a request needs it.
     */
    default Located locate(PolicySource source) {
        ModelArchive archive = find(source);
        return archive == null ? null : Located.held(archive);
    }

    /**
     * An archive found: its header, the archive itself, and whether it ships inside a jar on the class path
     * (code deployed with the service, compiled, checked and verified by the build of that jar; an archive
     * in a directory on the class path is not shipped). A shipped archive is read each time
     * {@link #archive()} is called, so that a version waiting for its first request holds only its header.
     */
    record Located(ModelArchive.Header header, java.util.function.Supplier<ModelArchive> reader, boolean shipped) {
        static Located held(ModelArchive archive) {
            return new Located(archive.header(), () -> archive, false);
        }

        /** The archive, with its classes. */
        public ModelArchive archive() {
            return reader.get();
        }
    }

    /** The archives precompiled into {@code loader}'s class path ({@link PrecompiledModel}). */
    static CompiledModels onClasspath(ClassLoader loader) {
        if (loader == null) {
            return NONE;
        }
        return new CompiledModels() {
            @Override
            public ModelArchive find(PolicySource source) {
                return PrecompiledModel.find(source, loader);
            }

            @Override
            public Located locate(PolicySource source) {
                java.net.URL url = PrecompiledModel.locate(source, loader);
                if (url == null) {
                    return null;
                }
                if (!PrecompiledModel.inJar(url)) { // a directory: built and verified like any archive from outside
                    ModelArchive archive = PrecompiledModel.read(source, url);
                    return archive == null ? null : Located.held(archive);
                }
                ModelArchive.Header header = PrecompiledModel.readHeader(source, url);
                return header == null ? null : new Located(header, () -> {
                    ModelArchive archive = PrecompiledModel.read(source, url);
                    if (archive == null) {
                        throw new IllegalStateException("the precompiled model of " + source.origin() + " version "
                                + source.version() + " is no longer readable at " + url);
                    }
                    return archive;
                }, true);
            }
        };
    }

    /** Archives held in memory by the SHA-256 of their rule files (a bundle's). */
    static CompiledModels of(Map<String, ModelArchive> bySha256) {
        Map<String, ModelArchive> archives = Map.copyOf(bySha256);
        return source -> {
            ModelArchive archive = archives.get(source.sha256());
            return archive != null && archive.drools().equals(ModelArchive.runningDrools()) ? archive : null;
        };
    }

    /** The first of {@code sources} that has the version; each offered what is compiled. */
    static CompiledModels firstOf(List<CompiledModels> sources) {
        List<CompiledModels> all = List.copyOf(sources);
        return new CompiledModels() {
            @Override
            public ModelArchive find(PolicySource source) {
                for (CompiledModels models : all) {
                    ModelArchive archive = models.find(source);
                    if (archive != null) {
                        return archive;
                    }
                }
                return null;
            }

            @Override
            public Located locate(PolicySource source) {
                for (CompiledModels models : all) {
                    Located located = models.locate(source);
                    if (located != null) {
                        return located;
                    }
                }
                return null;
            }

            @Override
            public void store(PolicySource source, ModelArchive archive) {
                all.forEach(models -> models.store(source, archive));
            }
        };
    }
}
