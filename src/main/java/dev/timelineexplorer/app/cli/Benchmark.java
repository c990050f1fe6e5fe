package dev.timelineexplorer.app.cli;

import dev.timelineexplorer.app.map.MapShadings;
import dev.timelineexplorer.app.map.Playback;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.index.CountryTimeIndex;
import dev.timelineexplorer.index.DatasetIndexes;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.index.Grouping;
import dev.timelineexplorer.io.DatasetLoader;
import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.view.TimeRange;
import dev.timelineexplorer.view.TimelineView;
import dev.timelineexplorer.view.map.WorldMapView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

/**
 * {@code --benchmark FILE...}: measures loading, memory, filtering and drawing on any dataset, headless, and prints
 * one line of figures per file. Drawing is measured as a complete redraw of the timeline and its overview at
 * 1600x900, rasterised by JavaFX's software pipeline (a snapshot), over a fixed script of 200 frames: fit all, zoom
 * in step by step to a week, pan, and zoom back out. The script runs once unmeasured before the measured run. The
 * map beside it is measured over the same script ({@code map_frame_*}), and Play, timeline and map together, over five
 * seconds of playing ({@code play_frame_*}).
 *
 * <p>Before the first file, the bundled dataset is loaded and drawn once, as the app does at start: the figures are
 * those of a user opening a file in the running app, not of the JVM loading the reader's classes.
 */
public final class Benchmark {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 900;
    public static final int MAP_WIDTH = 800;
    public static final int MAP_HEIGHT = 400;
    private static final int FILTER_RUNS = 11;
    /** Frames of Play measured: five seconds at 60 frames a second, ten years of data at the default pace. */
    private static final int PLAY_FRAMES = 300;

    private Benchmark() {}

