package dev.trustrules.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * {@code --watch}: runs a command, then again each time a file under its folders is saved, until the
 * process is stopped (Ctrl-C) or the thread interrupted. Saves are seen by polling the files' sizes and
 * modification times every {@value #POLL_MILLIS} ms, which works the same on every file system (network
 * folders and editors that replace files included); a burst of saves runs the command once, after the
 * files have been still for {@value #POLL_MILLIS} ms. Hidden files and folders (editor swap files, .git)
 * are ignored. A run that fails with bad input prints its error and the watch goes on.
 */
final class Watch {
    static final long POLL_MILLIS = 300;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Watch() {}

    /** Runs {@code command} now and after every change under {@code roots}; returns the last run's exit code. */
    static int repeat(List<Path> roots, PrintWriter out, PrintWriter err, IntSupplier command) {
        Map<Path, String> seen = snapshot(roots);
        int code = runOnce(out, err, command);
        while (true) {
            out.println("watching " + String.join(", ", roots.stream().map(Path::toString).toList())
                    + " for changes (Ctrl-C to stop)");
            out.flush();
            Map<Path, String> now;
            try {
                do {
                    Thread.sleep(POLL_MILLIS);
                    now = snapshot(roots);
                } while (now.equals(seen));
                Map<Path, String> settled;
                while (!(settled = snapshot(roots)).equals(now)) { // still being written: wait until it is still
                    now = settled;
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return code;
            }
            out.println();
            out.println("--- " + LocalTime.now().format(TIME) + " " + changed(seen, now) + " changed: running again ---");
            seen = now;
            code = runOnce(out, err, command);
        }
    }

    private static int runOnce(PrintWriter out, PrintWriter err, IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (CliException e) {
            out.flush();
            err.println("trust-rules: " + e.getMessage());
            err.flush();
            return e.exitCode();
        } finally {
            out.flush();
        }
    }

    private static String changed(Map<Path, String> before, Map<Path, String> after) {
        for (Map.Entry<Path, String> file : after.entrySet()) {
            if (!Objects.equals(before.get(file.getKey()), file.getValue())) {
                return file.getKey().toString();
            }
        }
        for (Path file : before.keySet()) {
            if (!after.containsKey(file)) {
                return file.toString();
            }
        }
        return "a file";
    }

    /** Each visible file under the roots with its size and modification time. */
    static Map<Path, String> snapshot(List<Path> roots) {
        Map<Path, String> files = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> !hidden(root, path)).forEach(path -> {
                    try {
                        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                        if (attributes.isRegularFile()) {
                            files.put(path, attributes.size() + "@" + attributes.lastModifiedTime());
                        }
                    } catch (IOException e) {
                        // deleted while walking: the next poll sees it gone
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // a folder deleted while walking: the next poll sees what is there
            }
        }
        return files;
    }

    private static boolean hidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
