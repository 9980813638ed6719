package dev.trustrules.cli.internal;

import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJson;
import dev.trustrules.json.TrustJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening input files with one-line errors. */
final class Inputs {
    private Inputs() {}

    /** Reads a request (UTF-8) from a file, or from {@code stdin} when the name is {@code -}. */
    static TrustRequest readRequest(String name, InputStream stdin) {
        String label = "-".equals(name) ? "<stdin>" : name;
        try (InputStream in = "-".equals(name) ? stdin : openBytes(Path.of(name))) {
            return TrustJson.readRequest(in);
        } catch (TrustJsonException e) {
            throw CliException.badInput(label + ": " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw CliException.badInput(label + ": cannot be read: " + e.getMessage());
        }
    }

    /** The file's bytes, for readers that decode UTF-8 themselves and say where it is invalid. */
    static InputStream openBytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw CliException.badInput(file + ": is a directory, expected a file");
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw CliException.badInput(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw CliException.badInput(file + ": permission denied");
        } catch (IOException e) {
            throw CliException.badInput(file + ": cannot be read: " + e.getMessage());
        }
    }
}
