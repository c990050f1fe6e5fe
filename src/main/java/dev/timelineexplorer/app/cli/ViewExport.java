package dev.timelineexplorer.app.cli;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.timelineexplorer.app.export.Picture;
import dev.timelineexplorer.app.export.PngImage;
import dev.timelineexplorer.app.map.MapPanel;
import dev.timelineexplorer.app.map.MapShadings;
import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.app.settings.AppTimelineTexts;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.app.window.ExplorerWindow;
import dev.timelineexplorer.index.CountryTimeIndex;
import dev.timelineexplorer.index.DatasetIndexes;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.index.Grouping;
import dev.timelineexplorer.io.DatasetLoader;
import dev.timelineexplorer.io.DatasetWriter;
import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.ProblemMessages;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import dev.timelineexplorer.view.TimeRange;
import dev.timelineexplorer.view.TimelineView;
import dev.timelineexplorer.view.map.RelationChart;
import dev.timelineexplorer.view.map.WorldMapView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;

/**
 * Exports a dataset from the command line, without a window or display: its timeline, world map or both as PNG or SVG
 * ({@code --export-png}, {@code --export-svg}, {@code --view}, {@code --at}), its events as CSV ({@code
 * --export-csv}).
 */
public final class ViewExport {
    private ViewExport() {}

    /** The command line's export options, checked. */
    public record Options(
            Path png,
            Path svg,
            Path csv,
            int width,
            int height,
            String from,
            String to,
            List<String> countries,
            AppPreferences.Theme theme,
            double scale,
            Picture.Part view,
            String at,
            Locale language,
            Grouping grouping) {}

    /** What was drawn, ready to be written: a PNG's pixels, an SVG's bytes, or both. */
    private record Rendered(PngImage png, byte[] svg) {}

