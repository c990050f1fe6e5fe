package dev.timelineexplorer.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.index.FilterIndex;
import dev.timelineexplorer.io.DatasetLoader;
import dev.timelineexplorer.io.DatasetWriter;
import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import dev.timelineexplorer.view.TimeRange;
import dev.timelineexplorer.view.TimelineView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;

/**
 * Exports what a timeline shows as PNG or SVG: from the window's File menu, and from the command line without a
 * window or display ({@code --export-png}, {@code --export-svg}).
 */
final class ViewExport {
    private ViewExport() {}

    /** The command line's export options, checked. */
    record Options(
            Path png,
            Path svg,
            int width,
            int height,
            String from,
            String to,
            List<String> countries,
            AppPreferences.Theme theme,
            double scale) {}

    /** What was drawn, ready to be written: a PNG's pixels, an SVG's bytes, or both. */
    private record Rendered(PngImage png, byte[] svg) {}

    /**
     * The command-line export: returns the exit code (0, 1 for an invalid dataset, 2 for bad arguments or an
     * unreadable file, 3 when the output cannot be written).
     */
    static int run(Path dataFile, Options options, PrintWriter out, PrintWriter err) {
        if (options.width() < 100 || options.width() > 10_000 || options.height() < 100 || options.height() > 10_000) {
            err.println("--width and --height must be between 100 and 10000 pixels");
            return AppCommand.EXIT_USAGE;
        }
        TimeRange range;
        try {
            range = range(options.from(), options.to());
        } catch (InvalidDateException e) {
            err.println("--from/--to: " + e.getMessage());
            return AppCommand.EXIT_USAGE;
        }
        LoadResult result;
        try {
            result = new DatasetLoader().read(dataFile);
        } catch (IOException e) {
            err.println(dataFile + ": cannot read: " + e.getMessage());
            return AppCommand.EXIT_USAGE;
        }
        if (!result.isValid()) {
            result.errors().forEach(problem -> err.println(problem));
            err.println(dataFile + ": invalid, nothing exported");
            return AppCommand.EXIT_INVALID;
        }
        Dataset dataset = result.dataset();
        Set<String> hidden = new LinkedHashSet<>();
        if (!options.countries().isEmpty()) {
            for (String code : options.countries()) {
                if (dataset.country(code) == null) {
                    err.println("--countries: " + code + " is not a country of " + dataFile.getFileName());
                    return AppCommand.EXIT_USAGE;
                }
            }
            for (Country country : dataset.countries()) {
                if (!options.countries().contains(country.code())) {
                    hidden.add(country.code());
                }
            }
            hidden.add(EventFilter.NO_COUNTRY);
        }
        if (!Benchmark.startToolkit(err)) {
            return AppCommand.EXIT_USAGE;
        }
        EventFilter filter = EventFilter.NONE.withHiddenCountries(hidden);
        // Drawn on the JavaFX thread; written here, so that a failed write is told as such.
        Rendered rendered = Benchmark.onFx(() -> render(dataset, filter, range, options));
        Path writing = null;
        try {
            if (options.png() != null) {
                writing = options.png();
                rendered.png().write(writing);
                out.println("wrote " + writing);
            }
            if (options.svg() != null) {
                writing = options.svg();
                byte[] svg = rendered.svg();
                DatasetWriter.writeAtomically(writing, stream -> stream.write(svg));
                out.println("wrote " + writing);
            }
        } catch (IOException e) {
            err.println(writing + ": cannot write: " + (e.getMessage() == null ? e : e.getMessage()));
            return AppCommand.EXIT_WRITE;
        }
        return 0;
    }

    private static Rendered render(Dataset dataset, EventFilter filter, TimeRange range, Options options) {
        // The theme is global to the toolkit: put back whatever was there when done (windows may share it).
        String previousTheme = Application.getUserAgentStylesheet();
        Application.setUserAgentStylesheet(
                options.theme() == AppPreferences.Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
        try {
            return renderThemed(dataset, filter, range, options);
        } finally {
            Application.setUserAgentStylesheet(previousTheme);
        }
    }

    private static Rendered renderThemed(Dataset dataset, EventFilter filter, TimeRange range, Options options) {
        TimelineView view = new TimelineView();
        view.setAnimated(false);
        view.setDataset(dataset);
        EventIndex all = EventIndex.of(dataset.events());
        view.setEvents(
                filter.equals(EventFilter.NONE) ? all : all.subset(new FilterIndex(dataset.events()).matching(filter)));
        BorderPane root = new BorderPane(view);
        root.getStyleClass().add("explorer-window");
        root.pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), options.theme() == AppPreferences.Theme.DARK);
        Scene scene = new Scene(root, options.width(), options.height());
        scene.getStylesheets()
                .add(Objects.requireNonNull(ExplorerWindow.class.getResource("explorer.css"))
                        .toExternalForm());
        root.applyCss();
        root.layout();
        if (range != null) {
            view.setVisibleRange(range);
        } else {
            view.fitAll(false);
        }
        // A first snapshot lays the view out and draws it at the scene's size.
        root.snapshot(null, null);
        PngImage png = options.png() == null ? null : PngImage.of(view.exportImage(options.scale()));
        byte[] svg = null;
        if (options.svg() != null) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            view.exportSvg(bytes);
            svg = bytes.toByteArray();
        }
        return new Rendered(png, svg);
    }

    /** The time between two dates (a year, month or day each), or null for "fit everything". */
    static TimeRange range(String from, String to) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null) {
            throw new InvalidDateException("give both --from and --to, or neither");
        }
        HistoricalDate start = HistoricalDate.parse(pad(from));
        HistoricalDate end = HistoricalDate.parse(pad(to));
        if (end.endDayExclusive() <= start.firstDay()) {
            throw new InvalidDateException(to + " is before " + from);
        }
        return new TimeRange(start.firstDay(), end.endDayExclusive());
    }

    /** Years on the command line may be written short ("44"), or with a minus for BC ("-43"). */
    private static String pad(String text) {
        String trimmed = text.strip();
        boolean negative = trimmed.startsWith("-");
        String digits = negative ? trimmed.substring(1) : trimmed;
        if (digits.matches("\\d{1,3}")) {
            digits = String.format(Locale.ROOT, "%04d", Integer.parseInt(digits));
        }
        return (negative ? "-" : "") + digits;
    }
}
