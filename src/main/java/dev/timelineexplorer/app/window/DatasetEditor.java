package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.index.DatasetIndexes;
import dev.timelineexplorer.io.DatasetWriter;
import dev.timelineexplorer.io.json.Ids;
import dev.timelineexplorer.io.timelinejs.TimelineJsSniffer;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.edit.Edit;
import dev.timelineexplorer.model.edit.EditHistory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window's editing of its dataset: edits made, undone and redone through an {@link EditHistory}, the indexes
 * updated for each edit rather than built again, and the dataset shown through the {@link DatasetSession} as it
 * changes. Saving writes the app's JSON through a temporary file that replaces the old one only once it is on disk,
 * so a full disk or a read-only folder leave the old file as it was, with a message that says so. Closing, opening
 * another file and reloading ask first when there are unsaved changes.
 */
public final class DatasetEditor {
    /** How a dataset is written to a file; tests give one that fails as a full disk does. */
    @FunctionalInterface
    public interface Writer {
        void write(Dataset dataset, Path file) throws IOException;
    }

    /** What the user chose when asked about unsaved changes. */
    public enum Choice {
        SAVE,
        DISCARD,
        CANCEL
    }

    private final Stage owner;
    private final I18n i18n;
    private final DatasetSession session;
    private final StatusBar status;
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    private EditHistory history;
    private DatasetIndexes indexes;
    /** The file Save writes, or null when Save must ask (the bundled dataset, a CSV or TimelineJS file, a new one). */
    private Path target;
    /** The file the dataset came from, or null. */
    private Path file;

    private Writer writer = DatasetWriter::write;
    private ToLongFunction<Path> usableSpace = Exports::usableSpaceOf;
    private Function<Path, Path> saveAsChooser = this::chooseSaveFile;
    private Function<String, Choice> asker = this::askAboutChanges;

    /** How often a recovery copy is written while there are unsaved changes. */
    static final javafx.util.Duration RECOVERY_PERIOD = javafx.util.Duration.seconds(30);

    private Recovery recovery = new Recovery(Recovery.defaultFolder());
    private Function<Recovery.Found, Boolean> restoreAsker = this::askToRestore;
    /** Writes recovery copies, in order, off the JavaFX thread. */
    private final java.util.concurrent.ExecutorService recoveryWriter = BackgroundThreads.single("recovery-writer");
    /**
     * Writes saves off the JavaFX thread, one at a time: a million events take seconds to write, and the window stays
     * usable meanwhile (the dataset is immutable, so edits made during a save do not touch what is written).
     */
    private final java.util.concurrent.ExecutorService saveWriter = BackgroundThreads.single("save-writer");
    /** The save under way, completed on the JavaFX thread with whether it saved; null when none is. */
    private CompletableFuture<Boolean> saving;

    /** The dataset last written as a recovery copy, so that an unchanged one is not written again. */
    private Dataset recovered;

    private final javafx.animation.Timeline recoveryTimer =
            new javafx.animation.Timeline(new javafx.animation.KeyFrame(RECOVERY_PERIOD, e -> writeRecovery()));

    DatasetEditor(Stage owner, I18n i18n, DatasetSession session, StatusBar status) {
        this.owner = owner;
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.session = Objects.requireNonNull(session, "session");
        this.status = Objects.requireNonNull(status, "status");
        session.currentProperty().addListener((o, old, loaded) -> {
            if (loaded != null && loaded.indexes() != indexes) {
                reset(loaded.file(), loaded.indexes());
            }
        });
        session.setHoldReloads(this::holdReload);
        i18n.localeProperty().addListener((o, old, now) -> refresh());
        recoveryTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        recoveryTimer.play();
    }

    /**
     * Starts a new, empty dataset (after asking about unsaved changes): no file yet, so Save asks where to save it.
     */
    public void newDataset() {
        whenChangesSettled(() -> {
            Dataset empty = new Dataset(
                    dev.timelineexplorer.model.LocalizedText.of(i18n.text("edit.newDatasetTitle")),
                    dev.timelineexplorer.model.LocalizedText.EMPTY,
                    dev.timelineexplorer.model.DatasetSettings.NONE,
                    java.util.List.of(),
                    java.util.List.of(),
                    java.util.List.of(),
                    java.util.List.of());
            DatasetIndexes created = DatasetIndexes.of(empty);
            indexes = created;
            file = null;
            target = null;
            history = new EditHistory(empty);
            session.showEdited(null, created);
            refresh();
        });
    }