    /**
     * The command-line export: returns the exit code (0, 1 for an invalid dataset, 2 for bad arguments or an
     * unreadable file, 3 when the output cannot be written).
     */
    public static int run(Path dataFile, Options options, PrintWriter out, PrintWriter err) {
        // What goes wrong is said in the language of --lang, as the pictures are drawn in it.
        I18n said = new I18n(options.language());
        if (options.width() < 100 || options.width() > 10_000 || options.height() < 100 || options.height() > 10_000) {
            err.println(said.text("cli.export.size"));
            return AppCommand.EXIT_USAGE;
        }
        TimeRange range;
        try {
            range = range(options.from(), options.to(), said);
        } catch (IllegalArgumentException e) {
            err.println("--from/--to: " + e.getMessage());
            return AppCommand.EXIT_USAGE;
        }
        HistoricalDate at = null;
        if (options.at() != null) {
            try {
                at = HistoricalDate.parse(pad(options.at()));
            } catch (InvalidDateException e) {
                err.println("--at: " + ProblemMessages.text(ProblemKind.dateReason(e), options.language()));
                return AppCommand.EXIT_USAGE;
            }
        }
        LoadResult result;
        try {
            result = new DatasetLoader().read(dataFile);
        } catch (IOException e) {
            err.println(said.text("cli.cannotRead", dataFile, AppCommand.describe(e, said)));
            return AppCommand.EXIT_USAGE;
        }
        if (!result.isValid()) {
            result.errors().forEach(problem -> err.println(ProblemMessages.format(problem, options.language())));
            err.println(said.text("cli.export.invalid", dataFile));
            return AppCommand.EXIT_INVALID;
        }
        Dataset dataset = result.dataset();
        Set<String> hidden = new LinkedHashSet<>();
        if (!options.countries().isEmpty()) {
            for (String code : options.countries()) {
                if (dataset.country(code) == null) {
                    err.println(said.text("cli.export.unknownCountry", code, dataFile.getFileName()));
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
        EventFilter filter = EventFilter.NONE.withHiddenCountries(hidden);
        // Indexed once, here, off the JavaFX thread; the drawing reuses the indexes.
        DatasetIndexes indexes = DatasetIndexes.of(dataset);
        if (options.csv() != null) {
            List<dev.timelineexplorer.model.Event> events = indexes.filter().apply(filter).stream()
                    .filter(e ->
                            range == null || e.startDay() < range.endDay() && e.endDayExclusive() > range.startDay())
                    .toList();
            try {
                dev.timelineexplorer.io.CsvExporter.export(
                        events, options.language().getLanguage(), options.csv());
                out.println("wrote " + options.csv() + " (" + events.size() + " events)");
            } catch (IOException e) {
                err.println(said.text(
                        "cli.export.cannotWrite", options.csv(), e.getMessage() == null ? e : e.getMessage()));
                return AppCommand.EXIT_WRITE;
            }
        }
        if (options.png() == null && options.svg() == null) {
            return 0;
        }
        if (options.view() == Picture.Part.CHART
                && MapPanel.chartSeries(dataset, new I18n(options.language())).isEmpty()) {
            err.println(said.text("cli.export.noPeriods", dataFile.getFileName()));
            return AppCommand.EXIT_USAGE;
        }
        if ((options.view() == Picture.Part.MAP || options.view() == Picture.Part.BOTH)
                && !MapPanel.isMappable(dataset)) {
            err.println(said.text(
                    "cli.export.notOnMap", options.view().name().toLowerCase(Locale.ROOT), dataFile.getFileName()));
            return AppCommand.EXIT_USAGE;
        }
        if (!Benchmark.startToolkit(err)) {
            return AppCommand.EXIT_USAGE;
        }
        HistoricalDate cursor = at;
        // Drawn on the JavaFX thread; written here, so that a failed write is told as such.
        Rendered rendered = Benchmark.onFx(() -> render(indexes, filter, range, cursor, options));
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
            err.println(said.text("cli.export.cannotWrite", writing, e.getMessage() == null ? e : e.getMessage()));
            return AppCommand.EXIT_WRITE;
        }
        return 0;
    }

    private static Rendered render(
            DatasetIndexes indexes, EventFilter filter, TimeRange range, HistoricalDate at, Options options) {
        // The theme is global to the toolkit: put back whatever was there when done (windows may share it).
        String previousTheme = Application.getUserAgentStylesheet();
        Application.setUserAgentStylesheet(
                options.theme() == AppPreferences.Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
        try {
            return renderThemed(indexes, filter, range, at, options);
        } finally {
            Application.setUserAgentStylesheet(previousTheme);
        }
    }

    private static Rendered renderThemed(
            DatasetIndexes indexes, EventFilter filter, TimeRange range, HistoricalDate at, Options options) {
        Dataset dataset = indexes.dataset();
        TimelineView view = new TimelineView();
        view.setAnimated(false);
        view.setDataset(dataset, indexes.events());
        EventIndex shown = indexes.shown(filter);
        view.setEvents(shown);
        I18n lanesWords = new I18n(options.language());
        view.setLanes(DefaultLanes.of(indexes, shown, options.grouping(), options.countries(), lanesWords));
        if (options.grouping() != Grouping.NONE) {
            view.setLaneHeading(
                    lanesWords.text("lanes.heading." + options.grouping().id()));
        }
        WorldMapView map = new WorldMapView();
        I18n i18n = new I18n(options.language());
        RelationChart chart = new RelationChart();
        chart.seriesProperty().set(MapPanel.chartSeries(dataset, i18n));
        chart.titleProperty().set(i18n.text("map.chartTitle"));
        TimeRange chartRange = MapPanel.chartRange(dataset);
        if (chartRange != null) {
            chart.startDayProperty().set(chartRange.startDay());
            chart.endDayProperty().set(chartRange.endDay());
        }
        if (at != null) {
            chart.cursorDayProperty().set(at.firstDay());
        }
        // The chart goes under the map where it fits: a picture tall enough for both, of a dataset with periods.
        double chartHeight = switch (options.view()) {
            case CHART -> options.height();
            case MAP ->
                !chart.seriesProperty().get().isEmpty() && options.height() >= 480
                        ? Math.round(Math.min(220, options.height() * 0.28))
                        : 0;
            default -> 0;
        };
        // With both, the map takes the lower part, about as high as half its width allows, at most half the picture.
        double mapHeight = switch (options.view()) {
            case TIMELINE, CHART -> 0;
            case MAP -> options.height() - chartHeight;
            case BOTH -> Math.round(Math.min(options.height() / 2.0, options.width() / 2.2));
        };
        VBox root = new VBox();
        if (options.view() == Picture.Part.TIMELINE || options.view() == Picture.Part.BOTH) {
            view.setPrefSize(options.width(), options.height() - mapHeight);
            root.getChildren().add(view);
        }
        // The map is in the scene for the chart alone too: the chart takes the map's themed colours.
        if (options.view() != Picture.Part.TIMELINE) {
            map.setPrefSize(options.width(), mapHeight);
            root.getChildren().add(map);
        }
        root.getStyleClass().add("explorer-window");
        root.pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), options.theme() == AppPreferences.Theme.DARK);
        Scene scene = new Scene(root, options.width(), options.height());
        ExplorerWindow.addStylesheets(scene);
        root.applyCss();
        root.layout();
        if (range != null) {
            view.setVisibleRange(range);
        } else {
            view.fitAll(false);
        }
        view.setTexts(new AppTimelineTexts(i18n));
        map.centralMeridianProperty()
                .set(
                        dataset.settings().centralMeridian() == null
                                ? 0
                                : dataset.settings().centralMeridian());
        java.util.Map<String, String> names = new java.util.HashMap<>();
        dataset.countries().forEach(c -> names.put(c.code(), c.name().in(i18n.language())));
        map.countryNamesProperty().set(code -> names.getOrDefault(code, code));
        map.excludedCodesProperty().set(filter.hiddenCountries());
        map.excludedLabelProperty().set(i18n.text("map.filteredOut"));
        if (at != null) {
            double day = at.firstDay();
            view.setCursorShown(true);
            view.setCursorDay(day);
            map.shadingProperty().set(MapShadings.relations(dataset, day, i18n));
        } else {
            TimeRange visible = view.getVisibleRange();
            map.shadingProperty()
                    .set(MapShadings.counts(
                            CountryTimeIndex.of(shown).countsIn(visible.startDay(), visible.endDay()), i18n));
        }
        // A first snapshot lays the views out and draws them at the scene's size.
        root.snapshot(null, null);
        chart.mapStyleProperty().set(map.style());
        Picture picture = new Picture(view, map, options.view(), options.width(), mapHeight, chart, chartHeight);
        PngImage png = options.png() == null ? null : PngImage.of(picture.image(options.scale()));
        byte[] svg = options.svg() == null ? null : picture.svg();
        return new Rendered(png, svg);
    }

    /**
     * The time between two dates (a year, month or day each), or null for "fit everything".
     *
     * @param said the language of --lang, in which a problem is said
     * @throws IllegalArgumentException saying in that language why the two are not two dates in order
     */
    public static TimeRange range(String from, String to, I18n said) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException(said.text("cli.export.fromAndTo"));
        }
        HistoricalDate start;
        HistoricalDate end;
        try {
            start = HistoricalDate.parse(pad(from));
            end = HistoricalDate.parse(pad(to));
        } catch (InvalidDateException e) {
            throw new IllegalArgumentException(ProblemMessages.text(ProblemKind.dateReason(e), said.getLocale()), e);
        }
        if (end.endDayExclusive() <= start.firstDay()) {
            throw new IllegalArgumentException(said.text("cli.export.toBeforeFrom", to, from));
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
