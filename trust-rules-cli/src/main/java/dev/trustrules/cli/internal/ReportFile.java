package dev.trustrules.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A report file a command writes ({@code --junit}, {@code --html}): checked before the command runs, so a bad
 * path costs no run, and written whole or not at all (a temporary file moved into place), missing folders
 * created.
 */
final class ReportFile {
    private final String option;
    private final Path file;

    private ReportFile(String option, Path file) {
        this.option = option;
        this.file = file;
    }

    /**
     * The file {@code option} names: {@code given} itself, or {@code given/directoryFile} when {@code given} is a
     * directory, or ends with a slash, and the report has a name to take there ({@code directoryFile}
     * {@code null}: a directory is refused).
     *
     * @throws CliException (bad input) naming the option and the path when the file cannot be written
     */
    static ReportFile check(String option, String given, String directoryFile) {
        if (given.isBlank()) {
            throw CliException.badInput(option + ": the file name is empty");
        }
        Path path;
        try {
            path = Path.of(given);
        } catch (java.nio.file.InvalidPathException e) {
            throw CliException.badInput(option + ": not a file name: " + given + " (" + e.getReason() + ")");
        }
        boolean directory = Files.isDirectory(path) || given.endsWith("/") || given.endsWith(java.io.File.separator);
        Path file = path;
        if (directory) {
            if (directoryFile == null) {
                throw CliException.badInput(option + ": " + path + " is a directory; give a file name, such as "
                        + path.resolve("trust-rules-test.xml"));
            }
            file = path.resolve(directoryFile);
            if (Files.isDirectory(file)) {
                throw CliException.badInput(option + ": " + file + " is a directory; give a file name");
            }
        }
        Path existing = file.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            existing = Path.of("").toAbsolutePath();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw CliException.badInput(option + ": cannot write " + file + ": " + existing + " is a file, not a directory");
        }
        if (existing != null && !Files.isWritable(existing) && !Files.exists(file)) {
            throw CliException.badInput(option + ": cannot write " + file + ": permission denied in " + existing);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw CliException.badInput(option + ": cannot write " + file + ": permission denied");
        }
        return new ReportFile(option, file);
    }

    Path file() {
        return file;
    }

    /** Writes {@code content} (UTF-8) in place of the file, creating its folders. */
    void write(String content) {
        Path absolute = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw CliException.badInput(option + ": cannot write " + file + ": permission denied");
        } catch (FileSystemException e) {
            throw CliException.badInput(option + ": cannot write " + file + ": "
                    + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
        } catch (IOException e) {
            throw CliException.badInput(option + ": cannot write " + file + ": " + e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the move took it, or there is nothing more to do about a temporary file
                }
            }
        }
    }
}
