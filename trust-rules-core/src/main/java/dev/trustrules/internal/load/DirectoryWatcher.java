package dev.trustrules.internal.load;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a directory tree on a daemon thread and calls back once the tree has been quiet for a while
 * after a change, so that an editor's or a deployment's burst of writes triggers one reload. A root that
 * disappears is looked for again every poll; when it comes back, that counts as a change. Symbolic links
 * are followed and hidden folders skipped, as {@link PolicyFiles} reads the tree; nothing that happens
 * in a callback or on the file system stops the watching.
 */
public final class DirectoryWatcher implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DirectoryWatcher.class);
    private static final long POLL_MILLIS = 250;

    private final Path root;
    private final Duration quiet;
    private final Runnable onChange;
    private final Thread thread;
    private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean running = true;
    private volatile WatchService service;
    private boolean registered;

    public DirectoryWatcher(Path root, Duration quiet, Runnable onChange) {
        this.root = root;
        this.quiet = quiet;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "trust-rules-watch " + root.getFileName());
        thread.setDaemon(true);
        thread.start();
        try {
            started.await(10, TimeUnit.SECONDS); // so that a change made right after build() is seen
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            service = watch;
            registered = registerAll(watch);
            started.countDown();
            // the files may have changed between the policy being read and the watch being set up
            boolean pending = true;
            while (running) {
                try {
                    pending = step(watch, pending);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    if (e instanceof ClosedWatchServiceException) {
                        throw e;
                    }
                    // a callback or the file system failed once: report it and keep watching, or later edits are lost
                    LOG.warn("trust-rules: watching {} failed once ({}); still watching", root, e.toString());
                    registered = false;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("trust-rules: cannot watch {} for changes ({}); reload() still works", root, e.toString());
        } finally {
            started.countDown();
        }
    }

    /** One turn: waits for a change, lets the tree settle, calls back. Returns false (nothing is pending after a turn). */
    private boolean step(WatchService watch, boolean pending) throws InterruptedException {
        WatchKey key = pending ? null : watch.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        boolean changed = pending;
        if (!changed && key == null) {
            if (!registered && Files.isDirectory(root)) {
                registered = registerAll(watch);
                changed = registered;
            } else if (registered && !Files.isDirectory(root)) {
                registered = false;
                changed = true;
            }
        } else if (key != null) {
            changed = drain(watch, key);
        }
        if (changed) {
            settle(watch);
            if (running) {
                onChange.run();
            }
            if (!registered && Files.isDirectory(root)) {
                registered = registerAll(watch);
            }
        }
        return false;
    }

    /** Waits until no event has arrived for the quiet period, registering new folders as they appear. */
    private void settle(WatchService watch) throws InterruptedException {
        WatchKey key;
        while (running && (key = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            drain(watch, key);
        }
    }

    private boolean drain(WatchService watch, WatchKey key) {
        Path dir = (Path) key.watchable();
        key.pollEvents().forEach(event -> {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = dir.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    registerAll(watch, created);
                }
            }
        });
        key.reset();
        return true;
    }

    private boolean registerAll(WatchService watch) {
        return Files.isDirectory(root) && registerAll(watch, root);
    }

    private boolean registerAll(WatchService watch, Path start) {
        try (Stream<Path> dirs = Files.walk(start, FileVisitOption.FOLLOW_LINKS)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory).filter(d -> d.equals(root) || !hiddenBelowRoot(d))::iterator) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // the tree changed while being walked (or a link loops); the next poll tries again
        }
    }

    /** Whether a folder is hidden or under a hidden folder: its files are not the policy's (see PolicyFiles). */
    private boolean hiddenBelowRoot(Path dir) {
        return PolicyFiles.isHidden(root.relativize(dir).toString().replace('\\', '/'));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            WatchService watch = service;
            if (watch != null) {
                watch.close();
            }
            thread.join(2_000);
        } catch (IOException e) {
            // closing a watch service we are abandoning: nothing to do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
