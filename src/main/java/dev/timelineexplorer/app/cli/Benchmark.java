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
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
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
 * in step by step to a week, pan, and zoom back out. The script runs unmeasured until the JIT compilers have little
 * left to compile (at most {@value #WARM_UP_PASSES} times), then {@value #MEASURED_PASSES} times measured, and each
 * frame's figure is its median over those passes: the machines are shared, and a neighbour's burst that stalls one
 * pass for 20 to 40 ms at a random frame is not that frame's cost ({@code frame_worst_ms} reports the worst single
 * pass all the same). The map beside it is measured over the same script ({@code map_frame_*}), and Play, timeline
 * and map together, over five seconds of playing ({@code play_frame_*}), the same way.
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
    /** Most unmeasured runs of a script before measuring: they stop sooner once the JIT compilers are done. */
    private static final int WARM_UP_PASSES = 5;
    /** A warm-up run in which the JIT compilers spent less than this (milliseconds) leaves the code compiled. */
    private static final double SETTLED_COMPILE_MS = 50;
    /** Measured runs of a script; each frame's figure is its median over them. */
    private static final int MEASURED_PASSES = 3;

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
            // As the window hands it over: with the index built off the FX thread, not indexed again here.
            timeline.setDataset(dataset, indexes.events());
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
        // What the switches and edits above left behind would otherwise be collected in some frame below.
        collectGarbage();
        FrameTimes[] measured = measureFrames(root, view, map);
        FrameTimes frames = measured[0];
        FrameTimes mapFrames = measured[1];
        collectGarbage();
        FrameTimes playFrames = measurePlay(root, view, map, dataset);
        return String.format(
                Locale.ROOT,
                "bench file=%s events=%d load_ms=%.0f heap_mb=%.0f filter_ms=%.1f frame_p50_ms=%.1f"
                        + " frame_p99_ms=%.1f frame_max_ms=%.1f frame_worst_ms=%.1f map_frame_p50_ms=%.1f"
                        + " map_frame_p99_ms=%.1f play_frame_p50_ms=%.1f play_frame_p99_ms=%.1f edit_ms=%.2f%s",
                file.getFileName(),
                dataset.events().size(),
                loadMs,
                heapMb,
                filterMs,
                frames.percentile(0.50),
                frames.percentile(0.99),
                frames.percentile(1),
                frames.worstSingle(),
                mapFrames.percentile(0.50),
                mapFrames.percentile(0.99),
                playFrames.percentile(0.50),
                playFrames.percentile(0.99),
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
    private static FrameTimes[] measureFrames(StackPane root, TimelineView view, MapBench map) {
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
        FrameTimes times = new FrameTimes(script.size());
        FrameTimes mapTimes = new FrameTimes(script.size());
        runPasses(measured -> {
            for (int i = 0; i < script.size(); i++) {
                TimeRange frame = script.get(i);
                double ms = onFx(() -> {
                    long start = System.nanoTime();
                    view.setVisibleRange(frame);
                    root.snapshot(parameters, image);
                    return millisSince(start);
                });
                double mapMs = onFx(() -> map.frame(frame));
                if (measured) {
                    times.add(i, ms);
                    mapTimes.add(i, mapMs);
                }
            }
        });
        return new FrameTimes[] {times, mapTimes};
    }

    /**
     * Play at its default pace (2 years a second at 60 frames a second) from the dataset's first date, the view
     * fitted to all events and following the cursor at its centre, as in the window: each frame moves the timeline
     * and reshades and redraws the map by the relations active on the cursor's day. After a warm-up of the same
     * frames. Returns the frame times, timeline and map together.
     */
    private static FrameTimes measurePlay(StackPane root, TimelineView view, MapBench map, Dataset dataset) {
        TimeRange start = onFx(() -> {
            view.fitAll(false);
            TimeRange all = view.getVisibleRange();
            return all.shift(all.startDay() - all.center());
        });
        double daysPerFrame = 2 * Playback.YEAR / 60;
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        SnapshotParameters parameters = new SnapshotParameters();
        FrameTimes times = new FrameTimes(PLAY_FRAMES);
        runPasses(measured -> {
            for (int i = 0; i < PLAY_FRAMES; i++) {
                TimeRange range = start.shift(i * daysPerFrame);
                double ms = onFx(() -> {
                    long begin = System.nanoTime();
                    view.setVisibleRange(range);
                    root.snapshot(parameters, image);
                    return millisSince(begin) + map.relationsFrame(dataset, range.center());
                });
                if (measured) {
                    times.add(i, ms);
                }
            }
        });
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

    /** One run of a frame script, measured or not. */
    private interface ScriptPass {
        void run(boolean measured);
    }

    /**
     * Runs a script unmeasured until a run leaves the JIT compilers nearly idle (or {@value #WARM_UP_PASSES} times),
     * then {@value #MEASURED_PASSES} times measured.
     */
    private static void runPasses(ScriptPass pass) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        for (int warm = 0; warm < WARM_UP_PASSES; warm++) {
            long compiledBefore = timed ? jit.getTotalCompilationTime() : 0;
            pass.run(false);
            if (!timed || jit.getTotalCompilationTime() - compiledBefore < SETTLED_COMPILE_MS) {
                break;
            }
        }
        for (int measured = 0; measured < MEASURED_PASSES; measured++) {
            pass.run(true);
        }
    }

    /**
     * Milliseconds per frame of a script over its measured runs. A frame's figure is its median over the runs, so
     * that a stall of the machine in one run is not counted as that frame's cost; the worst single run is kept apart.
     */
    static final class FrameTimes {
        private final double[][] runs;
        private final int[] filled;

        FrameTimes(int frames) {
            runs = new double[frames][MEASURED_PASSES];
            filled = new int[frames];
        }

        /** Records one measured run of a frame. */
        void add(int frame, double ms) {
            runs[frame][filled[frame]++] = ms;
        }

        /** The given fraction's percentile (0.5 the median, 1 the most) of the frames' medians over the runs. */
        double percentile(double fraction) {
            double[] medians = new double[runs.length];
            for (int i = 0; i < runs.length; i++) {
                double[] frame = Arrays.copyOf(runs[i], filled[i]);
                Arrays.sort(frame);
                medians[i] = frame.length == 0 ? 0 : frame[frame.length / 2];
            }
            Arrays.sort(medians);
            int index = (int) Math.ceil(fraction * medians.length) - 1;
            return medians[Math.max(0, Math.min(medians.length - 1, index))];
        }

        /** The longest any frame took in any one run. */
        double worstSingle() {
            double worst = 0;
            for (int i = 0; i < runs.length; i++) {
                for (int r = 0; r < filled[i]; r++) {
                    worst = Math.max(worst, runs[i][r]);
                }
            }
            return worst;
        }
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