    /**
     * Sets up JavaFX for drawing without a window; must run before the toolkit starts. Rendering is the software
     * pipeline's, so that a picture and a figure are the same on every machine. Where Monocle, JavaFX's headless
     * platform, is on the class path (the tests'), no display is needed; the app does not ship it, and draws through
     * the desktop's display without opening a window (a server without one runs it under {@code xvfb-run}).
     */
    public static void useHeadlessToolkit() {
        if (hasHeadlessPlatform()) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
        }
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
    }

    /** Whether Monocle is on the class path (looked up as a file: loading its classes would start nothing yet). */
    static boolean hasHeadlessPlatform() {
        return Benchmark.class.getClassLoader().getResource("com/sun/glass/ui/monocle/MonoclePlatformFactory.class")
                != null;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * JavaFX's own logger, held so that its level stays set: the command line prints nothing but its own output, and
     * JavaFX warns on every start from a class path ("Unsupported JavaFX configuration").
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Starts the toolkit (once); false when it cannot start. */
    public static boolean startToolkit(PrintWriter err) {
        useHeadlessToolkit();
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        } catch (RuntimeException | LinkageError e) {
            err.println(cannotStart(e));
            return false;
        }
        Platform.setImplicitExit(false);
        try {
            started.get();
            return true;
        } catch (InterruptedException | ExecutionException e) {
            err.println(cannotStart(e));
            return false;
        }
    }

    /** Why drawing cannot start, and what to do: most often, no display to draw through. */
    private static String cannotStart(Throwable e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return hasHeadlessPlatform()
                ? "cannot start JavaFX headless: " + reason
                : "cannot start JavaFX (" + reason + "): drawing pictures and benchmarks needs a display; on a"
                        + " machine without one, run the command under xvfb-run";
    }

    /** Benchmarks each file; returns the exit code (2 when a file cannot be read, 1 when one is invalid). */
    public static int run(List<Path> files, Grouping grouping, PrintWriter out, PrintWriter err) {
        if (!startToolkit(err)) {
            return AppCommand.EXIT_USAGE;
        }
        warmUp();
        int exit = 0;
        for (Path file : files) {
            try {
                String line = measure(file, grouping, err);
                if (line == null) {
                    exit = Math.max(exit, AppCommand.EXIT_INVALID);
                } else {
                    out.println(line);
                    out.flush();
                }
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                exit = AppCommand.EXIT_USAGE;
            }
        }
        return exit;
    }

    /** Loads and draws the bundled dataset once, as the app does when it starts. */
    private static void warmUp() {
        Dataset bundled = dev.timelineexplorer.io.BundledDataset.load().dataset();
        onFx(() -> {
            TimelineView view = new TimelineView();
            view.setDataset(bundled);
            StackPane root = new StackPane(view);
            new Scene(root, WIDTH, HEIGHT);
            root.snapshot(new SnapshotParameters(), null);
            return null;
        });
    }

    private static String measure(Path file, Grouping grouping, PrintWriter err) throws IOException {
        collectGarbage();
        long loadStart = System.nanoTime();
        LoadResult result = new DatasetLoader().read(file);
        if (!result.isValid()) {
            result.errors().stream().limit(20).forEach(err::println);
            err.println(file + ": invalid, not benchmarked");
            return null;
        }
        Dataset dataset = result.dataset();
        DatasetIndexes indexes = DatasetIndexes.of(dataset);
        double readMs = millisSince(loadStart);

        // The heap holds the dataset and its indexes; measured before the view, whose canvases come and go.
        collectGarbage();
        Runtime runtime = Runtime.getRuntime();
        double heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);

        // The first frame painted is part of loading, as the user waits for it.
        long frameStart = System.nanoTime();
        StackPane root = onFx(() -> {
            TimelineView timeline = new TimelineView();
            timeline.setAnimated(false);
            timeline.setDataset(dataset);
            timeline.setEvents(indexes.events());
            StackPane pane = new StackPane(timeline);
            // The view covers the whole scene: the root's own background would be drawn only to be painted over,
            // and is the window's cost, not the timeline's.
            pane.setStyle("-fx-background-color: null;");
            new Scene(pane, WIDTH, HEIGHT);
            pane.snapshot(new SnapshotParameters(), new WritableImage(WIDTH, HEIGHT));
            return pane;
        });
        TimelineView view = (TimelineView) root.getChildren().get(0);
        double loadMs = readMs + millisSince(frameStart);

        double filterMs = measureFiltering(indexes, view);
        String lanes = "";
        if (grouping != Grouping.NONE) {
            double switchMs = measureGrouping(indexes, root, view, grouping);
            lanes = String.format(
                    Locale.ROOT,
                    " group_by=%s lanes=%d group_switch_ms=%.1f",
                    grouping.id(),
                    onFx(() -> view.getLanes().size()),
                    switchMs);
        }
        double editMs = EditBench.measure(indexes);
        MapBench map = onFx(() -> new MapBench(dataset, indexes.events()));
        double[][] measured = measureFrames(root, view, map);
        double[] frames = measured[0];
        double[] mapFrames = measured[1];
        double[] playFrames = measurePlay(root, view, map, dataset);
        Arrays.sort(frames);
        Arrays.sort(mapFrames);
        Arrays.sort(playFrames);
        return String.format(
                Locale.ROOT,
                "bench file=%s events=%d load_ms=%.0f heap_mb=%.0f filter_ms=%.1f frame_p50_ms=%.1f"
                        + " frame_p99_ms=%.1f frame_max_ms=%.1f map_frame_p50_ms=%.1f map_frame_p99_ms=%.1f"
                        + " play_frame_p50_ms=%.1f play_frame_p99_ms=%.1f edit_ms=%.2f%s",
                file.getFileName(),
                dataset.events().size(),
                loadMs,
                heapMb,
                filterMs,
                percentile(frames, 0.50),
                percentile(frames, 0.99),
                frames[frames.length - 1],
                percentile(mapFrames, 0.50),
                percentile(mapFrames, 0.99),
                percentile(playFrames, 0.50),
                percentile(playFrames, 0.99),
                editMs,
                lanes);
    }

    /**
     * The map as the window shows it beside a timeline that pans: a {@value #MAP_WIDTH}x{@value #MAP_HEIGHT} world
     * map whose shading is recounted for each frame's visible range from the per-country time index, then drawn.
     */
    private static final class MapBench {
        private final WorldMapView map = new WorldMapView();
        private final StackPane root = new StackPane(map);
        private final CountryTimeIndex counts;
        private final WritableImage image = new WritableImage(MAP_WIDTH, MAP_HEIGHT);
        private final I18n i18n = new I18n(Locale.ENGLISH);

        MapBench(Dataset dataset, EventIndex events) {
            counts = CountryTimeIndex.of(events);
            Double meridian = dataset.settings().centralMeridian();
            map.centralMeridianProperty().set(meridian == null ? 0 : meridian);
            root.setStyle("-fx-background-color: null;");
            new Scene(root, MAP_WIDTH, MAP_HEIGHT);
            root.snapshot(new SnapshotParameters(), image);
        }

        /** One frame of Play: shade the relations active on a day, redraw. On the FX thread; returns milliseconds. */
        double relationsFrame(Dataset dataset, double day) {
            long start = System.nanoTime();
            map.shadingProperty().set(MapShadings.relations(dataset, day, i18n));
            root.snapshot(new SnapshotParameters(), image);
            return millisSince(start);
        }

        /** One frame for a visible range: recount, reshade, redraw. On the FX thread; returns milliseconds. */
        double frame(TimeRange range) {
            long start = System.nanoTime();
            map.shadingProperty().set(MapShadings.counts(counts.countsIn(range.startDay(), range.endDay()), i18n));
            root.snapshot(new SnapshotParameters(), image);
            return millisSince(start);
        }
    }

    /**
     * Median time to switch the timeline from one band to lanes (of every country, region or category, in the
     * order the window's sidebar first shows them): the lanes' events worked out, handed to the view and drawn. Leaves
     * the lanes set, so that the frames measured next are those of the grouped timeline.
     */
    private static double measureGrouping(DatasetIndexes indexes, StackPane root, TimelineView view, Grouping by) {
        I18n i18n = new I18n(Locale.ENGLISH);
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        double[] runs = new double[FILTER_RUNS];
        for (int i = -2; i < FILTER_RUNS; i++) {
            int run = i;
            double ms = onFx(() -> {
                view.setLanes(List.of());
                root.snapshot(new SnapshotParameters(), image);
                long start = System.nanoTime();
                view.setLanes(DefaultLanes.of(indexes, indexes.events(), by, List.of(), i18n));
                root.snapshot(new SnapshotParameters(), image);
                return millisSince(start);
            });
            if (run >= 0) {
                runs[run] = ms; // the first two runs warm the code up
            }
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    /** Median time to hide the most common country (or show it again) and have the shown events indexed. */
    private static double measureFiltering(DatasetIndexes indexes, TimelineView view) {
        String busiest = null;
        int most = -1;
        for (Country country : indexes.dataset().countries()) {
            int count = indexes.filter().countryCount(country.code());
            if (count > most) {
                most = count;
                busiest = country.code();
            }
        }
        EventFilter hidden = busiest == null ? EventFilter.NONE : EventFilter.NONE.withHiddenCountries(Set.of(busiest));
        double[] runs = new double[FILTER_RUNS];
        for (int i = 0; i < FILTER_RUNS; i++) {
            EventFilter filter = i % 2 == 0 ? hidden : EventFilter.NONE;
            // As in the window: the shown index is built off the FX thread, then handed to the view.
            long start = System.nanoTime();
            EventIndex shown = indexes.shown(filter);
            runs[i] = onFx(() -> {
                view.setEvents(shown);
                return millisSince(start);
            });
        }
        onFx(() -> {
            view.setEvents(indexes.events());
            return null;
        });
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    /**
     * The frame script: 1 fit-all, 139 zoom-in steps to a week, 30 pans, 30 zoom-out steps. Returns the timeline's
     * frame times and, apart, the map's for the same ranges.
     */
    private static double[][] measureFrames(StackPane root, TimelineView view, MapBench map) {
        onFx(() -> {
            view.fitAll(false);
            return null;
        });
        TimeRange full = view.getVisibleRange();
        double center = busiestDay(view);
        List<TimeRange> script = new ArrayList<>();
        script.add(full);
        int zoomSteps = 139;
        double ratio = Math.pow(TimelineView.MIN_SPAN_DAYS / full.span(), 1.0 / zoomSteps);
        TimeRange range = full;
        for (int i = 0; i < zoomSteps; i++) {
            range = range.zoom(ratio, Math.min(Math.max(center, range.startDay()), range.endDay()));
            script.add(range);
        }
        for (int i = 0; i < 30; i++) {
            range = range.shift(range.span() * 0.1);
            script.add(range);
        }
        double outRatio = Math.pow(full.span() / range.span(), 1.0 / 30);
        for (int i = 0; i < 30; i++) {
            range = range.zoom(outRatio, range.center());
            script.add(range);
        }
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        SnapshotParameters parameters = new SnapshotParameters();
        // Run the script once before measuring, so that the figures are those of compiled code, as a user sees after
        // a few seconds of use, not of the interpreter.
        for (TimeRange warm : script) {
            onFx(() -> {
                view.setVisibleRange(warm);
                root.snapshot(parameters, image);
                return map.frame(warm);
            });
        }
        double[] times = new double[script.size()];
        double[] mapTimes = new double[script.size()];
        for (int i = 0; i < script.size(); i++) {
            TimeRange frame = script.get(i);
            times[i] = onFx(() -> {
                long start = System.nanoTime();
                view.setVisibleRange(frame);
                root.snapshot(parameters, image);
                return millisSince(start);
            });
            mapTimes[i] = onFx(() -> map.frame(frame));
        }
        return new double[][] {times, mapTimes};
    }

    /**
     * Play at its default pace (2 years a second at 60 frames a second) from the dataset's first date, the view
     * fitted to all events and following the cursor at its centre, as in the window: each frame moves the timeline
     * and reshades and redraws the map by the relations active on the cursor's day. After a warm-up of the same
     * frames. Returns the frame times, timeline and map together.
     */
    private static double[] measurePlay(StackPane root, TimelineView view, MapBench map, Dataset dataset) {
        TimeRange start = onFx(() -> {
            view.fitAll(false);
            TimeRange all = view.getVisibleRange();
            return all.shift(all.startDay() - all.center());
        });
        double daysPerFrame = 2 * Playback.YEAR / 60;
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        SnapshotParameters parameters = new SnapshotParameters();
        double[] times = new double[PLAY_FRAMES];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < PLAY_FRAMES; i++) {
                TimeRange range = start.shift(i * daysPerFrame);
                times[i] = onFx(() -> {
                    long begin = System.nanoTime();
                    view.setVisibleRange(range);
                    root.snapshot(parameters, image);
                    return millisSince(begin) + map.relationsFrame(dataset, range.center());
                });
            }
        }
        return times;
    }

    /** The middle of the busiest stretch, so that zooming in ends among events, not in empty time. */
    private static double busiestDay(TimelineView view) {
        List<Event> events = view.getEvents();
        if (events.isEmpty()) {
            return view.getVisibleRange().center();
        }
        return events.get(events.size() / 2).startDay() + 0.5;
    }

    private static double percentile(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    /** Runs work on the JavaFX thread and waits for its result. */
    public static <T> T onFx(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
