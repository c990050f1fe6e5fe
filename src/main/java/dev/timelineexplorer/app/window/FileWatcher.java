package dev.timelineexplorer.app.window;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Watches one file and tells the JavaFX thread when it changes on disk: written, replaced, or deleted. Editors often
 * write a file in several steps, so changes are reported once things have been quiet for a moment. Where the system
 * has no native watcher, Java's polls every ten seconds or so (macOS): there the file's time-stamp, size and identity
 * are read every second instead, so a change is seen within about a second everywhere. Watching is a convenience:
 * when it cannot start, F5 still reloads, and the reason is logged.
 */
public final class FileWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FileWatcher.class.getName());
    private static final Duration QUIET = Duration.millis(400);
    /** How often the file's stamp is read where there is no native watcher. */
    public static final long POLL_MILLIS = 1000;

    private final Consumer<Path> onChange;
    private final PauseTransition debounce = new PauseTransition(QUIET);
    private WatchService service;
    private Thread thread;
    private volatile Path watched;
    private final boolean alwaysPoll;

    FileWatcher(Consumer<Path> onChange) {
        this(onChange, false);
    }

    /** @param alwaysPoll read the file's stamp every second even where the system has a native watcher (tests) */
    FileWatcher(Consumer<Path> onChange, boolean alwaysPoll) {
        this.onChange = onChange;
        this.alwaysPoll = alwaysPoll;
        debounce.setOnFinished(e -> {
            Path file = watched;
            if (file != null) {
                onChange.accept(file);
            }
        });
    }

    /** Watches this file from now on (null stops watching). Must be called on the JavaFX thread. */
    public void watch(Path file) {
        Path absolute = file == null ? null : file.toAbsolutePath();
        if (java.util.Objects.equals(absolute, watched == null ? null : watched.toAbsolutePath())) {
            watched = file;
            return;
        }
        close();
        watched = file;
        if (absolute == null || absolute.getParent() == null) {
            return;
        }
        try {
            WatchService newService = FileSystems.getDefault().newWatchService();
            if (alwaysPoll || isPolling(newService)) {
                newService.close();
                startPolling(absolute);
                return;
            }
            absolute.getParent()
                    .register(
                            newService,
                            StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE);
            service = newService;
            Path name = absolute.getFileName();
            thread = new Thread(() -> run(newService, name), "file-watcher");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot watch " + absolute + " for changes; F5 reloads it", e);
            service = null;
        }
    }

    /** Whether a watch service is Java's own polling one (where the system has no native watcher, as on macOS). */
    public static boolean isPolling(WatchService service) {
        return service.getClass().getSimpleName().contains("Polling");
    }

    private void startPolling(Path absolute) {
        Thread poller = new Thread(() -> poll(absolute), "file-watcher-poll");
        poller.setDaemon(true);
        thread = poller;
        poller.start();
    }

    private void poll(Path file) {
        Object last = stamp(file);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(POLL_MILLIS);
                Object now = stamp(file);
                if (!now.equals(last)) {
                    last = now;
                    Platform.runLater(debounce::playFromStart);
                }
            }
        } catch (InterruptedException e) {
            // Closed: a new file is watched, or the window closed.
        }
    }

    /** What tells one version of a file from another: its time-stamp, size and identity; "missing" when gone. */
    private static Object stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(attributes.lastModifiedTime(), attributes.size(), String.valueOf(attributes.fileKey()));
        } catch (IOException e) {
            return "missing";
        }
    }

    private void run(WatchService watchService, Path name) {
        try {
            while (true) {
                WatchKey key = watchService.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= name.equals(event.context());
                }
                key.reset();
                if (ours) {
                    Platform.runLater(debounce::playFromStart);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: a new file is watched, or the window closed.
        }
    }

    @Override
    public void close() {
        watched = null;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the file watcher failed", e);
            }
            service = null;
        }
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }
}