    // ---------------------------------------------------------------- recovery

    /**
     * Writes a recovery copy of the dataset in the background when it has unsaved changes not yet copied; the
     * timer calls it every {@link #RECOVERY_PERIOD}.
     *
     * @return the write, done when the copy is on disk (or failed, which is logged)
     */
    java.util.concurrent.Future<?> writeRecovery() {
        Dataset now = dataset();
        if (!isModified() || now == null || now == recovered) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        recovered = now;
        Path source = file;
        Recovery into = recovery;
        if (recoveryWriter.isShutdown()) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return recoveryWriter.submit(() -> {
            try {
                into.write(now, source);
            } catch (IOException e) {
                System.getLogger(DatasetEditor.class.getName())
                        .log(System.Logger.Level.WARNING, "the recovery copy could not be written: " + e);
            }
        });
    }

    /** Deletes the recovery copy, after any write under way. */
    private void deleteRecovery() {
        recovered = null;
        Recovery from = recovery;
        if (recoveryWriter.isShutdown()) {
            from.delete();
        } else {
            recoveryWriter.execute(from::delete);
        }
    }

    /**
     * Offers the recovery copy a session that did not close normally left behind: restored, it is shown as unsaved
     * changes to the file it came from; declined, it is deleted.
     */
    public void offerRecovery() {
        Optional<Recovery.Found> found = recovery.find();
        if (found.isEmpty()) {
            return;
        }
        if (!restoreAsker.apply(found.get())) {
            recovery.delete();
            return;
        }
        Dataset restored = found.get().result().dataset();
        DatasetIndexes restoredIndexes = DatasetIndexes.of(restored);
        Path source = found.get().source();
        indexes = restoredIndexes;
        file = source;
        history = new EditHistory(restored);
        history.markUnsaved();
        target = isOwnFormat(source) ? source : null;
        session.showEdited(source, restoredIndexes);
        refresh();
        status.showMessage(i18n.text("recovery.restored", DatasetSession.displayName(source)));
    }

