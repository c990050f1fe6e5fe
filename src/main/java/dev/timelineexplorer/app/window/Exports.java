package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.export.Picture;
import dev.timelineexplorer.app.export.PngImage;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.io.CsvExporter;
import dev.timelineexplorer.io.DatasetWriter;
import dev.timelineexplorer.io.json.Ids;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.view.TimelineView;
import dev.timelineexplorer.view.map.RelationChart;
import dev.timelineexplorer.view.map.WorldMapView;
import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window's exports: the view as PNG (1× or 2×) or SVG, exactly as shown, and the shown events as CSV or as JSON
 * in the app's own format. What must be drawn is drawn on the JavaFX thread; encoding and writing run as a background
 * task with progress in the status bar, through a temporary file, so a failed write leaves any existing file as it was
 * and says why. Exports have a thread of their own: loading a dataset never waits behind one, and closing the window
 * lets a running export finish (see {@link #whenIdle}) instead of cutting it off.
 */
public final class Exports {
    private static final System.Logger LOG = System.getLogger(Exports.class.getName());

    /** What one export writes, made on the JavaFX thread, written on a background thread. */
    public interface Writing {
        void writeTo(Path file) throws IOException;
    }

    /** What kept a write from succeeding, as far as the file system can tell without reading its message. */
    public enum WriteFault {
        /** The folder cannot be written to: no permission, or a read-only file system. */
        READ_ONLY,
        /** The disk has (almost) no room left. */
        DISK_FULL,
        /** Something else: the system's own words say what. */
        OTHER
    }

    /** Free space under which a failed write is taken for a full disk, bytes. */
    public static final long LOW_SPACE_BYTES = 1 << 20;

    private final Stage owner;
    private final I18n i18n;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        // Not a daemon: an export under way when the window closes is finished, not lost.
        Thread thread = new Thread(r, "export");
        thread.setDaemon(false);
        return thread;
    });
    private final List<Task<Void>> running = new ArrayList<>();
    private final List<Runnable> onIdle = new ArrayList<>();
    private ToLongFunction<Path> usableSpace = Exports::usableSpace;
    private final StatusBar status;
    private final TimelineView timeline;
    private final WorldMapView map;
    private RelationChart chart;
    private final Supplier<Dataset> dataset;
    private final Supplier<List<Event>> shown;

    Exports(
            Stage owner,
            I18n i18n,
            StatusBar status,
            TimelineView timeline,
            WorldMapView map,
            Supplier<Dataset> dataset,
            Supplier<List<Event>> shown) {
        this.owner = owner;
        this.i18n = i18n;
        this.status = status;
        this.timeline = timeline;
        this.map = map;
        this.dataset = dataset;
        this.shown = shown;
    }

    /**
     * Exports exactly what is shown (range, filters, theme, selection) as PNG or SVG: the timeline, the map, or the
     * map under the timeline. The map is drawn at its size on screen.
     */
    public void exportView(Picture.Part part, String format, double scale) {
        if (dataset.get() == null) {
            return;
        }
        String what = i18n.text("export.part." + part.name().toLowerCase(Locale.ROOT));
        Path target = chooseFile(i18n.text("export.viewTitle", what, format.toUpperCase(Locale.ROOT)), format);
        if (target == null) {
            return;
        }
        Picture picture = picture(part);
        Writing writing;
        if (format.equals("svg")) {
            byte[] bytes = picture.svg();
            writing = file -> DatasetWriter.writeAtomically(file, out -> out.write(bytes));
        } else {
            PngImage png = PngImage.of(picture.image(scale));
            writing = png::write;
        }
        write(target, writing, i18n.text("export.done", target.getFileName()));
    }

    /** Exports the shown (filtered) events as CSV, or as a dataset in the app's own format. */
    public void exportEvents(String format) {
        Dataset data = dataset.get();
        if (data == null) {
            return;
        }
        List<Event> events = shown.get();
        Path target =
                chooseFile(i18n.text("export.eventsTitle", events.size(), format.toUpperCase(Locale.ROOT)), format);
        if (target == null) {
            return;
        }
        String language = i18n.language();
        Writing writing = format.equals("csv")
                ? file -> CsvExporter.export(events, language, file)
                : file -> DatasetWriter.write(data, events, file);
        write(target, writing, i18n.text("export.eventsDone", events.size(), target.getFileName()));
    }

    /**
     * Writes an export as a background task, with its progress in the status bar; a failure is said in a dialog, in
     * words that name a full disk or a read-only folder as such, and leaves any file already there unchanged.
     */
    public void write(Path target, Writing writing, String doneMessage) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                updateProgress(-1, 1);
                writing.writeTo(target);
                return null;
            }
        };
        status.showProgress(i18n.text("export.running", target.getFileName()), task.progressProperty());
        running.add(task);
        task.setOnSucceeded(e -> {
            status.showProgress(null, null);
            status.showMessage(doneMessage);
            finished(task);
        });
        task.setOnFailed(e -> {
            status.showProgress(null, null);
            Throwable error = task.getException();
            String title = i18n.text("export.failed", target.getFileName());
            if (error instanceof IOException io) {
                Dialogs.error(owner, title, i18n.text("export.failedReason", reason(io, target, i18n)));
            } else {
                LOG.log(Level.ERROR, "unexpected failure exporting " + target, error);
                Dialogs.error(owner, title, i18n.text("error.unexpected", error));
            }
            finished(task);
        });
        executor.execute(task);
    }

    private void finished(Task<Void> task) {
        running.remove(task);
        if (running.isEmpty()) {
            List<Runnable> waiting = List.copyOf(onIdle);
            onIdle.clear();
            waiting.forEach(Runnable::run);
        }
    }

    /**
     * What an export of a part draws, exactly as shown: the map with the chart of relations under it when that is on
     * screen.
     */
    Picture picture(Picture.Part part) {
        boolean withChart = part == Picture.Part.MAP && chart != null && chart.isVisible() && chart.getHeight() > 0;
        return withChart
                ? new Picture(timeline, map, part, map.getWidth(), map.getHeight(), chart, chart.getHeight())
                : new Picture(timeline, map, part, map.getWidth(), map.getHeight());
    }

    /** The chart under the map, exported with the map when it is shown. */
    void setChart(RelationChart value) {
        chart = value;
    }

    /** Whether an export is being written. */
    public boolean isWriting() {
        return !running.isEmpty();
    }

    /** Runs something once no export is being written: now, or when the last running one ends. */
    public void whenIdle(Runnable action) {
        if (running.isEmpty()) {
            action.run();
        } else {
            onIdle.add(action);
        }
    }

    /** Lets the exports under way finish, then ends the export thread; accepts no more. */
    public void shutdown() {
        executor.shutdown();
    }

    /** How the free space of a folder is found; tests give a disk that is full. */
    public void setUsableSpace(ToLongFunction<Path> value) {
        usableSpace = Objects.requireNonNull(value, "usableSpace");
    }

    /** The reason of a failed write in words, naming a full disk or a read-only folder as such. */
    public String reason(IOException error, Path target, I18n language) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return switch (classify(error, target, usableSpace, Files::isWritable)) {
            case READ_ONLY -> language.text("export.readOnly", message);
            case DISK_FULL -> language.text("export.diskFull", message);
            case OTHER -> message;
        };
    }

    /**
     * What kept a write from succeeding, by the exception's type and the state of the target's folder, never by the
     * words of its message (which the operating system may have translated).
     *
     * @param usableSpace the free space of a folder, in bytes
     * @param writable whether a folder can be written to
     */
    public static WriteFault classify(
            IOException error, Path target, ToLongFunction<Path> usableSpace, Predicate<Path> writable) {
        Path folder = target.toAbsolutePath().getParent();
        if (error instanceof AccessDeniedException || folder != null && !writable.test(folder)) {
            return WriteFault.READ_ONLY;
        }
        if (folder != null && usableSpace.applyAsLong(folder) < LOW_SPACE_BYTES) {
            return WriteFault.DISK_FULL;
        }
        return WriteFault.OTHER;
    }

    /** The free space of a folder in bytes, or the most there can be when it cannot be found. */
    static long usableSpaceOf(Path folder) {
        return usableSpace(folder);
    }

    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Asks where to save, suggesting a name from the dataset; null when the user cancels. */
    private Path chooseFile(String title, String format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        i18n.text("export.filter", format.toUpperCase(Locale.ROOT), format), "*." + format));
        Dataset data = dataset.get();
        String slug = Ids.slug(data == null ? "" : data.title().in(i18n.language()));
        chooser.setInitialFileName((slug.isEmpty() ? "timeline" : slug) + "." + format);
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : withExtension(chosen.toPath(), format);
    }

    private static Path withExtension(Path file, String extension) {
        String name = String.valueOf(file.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension)
                ? file
                : file.resolveSibling(name + "." + extension);
    }
}
