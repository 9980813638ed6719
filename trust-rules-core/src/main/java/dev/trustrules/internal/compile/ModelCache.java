package dev.trustrules.internal.compile;

import dev.trustrules.internal.load.PolicySource;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled versions kept on disk by the SHA-256 of their rule files, under a folder named for the
 * trust-rules and Drools versions that compiled them: {@code <root>/<trust-rules>/<drools>/<sha256>.model}.
 * Another library or Drools version looks in another folder, and different files have another SHA-256,
 * so an entry is never stale. Only versions that passed the strict sandbox are stored, and whatever is
 * read is verified by the sandbox again before it is loaded.
 *
 * <p>Safe under concurrent use by threads and processes: an entry is written to a temporary file in its
 * folder and renamed into place atomically, so a reader sees a whole archive or none; two writers of one
 * entry write the same model. An entry that cannot be read (cut short, not an archive, another SHA-256)
 * is ignored and compiled again. A cache folder that others may write to (owned by another user, or
 * group- or world-writable, on POSIX file systems) is not used at all: the cache decides which rules run. The least recently used
 * entries beyond {@link #MAX_ENTRIES} are deleted after each store.
 */
public final class ModelCache implements CompiledModels {
    public static final int MAX_ENTRIES = 64;
    private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String SUFFIX = ".model";

    private final Path folder;
    private final String drools;
    private final boolean usable;

    /**
     * The cache under {@code root} for models compiled by {@code libraryVersion} with the Drools running.
     * {@code root} is created (owner-only on POSIX file systems) on the first store.
     */
    public ModelCache(Path root, String libraryVersion) {
        this.drools = ModelArchive.runningDrools();
        this.folder = root.resolve(safe(libraryVersion)).resolve(safe(drools));
        this.usable = !writableByOthers(root);
        if (!usable) {
            LOG.warn("trust-rules: not using the compiled-model cache {}: others may write to it (it must belong to {} and "
                    + "be writable by its owner only, e.g. chmod 700)", root, System.getProperty("user.name"));
        }
    }

    /** The folder entries of this library and Drools version live in. */
    public Path folder() {
        return folder;
    }

    @Override
    public ModelArchive find(PolicySource source) {
        Path entry = entry(source);
        if (entry == null || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            ModelArchive archive = ModelArchive.read(Files.readAllBytes(entry));
            if (!archive.sha256().equals(source.sha256()) || !archive.drools().equals(drools)) {
                LOG.debug("trust-rules: cache entry {} holds another version; compiling", entry);
                return null;
            }
            touch(entry);
            return archive;
        } catch (IOException | RuntimeException e) {
            LOG.debug("trust-rules: cache entry {} cannot be read ({}); compiling", entry, e.toString());
            return null;
        }
    }

    @Override
    public void store(PolicySource source, ModelArchive archive) {
        Path entry = entry(source);
        if (entry == null) {
            return;
        }
        Path temporary = null;
        try {
            createPrivately(folder);
            temporary = Files.createTempFile(folder, ".", ".tmp");
            Files.write(temporary, archive.write());
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            evict();
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs time, never a build
            LOG.debug("trust-rules: cannot store {} in the compiled-model cache {}: {}", source.origin(), folder, e.toString());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // left for the next eviction
                }
            }
        }
    }

    private Path entry(PolicySource source) {
        if (!usable || !SHA256.matcher(source.sha256()).matches()) {
            return null;
        }
        return folder.resolve(source.sha256() + SUFFIX);
    }

    /** Deletes the least recently used entries beyond {@link #MAX_ENTRIES}, and temporary files an hour old. */
    private void evict() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    entries.add(file);
                } else if (name.endsWith(".tmp") && Files.getLastModifiedTime(file).toMillis() < System.currentTimeMillis() - 3_600_000) {
                    Files.deleteIfExists(file);
                }
            }
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        entries.sort(Comparator.comparing(ModelCache::lastUsed).reversed());
        for (Path old : entries.subList(MAX_ENTRIES, entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache still serves
        }
    }

    private static void createPrivately(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path parent = directory.getParent();
            if (parent != null) {
                createPrivately(parent);
            }
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(EnumSet.of(
                        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE)));
            } catch (FileAlreadyExistsException e) {
                // made by another process meanwhile
            }
        } else {
            Files.createDirectories(directory);
        }
    }

    private static boolean writableByOthers(Path root) {
        Path existing = root;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || existing != root) {
            return false; // created owner-only on the first store
        }
        PosixFileAttributeView view = Files.getFileAttributeView(root, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        try {
            var attributes = view.readAttributes();
            Set<PosixFilePermission> permissions = attributes.permissions();
            String user = System.getProperty("user.name", "");
            return !attributes.owner().getName().equals(user) || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return true;
        }
    }

    private static String safe(String name) {
        String text = name == null || name.isBlank() ? "unknown" : name;
        return SAFE_NAME.matcher(text).matches() ? text : text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