    private boolean askToRestore(Recovery.Found found) {
        ButtonType restore = new ButtonType(i18n.text("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.text("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.text("recovery.text"), restore, discard);
        alert.initOwner(owner);
        alert.setTitle(ExplorerWindow.APP_NAME);
        alert.setHeaderText(i18n.text(
                "recovery.header",
                found.result().dataset().title().in(i18n.language()),
                DatasetSession.displayName(found.source())));
        alert.getDialogPane().setId("recovery-dialog");
        Dialogs.styleLike(alert, owner);
        return alert.showAndWait().orElse(discard) == restore;
    }

    /** The app closes normally: no recovery copy is left to offer. */
    void closeCleanly() {
        recoveryTimer.stop();
        deleteRecovery();
        recoveryWriter.shutdown();
    }

    private void reset(Path file, DatasetIndexes value) {
        this.file = file;
        this.indexes = value;
        this.history = new EditHistory(value.dataset());
        this.target = isOwnFormat(file) ? file : null;
        refresh();
    }

    /** Whether a file holds a dataset in the app's own JSON (not CSV, not TimelineJS), so that Save may replace it. */
    static boolean isOwnFormat(Path file) {
        if (file == null
                || !String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return !TimelineJsSniffer.sniff(in).isTimelineJs();
        } catch (IOException e) {
            return false;
        }
    }

    private boolean holdReload(Path changed) {
        if (isModified()) {
            status.showMessage(i18n.text("edit.changedOnDisk", DatasetSession.displayName(changed)));
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- edits

    /** The dataset as edited, or null before one is open. */
    public Dataset dataset() {
        return history == null ? null : history.dataset();
    }

    /**
     * Makes an edit: the dataset and its indexes change, and the window shows it.
     *
     * @return whether it was made (an edit that no longer fits the dataset is refused, with a message)
     */
    public boolean apply(Edit edit) {
        if (history == null || busyLoading()) {
            return false;
        }
        DatasetIndexes next;
        try {
            next = indexes.apply(edit);
            history.apply(edit);
        } catch (IllegalArgumentException e) { // also a date out of range (InvalidDateException)
            status.showMessage(i18n.text("edit.refused", name(edit), e.getMessage()));
            return false;
        }
        show(next);
        return true;
    }

    /** Undoes the last edit, if any. */
    public void undo() {
        if (history != null && !busyLoading()) {
            history.undo().ifPresent(inverse -> show(indexes.apply(inverse)));
        }
    }

    /** Makes the last undone edit again, if any. */
    public void redo() {
        if (history != null && !busyLoading()) {
            history.redo().ifPresent(edit -> show(indexes.apply(edit)));
        }
    }

    /**
     * Whether a file is being loaded: it would replace the dataset when it is in, so no edit is made meanwhile (the
     * status bar says so) rather than one that would be lost.
     */
    private boolean busyLoading() {
        if (session.loadingProperty().get()) {
            status.showMessage(i18n.text("edit.whileLoading", session.loadingName()));
            return true;
        }
        return false;
    }

    private void show(DatasetIndexes next) {
        indexes = next;
        session.showEdited(file, next);
        refresh();
    }

    private void refresh() {
        boolean open = history != null;
        modified.set(open && history.isModified());
        Optional<Edit> undo = open ? history.nextUndo() : Optional.empty();
        Optional<Edit> redo = open ? history.nextRedo() : Optional.empty();
        canUndo.set(undo.isPresent());
        canRedo.set(redo.isPresent());
        undoText.set(undo.map(e -> i18n.text("menu.undoNamed", name(e))).orElse(i18n.text("menu.undo")));
        redoText.set(redo.map(e -> i18n.text("menu.redoNamed", name(e))).orElse(i18n.text("menu.redo")));
    }

    /** An edit's name in the interface's language, such as "Move ‘Korean War’". */
    public String name(Edit edit) {
        return i18n.text("edit.kind." + edit.kind().name(), edit.subject());
    }

    /** Whether the dataset has changes not saved. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** "Undo" with the name of the edit it would undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo" with the name of the edit it would make again. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- saving

    /** The file Save replaces, or null when it asks where to save. */
    public Path target() {
        return target;
    }

    /**
     * Saves in place, or asks where when the dataset has no file of the app's own format. The file is written in the
     * background; a save asked for while one is under way is that one.
     *
     * @return completed on the JavaFX thread with whether it was saved
     */
    public CompletableFuture<Boolean> save() {
        if (history == null) {
            return CompletableFuture.completedFuture(false);
        }
        return target == null ? saveAs() : saveTo(target);
    }

    /**
     * Asks where to save the dataset as the app's JSON and saves it there in the background; the file it came from is
     * left alone.
     *
     * @return completed on the JavaFX thread with whether it was saved
     */
    public CompletableFuture<Boolean> saveAs() {
        if (history == null) {
            return CompletableFuture.completedFuture(false);
        }
        if (saving != null) {
            return saving;
        }
        Path chosen = saveAsChooser.apply(file);
        return chosen == null ? CompletableFuture.completedFuture(false) : saveTo(withJsonExtension(chosen));
    }

    /** Whether a save is being written. */
    public boolean isSaving() {
        return saving != null;
    }

    private static Path withJsonExtension(Path chosen) {
        String name = String.valueOf(chosen.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? chosen : chosen.resolveSibling(name + ".json");
    }

    private CompletableFuture<Boolean> saveTo(Path path) {
        if (saving != null) {
            return saving;
        }
        EditHistory savedHistory = history;
        Dataset dataset = history.dataset();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        saving = done;
        status.showMessage(i18n.text("save.saving", DatasetSession.displayName(path)));
        saveWriter.execute(() -> {
            try {
                writer.write(dataset, path);
                // At once, from here: the watcher may see the new file before the JavaFX thread hears of the save.
                session.wroteItself(path);
                Platform.runLater(() -> done.complete(saved(savedHistory, dataset, path)));
            } catch (IOException e) {
                Platform.runLater(() -> done.complete(notSaved(path, e)));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> {
                    saving = null;
                    done.complete(false);
                    throw e; // a bug: reported as any other on the JavaFX thread
                });
            }
        });
        return done;
    }

    /** A save written: the history marks it (unless edits came meanwhile) and the window shows the file's name. */
    private boolean saved(EditHistory savedHistory, Dataset dataset, Path path) {
        saving = null;
        String done = i18n.text("save.done", DatasetSession.displayName(path));
        if (history != savedHistory) {
            status.showMessage(done);
            return true; // another dataset was opened meanwhile; the file is written all the same
        }
        if (history.dataset() == dataset) {
            history.markSaved();
            deleteRecovery();
        } else {
            history.markUnsaved(); // edited while saving: the file holds the dataset as it was when saved
        }
        target = path;
        if (!path.equals(file)) {
            file = path;
        }
        session.showEdited(path, indexes);
        status.showMessage(done);
        refresh();
        return true;
    }

    private boolean notSaved(Path path, IOException error) {
        saving = null;
        String name = DatasetSession.displayName(path);
        String reason = reason(error, path);
        status.showMessage(i18n.text("save.failed", name));
        Dialogs.error(owner, i18n.text("save.failed", name), i18n.text("save.failedReason", reason));
        return false;
    }

    private String reason(IOException error, Path target) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return switch (Exports.classify(error, target, usableSpace, Files::isWritable)) {
            case READ_ONLY -> i18n.text("export.readOnly", message);
            case DISK_FULL -> i18n.text("export.diskFull", message);
            case OTHER -> message;
        };
    }

    private Path chooseSaveFile(Path from) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("save.asTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("save.filter"), "*.json"));
        if (from != null && from.toAbsolutePath().getParent() != null) {
            File dir = from.toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        Dataset data = history.dataset();
        String slug = Ids.slug(data.title().in(i18n.language()));
        chooser.setInitialFileName((slug.isEmpty() ? "timeline" : slug) + ".json");
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    // ---------------------------------------------------------------- asking first

    /**
     * Runs an action that would lose unsaved changes (closing, opening another file, reloading) once the user has
     * chosen: at once when there are none; after saving, or without saving, as chosen; never when cancelled or when
     * the save failed. A save under way is waited for first.
     */
    public void whenChangesSettled(Runnable action) {
        if (saving != null) {
            saving.thenRun(() -> whenChangesSettled(action));
            return;
        }
        if (!isModified()) {
            action.run();
            return;
        }
        Choice choice = asker.apply(dataset().title().in(i18n.language()));
        if (choice == Choice.DISCARD) {
            action.run();
        } else if (choice == Choice.SAVE) {
            save().thenAccept(saved -> {
                if (saved) {
                    action.run();
                }
            });
        }
    }

    private Choice askAboutChanges(String title) {
        ButtonType save = new ButtonType(i18n.text("save.ask.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.text("save.ask.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.text("save.ask.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.text("save.ask.text"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(ExplorerWindow.APP_NAME);
        alert.setHeaderText(i18n.text("save.ask.header", title));
        alert.getDialogPane().setId("save-changes-dialog");
        Dialogs.styleLike(alert, owner);
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? Choice.SAVE : chosen == discard ? Choice.DISCARD : Choice.CANCEL;
    }

    // ---------------------------------------------------------------- for tests

    /** Replaces how files are written (tests: a disk that fails). */
    void setWriter(Writer value) {
        writer = Objects.requireNonNull(value, "writer");
    }

    /** Replaces how a folder's free space is found (tests: a full disk). */
    void setUsableSpace(ToLongFunction<Path> value) {
        usableSpace = Objects.requireNonNull(value, "usableSpace");
    }

    /** Replaces the Save as file chooser (tests: a path, or null for cancel). */
    void setSaveAsChooser(Function<Path, Path> value) {
        saveAsChooser = Objects.requireNonNull(value, "saveAsChooser");
    }

    /** Keeps recovery copies elsewhere (tests). */
    void setRecovery(Recovery value) {
        recovery = Objects.requireNonNull(value, "recovery");
    }

    /** Replaces the question about restoring a recovery copy (tests: a fixed answer). */
    void setRestoreAsker(Function<Recovery.Found, Boolean> value) {
        restoreAsker = Objects.requireNonNull(value, "restoreAsker");
    }

    /** Replaces the question about unsaved changes (tests: a fixed answer). */
    void setAsker(Function<String, Choice> value) {
        asker = Objects.requireNonNull(value, "asker");
    }
}
