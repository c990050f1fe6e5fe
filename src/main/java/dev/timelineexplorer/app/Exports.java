package dev.timelineexplorer.app;

import dev.timelineexplorer.io.CsvExporter;
import dev.timelineexplorer.io.DatasetWriter;
import dev.timelineexplorer.io.json.Ids;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.view.TimelineView;
import dev.timelineexplorer.view.map.WorldMapView;
import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window's exports: the view as PNG (1× or 2×) or SVG, exactly as shown, and the shown events as CSV or as JSON
 * in the app's own format. What must be drawn is drawn on the JavaFX thread; encoding and writing run as a background
 * task with progress in the status bar, through a temporary file, so a failed write leaves any existing file as it was
 * and says why.
 */
final class Exports {
    private static final System.Logger LOG = System.getLogger(Exports.class.getName());

    /** What one export writes, made on the JavaFX thread, written on a background thread. */
    interface Writing {
        void writeTo(Path file) throws IOException;
    }

    private final Stage owner;
    private final I18n i18n;
    private final Executor executor;
    private final StatusBar status;
    private final TimelineView timeline;
    private final WorldMapView map;
    private final Supplier<Dataset> dataset;
    private final Supplier<List<Event>> shown;

    Exports(
            Stage owner,
            I18n i18n,
            Executor executor,
            StatusBar status,
            TimelineView timeline,
            WorldMapView map,
            Supplier<Dataset> dataset,
            Supplier<List<Event>> shown) {
        this.owner = owner;
        this.i18n = i18n;
        this.executor = executor;
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
    void exportView(Picture.Part part, String format, double scale) {
        if (dataset.get() == null) {
            return;
        }
        String what = i18n.text("export.part." + part.name().toLowerCase(Locale.ROOT));
        Path target = chooseFile(i18n.text("export.viewTitle", what, format.toUpperCase(Locale.ROOT)), format);
        if (target == null) {
            return;
        }
        Picture picture = new Picture(timeline, map, part, map.getWidth(), map.getHeight());
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
    void exportEvents(String format) {
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
    void write(Path target, Writing writing, String doneMessage) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                updateProgress(-1, 1);
                writing.writeTo(target);
                return null;
            }
        };
        status.showProgress(i18n.text("export.running", target.getFileName()), task.progressProperty());
        task.setOnSucceeded(e -> {
            status.showProgress(null, null);
            status.showMessage(doneMessage);
        });
        task.setOnFailed(e -> {
            status.showProgress(null, null);
            Throwable error = task.getException();
            String title = i18n.text("export.failed", target.getFileName());
            if (error instanceof IOException io) {
                Dialogs.error(owner, title, i18n.text("export.failedReason", reason(io, i18n)));
            } else {
                LOG.log(Level.ERROR, "unexpected failure exporting " + target, error);
                Dialogs.error(owner, title, i18n.text("error.unexpected", error));
            }
        });
        executor.execute(task);
    }

    /** The reason of a failed write in words, naming a full disk or a read-only folder as such. */
    static String reason(IOException error, I18n i18n) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (error instanceof java.nio.file.AccessDeniedException
                || message.toLowerCase(Locale.ROOT).contains("read-only file system")) {
            return i18n.text("export.readOnly", message);
        }
        if (message.toLowerCase(Locale.ROOT).contains("no space")) {
            return i18n.text("export.diskFull", message);
        }
        return message;
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
