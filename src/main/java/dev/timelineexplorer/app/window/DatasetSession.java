package dev.timelineexplorer.app.window;

import dev.timelineexplorer.index.DatasetIndexes;
import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.io.DatasetLoader;
import dev.timelineexplorer.io.DatasetTooLargeException;
import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.io.ProblemKind;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * The dataset the window has open, and everything that changes it: opening a file or the bundled dataset, reloading,
 * and reloading by itself when the file changes on disk. Loading and indexing run on a background thread; a newer
 * load cancels an older one. Works without a window, so tests can drive it directly.
 *
 * <p>A load either succeeds, replacing {@link #currentProperty()}, or fails, leaving it as it was and telling the
 * {@code onFailure} callback why: the file's problems, or a typed reason it could not be read. An unexpected
 * exception (a bug) is logged with its stack trace and reported as such, never disguised as a bad file.
 */
public final class DatasetSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DatasetSession.class.getName());

    /**
     * A dataset loaded and indexed.
     *
     * @param file the file, or null for the bundled dataset
     * @param result the reader's result, valid, with its warnings
     * @param indexes the dataset and its indexes
     * @param keepView whether the window should keep its range, filters and selection (a reload of the same file)
     */
    public record Loaded(Path file, LoadResult result, DatasetIndexes indexes, boolean keepView) {
        /** The name messages use for it. */
        String name() {
            return displayName(file);
        }
    }

    /**
     * Why a load failed: the file's problems, or a reason it could not be read at all.
     *
     * @param file the file, or null for the bundled dataset
     * @param problems the reader's result with the file's errors, or null
     * @param error what stopped the read, or null
     * @param unexpected whether the error is a bug rather than a problem with the file
     * @param automatic whether the load was the app's own, after the file changed on disk, rather than the user's
     */
    public record Failure(Path file, LoadResult problems, Throwable error, boolean unexpected, boolean automatic) {}

    private final ReadOnlyObjectWrapper<Loaded> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final Executor executor;
    private final Consumer<Failure> onFailure;
    private final FileWatcher watcher;
    private Task<Loaded> task;
    private String loadingName = "";
    /** The file being loaded now, or null. */
    private Path loadingFile;
    /** Whether the file changed on disk while it was being loaded: the load read it as it was, so it is read again. */
    private boolean changedWhileLoading;
    /** The size and time of the file as the app last wrote it itself, so that its own save is not read back. */
    private volatile String ownWrite;
    /** Whether the dataset has changes that a reload would lose: the file's changes are then left for the user. */
    private java.util.function.Predicate<Path> holdReloads = file -> false;

    /**
     * @param executor where loads run (one background thread)
     * @param onFailure told, on the JavaFX thread, why a load failed
     */
    DatasetSession(Executor executor, Consumer<Failure> onFailure) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        this.watcher = new FileWatcher(this::onFileChanged);
    }

    /** The dataset open now, or null before the first successful load. */
    public ReadOnlyObjectProperty<Loaded> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether a load is running. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How far the running load is, from 0 to 1, or -1 while that is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The name of what is being loaded, for the status bar. */
    public String loadingName() {
        return loadingName;
    }

    /** The open file, or null for the bundled dataset (or nothing open). */
    public Path currentFile() {
        Loaded loaded = current.get();
        return loaded == null ? null : loaded.file();
    }

    /** Opens a file, or the bundled dataset when null, as a new dataset (its remembered filters apply). */
    public void open(Path file) {
        load(file, false);
    }

    /** Loads the open file again, keeping the view, filters and selection. */
    public void reload() {
        load(currentFile(), true);
    }

    /** The name of a file in messages: its file name, or the bundled dataset's. */
    public static String displayName(Path file) {
        return file == null ? BundledDataset.NAME : String.valueOf(file.getFileName());
    }

    /**
     * Loads in the background. On success the dataset replaces the current one; {@code keepView} asks the window to
     * keep its view when it is the same file. On failure the current dataset stays.
     */
    public void load(Path file, boolean keepView) {
        load(file, keepView, false);
    }

    private void load(Path file, boolean keepView, boolean automatic) {
        if (task != null && task.isRunning()) {
            task.cancel();
        }
        Path current = currentFile();
        boolean sameFile = Objects.equals(file, current) && this.current.get() != null;
        Task<Loaded> next = new Task<>() {
            @Override
            protected Loaded call() throws IOException {
                updateProgress(-1, 1);
                LoadResult result = file == null
                        ? BundledDataset.load()
                        : new DatasetLoader().read(file, fraction -> updateProgress(0.9 * fraction, 1));
                if (!result.isValid() || isCancelled()) {
                    return new Loaded(file, result, null, false);
                }
                try {
                    // Indexes are built here too, so that even a million events never stall the window.
                    return new Loaded(file, result, DatasetIndexes.of(result.dataset()), keepView && sameFile);
                } catch (OutOfMemoryError e) {
                    throw new DatasetTooLargeException(ProblemKind.TOO_LARGE_TO_INDEX.of(displayName(file)));
                }
            }
        };
        task = next;
        loadingName = displayName(file);
        loadingFile = file;
        progress.bind(next.progressProperty());
        loading.set(true);
        next.setOnSucceeded(e -> {
            finished(next);
            Loaded loaded = next.getValue();
            if (loaded.indexes() == null) {
                onFailure.accept(new Failure(file, loaded.result(), null, false, automatic));
                reloadIfChangedMeanwhile();
                return;
            }
            this.current.set(loaded);
            watcher.watch(file);
            reloadIfChangedMeanwhile();
        });
        next.setOnFailed(e -> {
            finished(next);
            Throwable error = next.getException();
            boolean unexpected = !(error instanceof IOException);
            if (unexpected) {
                LOG.log(Level.ERROR, "unexpected failure loading " + displayName(file), error);
            }
            onFailure.accept(new Failure(file, null, error, unexpected, automatic));
            reloadIfChangedMeanwhile();
        });
        next.setOnCancelled(e -> finished(next));
        executor.execute(next);
    }

    private void finished(Task<Loaded> done) {
        if (task == done) {
            progress.unbind();
            progress.set(0);
            loading.set(false);
            loadingFile = null;
        }
    }

    /**
     * Shows the dataset after an edit (or after saving it under another name), without reading anything: the window
     * keeps its view, and the load's warnings stay.
     *
     * @param file the file it now belongs to
     */
    public void showEdited(Path file, DatasetIndexes indexes) {
        Loaded old = current.get();
        java.util.List<dev.timelineexplorer.io.Problem> problems =
                old == null ? java.util.List.of() : old.result().problems();
        current.set(new Loaded(file, new LoadResult(indexes.dataset(), problems), indexes, true));
        if (file != null && (old == null || !file.equals(old.file()))) {
            watcher.watch(file);
        }
    }

    /**
     * Notes that the app has just written the open file itself, so that the watcher does not read it back. Any thread:
     * a save calls it as soon as its file is written.
     */
    public void wroteItself(Path file) {
        ownWrite = stamp(file);
    }

    /**
     * Asks, before each reload the watcher would make, whether to hold it (over unsaved changes); the predicate tells
     * the user why it holds one.
     */
    public void setHoldReloads(java.util.function.Predicate<Path> value) {
        holdReloads = Objects.requireNonNull(value, "holdReloads");
    }

    private static String stamp(Path file) {
        try {
            return java.nio.file.Files.size(file) + "@"
                    + java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    private void onFileChanged(Path file) {
        if (ownWrite != null && file.equals(currentFile()) && ownWrite.equals(stamp(file))) {
            return; // the app's own save, already on screen
        }
        if (file.equals(currentFile()) && holdReloads.test(file)) {
            return;
        }
        if (loading.get()) {
            // Not dropped: the running load may have read the file before this change; read it again after.
            if (file.equals(loadingFile) || file.equals(currentFile())) {
                changedWhileLoading = true;
            }
            return;
        }
        if (file.equals(currentFile())) {
            load(file, true, true);
        }
    }

    private void reloadIfChangedMeanwhile() {
        if (changedWhileLoading && !loading.get()) {
            changedWhileLoading = false;
            Path file = currentFile();
            if (file != null) {
                load(file, true, true);
            }
        }
    }

    /** Tells the session the open file changed on disk, as its watcher does (for tests). */
    public void fileChanged(Path file) {
        onFileChanged(file);
    }

    @Override
    public void close() {
        watcher.close();
        if (task != null) {
            task.cancel();
        }
    }
}
