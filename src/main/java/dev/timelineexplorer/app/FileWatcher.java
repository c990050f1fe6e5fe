package dev.timelineexplorer.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Watches one file and tells the JavaFX thread when it changes on disk: written, replaced, or deleted. Editors often
 * write a file in several steps, so changes are reported once things have been quiet for a moment. Some watchers poll
 * (macOS's every few seconds), so a change may take that long to be seen. Watching is a convenience: when it cannot
 * start, F5 still reloads, and the reason is logged.
 */
final class FileWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FileWatcher.class.getName());
    private static final Duration QUIET = Duration.millis(400);

    private final Consumer<Path> onChange;
    private final PauseTransition debounce = new PauseTransition(QUIET);
    private WatchService service;
    private Thread thread;
    private volatile Path watched;

    FileWatcher(Consumer<Path> onChange) {
        this.onChange = onChange;
        debounce.setOnFinished(e -> {
            Path file = watched;
            if (file != null) {
                onChange.accept(file);
            }
        });
    }

    /** Watches this file from now on (null stops watching). Must be called on the JavaFX thread. */
    void watch(Path file) {
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
