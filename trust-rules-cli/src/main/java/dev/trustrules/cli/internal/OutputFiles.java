package dev.trustrules.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Opening files a command writes: an existing file is kept unless the user said to replace it. */
final class OutputFiles {
    private OutputFiles() {}

    /**
     * A new file, or the existing one emptied when {@code force}; its folder is made if missing. An
     * existing file without {@code force} is bad usage (exit 2), checked as the file is created so that
     * nothing is lost to a race.
     */
    static OutputStream create(Path file, boolean force) {
        try {
            if (Files.isDirectory(file)) {
                throw CliException.badInput(file + ": is a directory, expected a file");
            }
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            return force ? Files.newOutputStream(file)
                    : Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw CliException.badInput(file + ": already exists; give --force to replace it");
        } catch (NoSuchFileException e) {
            throw CliException.badInput(file + ": cannot be created: no such directory");
        } catch (AccessDeniedException e) {
            throw CliException.badInput(file + ": cannot be created: permission denied");
        } catch (IOException e) {
            throw CliException.badInput(file + ": cannot be created: " + e.getMessage());
        }
    }
}
