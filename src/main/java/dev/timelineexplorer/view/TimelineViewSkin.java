package dev.timelineexplorer.view;

import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.model.DatePrecision;
import dev.timelineexplorer.model.Era;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Draws a {@link TimelineView} on two canvases (the main band with its axis, and the overview strip) and turns
 * mouse, trackpad and keyboard input into changes of the control's properties.
 *
 * <p>Every position comes from one {@link TimeScale}; the boxes drawn in the last frame are kept for hit-testing,
 * so a click lands on exactly what was drawn. Rows are laid out for all shown events at the current zoom and cached
 * until the zoom, the events or the font change, so panning never moves an event to another row.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {
    static final double AXIS_HEIGHT = 40;
    static final double ERA_LINE_HEIGHT = 15;
    static final double OVERVIEW_HEIGHT = 44;
    static final double ROW_HEIGHT = 22;
    static final double BAR_HEIGHT = 14;
    static final double MARKER_RADIUS = 5;
    static final double LABEL_GAP = 5;
    static final double ITEM_GAP = 8;
    static final double BADGE_BUCKET_PX = 64;
    static final double DRAG_THRESHOLD = 3;
    /** Up to this many events, rows are laid out for all of them, so panning never moves one. */
    static final int WHOLE_LAYOUT_LIMIT = 20_000;
    /** Individual drawing needs at least this many pixels of width per event in each row. */
    static final double DENSITY_PIXELS_PER_EVENT = 40;

    static final double DENSITY_COLUMN_PX = 2;
    static final double EDGE_GRAB = 6;

    private final Canvas mainCanvas = new Canvas();
    private final Canvas overviewCanvas = new Canvas();
    private final Text measurer = new Text();
    private final Tooltip tooltip = new Tooltip();

    private final List<Hit> hits = new ArrayList<>();
    private final List<BadgeHit> badgeHits = new ArrayList<>();
    private TimeScale scale;
    private TimeScale overviewScale;

    // Layout cache: rows for every shown event at one zoom level.
    private List<Event> layoutEvents;
    private Font layoutFont;
    private double layoutPixelsPerDay = Double.NaN;
    private TimeRange layoutWindow;
    private int[] layoutPositions = new int[0];
    private double[] layoutEnds = new double[0];
    private int[] layoutRows = new int[0];
    private int rowCount;
    private final LabelWidths labelWidths = new LabelWidths();

    // Overview density, cached: it changes only with the events, the width or the dataset's extent.
    private List<Event> overviewEvents;
    private TimeScale overviewCountsScale;
    private int[] overviewCounts = new int[0];

    // Mouse state.
    private double pressX;
    private double pressY;
    private TimeRange pressRange;
    private TimeScale pressScale;
    private boolean dragging;
    private OverviewDrag overviewDrag = OverviewDrag.NONE;
    private boolean tooltipInstalled;

    private enum OverviewDrag {
        NONE,
        MOVE,
        LEFT_EDGE,
        RIGHT_EDGE
    }

    /** A drawn event, for hit-testing: its box and its anchor point, in control coordinates. */
    private record Hit(Event event, double x0, double y0, double x1, double y1, double anchorX, double anchorY) {
        boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    /** A drawn "+N" badge and the time it stands for. */
    private record BadgeHit(double x0, double y0, double x1, double y1, TimeRange range) {
        boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    private final EventHandler<KeyEvent> keyHandler = this::onKeyPressed;

    public TimelineViewSkin(TimelineView control) {
        super(control);
        getChildren().addAll(mainCanvas, overviewCanvas);
        tooltip.setShowDelay(Duration.millis(300));

        registerChangeListener(control.datasetProperty(), o -> invalidateLayout());
        registerChangeListener(control.eventsProperty(), o -> invalidateLayout());
        registerChangeListener(control.visibleRangeProperty(), o -> redraw());
        registerChangeListener(control.selectedEventProperty(), o -> redraw());
        registerChangeListener(control.hoveredEventProperty(), o -> redraw());
        registerChangeListener(control.colorModeProperty(), o -> redraw());
        registerChangeListener(control.labelFontProperty(), o -> invalidateLayout());
        for (var paint : List.of(
                control.backgroundFillProperty(),
                control.textFillProperty(),
                control.mutedTextFillProperty(),
                control.gridStrokeProperty(),
                control.majorGridStrokeProperty(),
                control.axisFillProperty(),
                control.eraFillProperty(),
                control.eraTextFillProperty(),
                control.selectionStrokeProperty(),
                control.badgeFillProperty(),
                control.badgeTextFillProperty(),
                control.overviewFillProperty(),
                control.overviewWindowFillProperty(),
                control.neutralEventFillProperty())) {
            registerChangeListener(paint, o -> redraw());
        }

        mainCanvas.setOnScroll(this::onScroll);
        mainCanvas.setOnZoom(this::onZoom);
        mainCanvas.setOnMousePressed(this::onMainPressed);
        mainCanvas.setOnMouseDragged(this::onMainDragged);
        mainCanvas.setOnMouseReleased(this::onMainReleased);
        mainCanvas.setOnMouseMoved(e -> updateHover(e.getX(), e.getY()));
        mainCanvas.setOnMouseExited(e -> updateHover(-1, -1));
        overviewCanvas.setOnMousePressed(this::onOverviewPressed);
        overviewCanvas.setOnMouseDragged(this::onOverviewDragged);
        overviewCanvas.setOnMouseReleased(e -> overviewDrag = OverviewDrag.NONE);
        overviewCanvas.setOnMouseMoved(this::onOverviewMoved);
        overviewCanvas.setOnScroll(this::onScroll);
        control.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        Tooltip.uninstall(mainCanvas, tooltip);
        getChildren().clear();
        super.dispose();
    }

    // ------------------------------------------------------------------ public geometry

    TimeScale timeScale() {
        return scale;
    }

    Optional<Point2D> eventPosition(Event event) {
        for (Hit hit : hits) {
            if (hit.event == event) {
                return Optional.of(new Point2D(hit.anchorX, hit.anchorY));
            }
        }
        return Optional.empty();
    }

    Event eventAt(double x, double y) {
        // Later hits are drawn on top, so search from the end.
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (hits.get(i).contains(x, y)) {
                return hits.get(i).event;
            }
        }
        return null;
    }

    private BadgeHit badgeAt(double x, double y) {
        for (BadgeHit badge : badgeHits) {
            if (badge.contains(x, y)) {
                return badge;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ layout and drawing

    private void invalidateLayout() {
        layoutEvents = null;
        redraw();
    }

    private void redraw() {
        getSkinnable().requestLayout();
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + AXIS_HEIGHT + 2 * ERA_LINE_HEIGHT + ROW_HEIGHT * 3 + OVERVIEW_HEIGHT + bottom;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + 420 + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + 800 + right;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double mainHeight = Math.max(1, h - OVERVIEW_HEIGHT);
        mainCanvas.relocate(x, y);
        mainCanvas.setWidth(Math.max(1, w));
        mainCanvas.setHeight(mainHeight);
        overviewCanvas.relocate(x, y + mainHeight);
        overviewCanvas.setWidth(Math.max(1, w));
        overviewCanvas.setHeight(OVERVIEW_HEIGHT);
        draw();
    }

    private void draw() {
        paint(new FxPainter(mainCanvas.getGraphicsContext2D()), new FxPainter(overviewCanvas.getGraphicsContext2D()));
    }

    /** Paints the main band and the overview strip, each from its own origin. */
    private void paint(Painter main, Painter overview) {
        TimelineView control = getSkinnable();
        double width = mainCanvas.getWidth();
        TimeRange range = control.getVisibleRange();
        scale = new TimeScale(range.startDay(), range.endDay(), width);
        hits.clear();
        badgeHits.clear();
        main.setFill(control.backgroundFillProperty().get());
        main.fillRect(0, 0, width, mainCanvas.getHeight());
        drawEras(main);
        drawAxis(main);
        drawEvents(main);
        drawOverview(overview);
    }

    /**
     * Writes what the view shows now as an SVG document of the same size: the same drawing routine, with shapes as
     * shapes and text as text.
     */
    void writeSvg(java.io.OutputStream out) throws javax.xml.stream.XMLStreamException {
        double width = mainCanvas.getWidth();
        double mainHeight = mainCanvas.getHeight();
        SvgPainter svg = new SvgPainter(out, width, mainHeight + overviewCanvas.getHeight());
        // The overview strip lies under the main band: its painter is the same document, moved down.
        Painter overview = new OffsetPainter(svg, 0, mainHeight);
        paint(svg, overview);
        svg.finish();
    }

    /**
     * Renders the view at a scale (2 for a sharp image on high-density screens), re-drawing rather than enlarging
     * pixels.
     */
    javafx.scene.image.WritableImage renderImage(double factor) {
        double width = mainCanvas.getWidth();
        double mainHeight = mainCanvas.getHeight();
        Canvas target =
                new Canvas(Math.ceil(width * factor), Math.ceil((mainHeight + overviewCanvas.getHeight()) * factor));
        GraphicsContext g = target.getGraphicsContext2D();
        g.scale(factor, factor);
        Painter main = new FxPainter(g);
        paint(main, new OffsetPainter(main, 0, mainHeight));
        javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        javafx.scene.image.WritableImage image = target.snapshot(parameters, null);
        draw();
        return image;
    }

    private Font font() {
        Font font = getSkinnable().labelFontProperty().get();
        return font == null ? Font.font(12) : font;
    }

    private Font boldFont() {
        Font font = font();
        return Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    }

    private double measure(String text, Font font) {
        measurer.setFont(font);
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    private void drawAxis(Painter g) {
        TimelineView control = getSkinnable();
        double width = scale.width();
        double height = mainCanvas.getHeight();
        g.setFill(control.axisFillProperty().get());
        g.fillRect(0, 0, width, AXIS_HEIGHT);
        Font font = font();
        Font bold = boldFont();
        AxisTicks ticks = AxisTicks.compute(scale, s -> measure(s, font), s -> measure(s, bold), 10);

        g.setLineWidth(1);
        g.setStroke(control.gridStrokeProperty().get());
        for (AxisTicks.Tick tick : ticks.minor()) {
            double x = snap(scale.toX(tick.day()));
            g.strokeLine(x, AXIS_HEIGHT / 2, x, height);
        }
        g.setStroke(control.majorGridStrokeProperty().get());
        for (AxisTicks.Tick tick : ticks.major()) {
            double x = snap(scale.toX(tick.day()));
            g.strokeLine(x, 0, x, height);
        }
        g.strokeLine(0, snap(AXIS_HEIGHT), width, snap(AXIS_HEIGHT));

        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(bold);
        g.setFill(control.textFillProperty().get());
        List<AxisTicks.Tick> major = ticks.major();
        for (int i = 0; i < major.size(); i++) {
            AxisTicks.Tick tick = major.get(i);
            double x = scale.toX(tick.day()) + 4;
            double nextX = i + 1 < major.size() ? scale.toX(major.get(i + 1).day()) : Double.MAX_VALUE;
            double labelWidth = measure(tick.label(), bold);
            // The label of a period that began off-screen sticks to the left edge until the next one pushes it.
            double drawX = Math.min(Math.max(x, 4), nextX - labelWidth - 8);
            if (drawX + labelWidth > 0 && drawX < width) {
                g.fillText(tick.label(), drawX, AXIS_HEIGHT * 0.27);
            }
        }
        g.setFont(font);
        g.setFill(control.mutedTextFillProperty().get());
        for (AxisTicks.Tick tick : ticks.minor()) {
            double x = scale.toX(tick.day()) + 4;
            // A minor label cut by the left edge reads as nonsense ("pr" for "Apr"): leave it out.
            if (x >= 2 && x < width) {
                g.fillText(tick.label(), x, AXIS_HEIGHT * 0.72);
            }
        }
    }

    /** Height of the strip under the axis where era names go: one line per level of overlapping eras, up to two. */
    private double eraStripHeight() {
        TimelineView control = getSkinnable();
        if (control.getDataset() == null || control.getDataset().eras().isEmpty()) {
            return 4;
        }
        List<Era> eras = control.getDataset().eras();
        int depth = 1;
        for (Era a : eras) {
            int overlapping = 0;
            for (Era b : eras) {
                if (b.startDay() <= a.startDay() && b.endDayExclusive() > a.startDay()) {
                    overlapping++;
                }
            }
            depth = Math.max(depth, overlapping);
        }
        return Math.min(depth, 2) * ERA_LINE_HEIGHT + 4;
    }

    private void drawEras(Painter g) {
        TimelineView control = getSkinnable();
        if (control.getDataset() == null) {
            return;
        }
        double height = mainCanvas.getHeight();
        Font font = font();
        Font eraFont = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() - 1.5);
        int lines = (int) ((eraStripHeight() - 4) / ERA_LINE_HEIGHT);
        double[] lineEnd = new double[Math.max(lines, 0)];
        java.util.Arrays.fill(lineEnd, Double.NEGATIVE_INFINITY);
        g.setFont(eraFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        TimeRange view = scale.toTimeRange();
        for (Era era : control.getDataset().eras()) {
            if (!view.intersects(era.startDay(), era.endDayExclusive())) {
                continue;
            }
            double x0 = Math.max(-1, scale.toX(era.startDay()));
            double x1 = Math.min(scale.width() + 1, scale.toX(era.endDayExclusive()));
            g.setFill(era.color() == null ? control.eraFillProperty().get() : Color.web(era.color(), 0.07));
            g.fillRect(x0, AXIS_HEIGHT, x1 - x0, height - AXIS_HEIGHT);
            String title = era.title().toUpperCase(java.util.Locale.ROOT);
            double textWidth = measure(title, eraFont);
            // The name follows the visible part of its era, and takes the first free line; if none is free, or the
            // era is too narrow for it, the name is left out rather than drawn over another.
            double textX = Math.max(x0 + 6, Math.min(6, x1 - textWidth - 6));
            if (textX + textWidth > x1 - 4) {
                continue;
            }
            for (int line = 0; line < lineEnd.length; line++) {
                if (textX >= lineEnd[line] + 12) {
                    lineEnd[line] = textX + textWidth;
                    g.setFill(control.eraTextFillProperty().get());
                    g.fillText(title, textX, AXIS_HEIGHT + 2 + line * ERA_LINE_HEIGHT + ERA_LINE_HEIGHT / 2);
                    break;
                }
            }
        }
    }

    /**
     * Lays out rows for the events around the view at the current zoom, reusing the last layout while the zoom is
     * the same and the view stays inside the stretch that was laid out. Small datasets are laid out whole, so their
     * rows never change while panning; large ones are laid out over three screens' width around the view.
     */
    private void ensureLayout(EventIndex index, TimeRange view) {
        TimelineView control = getSkinnable();
        List<Event> events = control.getEvents();
        Font font = font();
        double ppd = scale.pixelsPerDay();
        boolean sameEvents = events == layoutEvents && font.equals(layoutFont);
        if (!sameEvents) {
            labelWidths.reset(events.size(), font);
        }
        boolean whole = events.size() <= WHOLE_LAYOUT_LIMIT;
        boolean windowHolds = whole
                || (layoutWindow != null
                        && view.startDay() >= layoutWindow.startDay()
                        && view.endDay() <= layoutWindow.endDay());
        if (sameEvents && ppd == layoutPixelsPerDay && windowHolds) {
            return;
        }
        int[] positions;
        if (whole) {
            positions = new int[events.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            layoutWindow = null;
        } else {
            layoutWindow = new TimeRange(view.startDay() - view.span(), view.endDay() + view.span());
            positions = index.intersecting(layoutWindow.startDay() - daysOfLabelReach(ppd), layoutWindow.endDay());
        }
        int n = positions.length;
        double[] starts = new double[n];
        double[] ends = new double[n];
        for (int k = 0; k < n; k++) {
            Event event = events.get(positions[k]);
            double labelWidth = labelWidths.of(positions[k], event.title());
            double start = event.startDay();
            double barEnd = event.isSpan() ? event.endDayExclusive() : uncertainEnd(event.start());
            double barPixels = (barEnd - start) * ppd;
            double end;
            if (event.isSpan() && labelWidth + 2 * LABEL_GAP <= barPixels) {
                end = barEnd;
            } else {
                double markerEnd = Math.max(barPixels, MARKER_RADIUS);
                end = start + (markerEnd + LABEL_GAP + labelWidth) / ppd;
            }
            starts[k] = start - (MARKER_RADIUS + 1) / ppd;
            ends[k] = end + ITEM_GAP / ppd;
        }
        layoutPositions = positions;
        layoutEnds = ends;
        layoutRows = RowLayout.assign(starts, ends);
        rowCount = RowLayout.rowCount(layoutRows);
        layoutEvents = events;
        layoutFont = font;
        layoutPixelsPerDay = ppd;
    }

    /** How far left of the view a point event may start and still have its label reach into the view. */
    private static double daysOfLabelReach(double pixelsPerDay) {
        return 420 / pixelsPerDay;
    }

    /** The end of the period an imprecise date may mean; the day itself for a day-precise date. */
    private static double uncertainEnd(HistoricalDate date) {
        return date.precision() == DatePrecision.DAY ? date.firstDay() : date.endDayExclusive();
    }

    private void drawEvents(Painter g) {
        TimelineView control = getSkinnable();
        List<Event> events = control.getEvents();
        double width = scale.width();
        double height = mainCanvas.getHeight();
        double top = AXIS_HEIGHT + eraStripHeight() + 2;
        if (events.isEmpty()) {
            drawMessage(
                    g,
                    control.getDataset() == null ? "No dataset loaded" : "No events to show",
                    top + (height - top) / 2);
            return;
        }
        EventIndex index = control.eventIndex();
        TimeRange view = scale.toTimeRange();
        double ppd = scale.pixelsPerDay();
        int fittingRows = Math.max(1, (int) Math.floor((height - top - 4) / ROW_HEIGHT));
        int inView = index.countIntersecting(view.startDay() - daysOfLabelReach(ppd), view.endDay());
        // Beyond what rows can show legibly, draw density instead: the cost then depends on pixels, not events.
        if (inView > fittingRows * Math.max(1, width / DENSITY_PIXELS_PER_EVENT)) {
            drawDensity(g, index, top, height, inView);
            return;
        }
        ensureLayout(index, view);
        boolean overflow = rowCount > fittingRows;
        int drawnRows = overflow ? fittingRows - 1 : fittingRows;

        Map<Long, Integer> hidden = new java.util.TreeMap<>();
        Event selected = control.getSelectedEvent();
        Event hovered = control.getHoveredEvent();
        int selectedK = -1;
        for (int k = 0; k < layoutPositions.length; k++) {
            Event event = events.get(layoutPositions[k]);
            double start = event.startDay();
            if (start > view.endDay()) {
                break;
            }
            if (layoutEnds[k] < view.startDay()) {
                continue;
            }
            if (layoutRows[k] >= drawnRows) {
                long bucket = (long) Math.floor(start * ppd / BADGE_BUCKET_PX);
                hidden.merge(bucket, 1, Integer::sum);
                continue;
            }
            if (event == selected) {
                selectedK = k;
                continue;
            }
            drawEvent(
                    g,
                    event,
                    labelWidths.of(layoutPositions[k], event.title()),
                    top + layoutRows[k] * ROW_HEIGHT,
                    false,
                    event == hovered);
        }
        if (selectedK >= 0) {
            drawEvent(
                    g,
                    selected,
                    labelWidths.of(layoutPositions[selectedK], selected.title()),
                    top + layoutRows[selectedK] * ROW_HEIGHT,
                    true,
                    selected == hovered);
        }
        if (overflow) {
            drawBadges(g, hidden, top + drawnRows * ROW_HEIGHT, ppd);
        }
    }

    private void drawMessage(Painter g, String text, double centerY) {
        g.setFill(getSkinnable().mutedTextFillProperty().get());
        g.setFont(font());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, scale.width() / 2, centerY);
        g.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * Too many events to draw one by one: a histogram of how many events cover each pair of pixel columns, with
     * "+N" badges per bucket (a click zooms in there), all from the index's counts.
     */
    private void drawDensity(Painter g, EventIndex index, double top, double height, int inView) {
        TimelineView control = getSkinnable();
        double width = scale.width();
        double ppd = scale.pixelsPerDay();
        TimeRange view = scale.toTimeRange();
        int columns = (int) Math.ceil(width / DENSITY_COLUMN_PX);
        int[] counts = index.countCoveringPerBucket(
                view.startDay(), view.startDay() + columns * DENSITY_COLUMN_PX / ppd, columns);
        int max = 1;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        double badgeRowTop = top;
        // The message line sits between the badges and the histogram, never over the bars.
        double messageY = top + ROW_HEIGHT + 14;
        double areaTop = messageY + 16;
        double areaBottom = height - 6;
        double area = Math.max(10, areaBottom - areaTop);
        Paint fill = control.overviewFillProperty().get();
        g.setGlobalAlpha(0.55);
        g.setFill(fill);
        double logMax = Math.log1p(max);
        for (int c = 0; c < columns; c++) {
            if (counts[c] > 0) {
                double h = Math.max(2, area * Math.log1p(counts[c]) / logMax);
                g.fillRect(c * DENSITY_COLUMN_PX, areaBottom - h, DENSITY_COLUMN_PX, h);
            }
        }
        g.setGlobalAlpha(1);

        long firstBucket = (long) Math.floor(view.startDay() * ppd / BADGE_BUCKET_PX);
        long lastBucket = (long) Math.ceil(view.endDay() * ppd / BADGE_BUCKET_PX);
        int buckets = (int) Math.max(1, lastBucket - firstBucket);
        int[] starts = index.countStartsPerBucket(
                firstBucket * BADGE_BUCKET_PX / ppd, (firstBucket + buckets) * BADGE_BUCKET_PX / ppd, buckets);
        Map<Long, Integer> perBucket = new java.util.TreeMap<>();
        for (int b = 0; b < buckets; b++) {
            if (starts[b] > 0) {
                perBucket.put(firstBucket + b, starts[b]);
            }
        }
        drawBadges(g, perBucket, badgeRowTop, ppd);
        drawMessage(
                g,
                String.format(java.util.Locale.ROOT, "%,d events here: zoom in to see them one by one", inView),
                messageY);
    }

    private void drawEvent(
            Painter g, Event event, double labelWidth, double rowTop, boolean selected, boolean hovered) {
        TimelineView control = getSkinnable();
        Color color = readable(control.colorOf(event));
        double width = scale.width();
        double barTop = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        double centerY = rowTop + ROW_HEIGHT / 2;
        double x0 = scale.toX(event.startDay());
        Paint textFill = control.textFillProperty().get();
        Paint selectionStroke = control.selectionStrokeProperty().get();
        g.setFont(font());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);

        double hitX0;
        double hitX1;
        double anchorX;
        if (event.isSpan()) {
            double x1 = Math.max(scale.toX(event.endDayExclusive()), x0 + 3);
            double solidStart = scale.toX(uncertainEnd(event.start()));
            double solidEnd = scale.toX(event.end().firstDay());
            if (event.end().precision() == DatePrecision.DAY) {
                solidEnd = x1;
            }
            double drawX0 = Math.max(x0, -4);
            double drawX1 = Math.min(x1, width + 4);
            g.setFill(color.deriveColor(0, 1, 1, 0.35));
            g.fillRoundRect(drawX0, barTop, drawX1 - drawX0, BAR_HEIGHT, 6, 6);
            double s0 = Math.max(Math.max(solidStart, x0), -4);
            double s1 = Math.min(Math.max(solidEnd, s0), width + 4);
            if (s1 > s0) {
                g.setFill(color);
                g.fillRoundRect(s0, barTop, s1 - s0, BAR_HEIGHT, 6, 6);
            }
            if (selected || hovered) {
                g.setStroke(selected ? selectionStroke : textFill);
                g.setLineWidth(selected ? 2.5 : 1);
                g.strokeRoundRect(drawX0 - 1, barTop - 1, drawX1 - drawX0 + 2, BAR_HEIGHT + 2, 7, 7);
            }
            double visibleStart = Math.max(x0, 0);
            double visibleWidth = Math.min(x1, width) - visibleStart;
            if (labelWidth + 2 * LABEL_GAP <= x1 - x0) {
                // The label sits inside the bar and follows its visible part, so it stays readable at the left edge.
                double labelX = Math.min(visibleStart + LABEL_GAP, x1 - labelWidth - LABEL_GAP);
                // labelX keeps the whole label inside the bar, so no clip is needed (a clip costs a full-canvas
                // mask in the software pipeline).
                g.setFill(contrastingText(color));
                g.fillText(event.title(), labelX, centerY);
            } else {
                drawLabelHighlight(g, x1 + LABEL_GAP, centerY, labelWidth, selected);
                g.setFill(textFill);
                g.fillText(event.title(), x1 + LABEL_GAP, centerY);
            }
            hitX0 = drawX0;
            hitX1 = Math.max(drawX1, labelWidth + 2 * LABEL_GAP <= x1 - x0 ? drawX1 : x1 + LABEL_GAP + labelWidth);
            anchorX = visibleStart + Math.min(visibleWidth, Math.max(2, visibleWidth)) / 2;
        } else {
            double uncertainX1 = scale.toX(uncertainEnd(event.start()));
            double markerRight;
            if (event.start().precision() != DatePrecision.DAY && uncertainX1 - x0 >= 2 * MARKER_RADIUS) {
                // Known only to the month or year: a soft bar over the whole period instead of a false exact day.
                g.setFill(color.deriveColor(0, 1, 1, 0.3));
                g.fillRoundRect(x0, barTop, uncertainX1 - x0, BAR_HEIGHT, 6, 6);
                g.setFill(color);
                g.fillRect(x0, barTop, 2, BAR_HEIGHT);
                if (selected || hovered) {
                    g.setStroke(selected ? selectionStroke : textFill);
                    g.setLineWidth(selected ? 2.5 : 1);
                    g.strokeRoundRect(x0 - 1, barTop - 1, uncertainX1 - x0 + 2, BAR_HEIGHT + 2, 7, 7);
                }
                markerRight = uncertainX1;
                anchorX = Math.max(0, x0) + (Math.min(uncertainX1, width) - Math.max(0, x0)) / 2;
            } else if (event.start().precision() != DatePrecision.DAY) {
                // Too narrow for a soft bar: a hollow ring says "somewhere around here".
                g.setStroke(color);
                g.setLineWidth(2);
                g.strokeOval(
                        x0 - MARKER_RADIUS + 1,
                        centerY - MARKER_RADIUS + 1,
                        2 * MARKER_RADIUS - 2,
                        2 * MARKER_RADIUS - 2);
                drawMarkerHighlight(g, x0, centerY, selected, hovered);
                markerRight = x0 + MARKER_RADIUS;
                anchorX = x0;
            } else {
                g.setFill(color);
                double r = MARKER_RADIUS + 1;
                g.fillPolygon(
                        new double[] {x0, x0 + r, x0, x0 - r},
                        new double[] {centerY - r, centerY, centerY + r, centerY},
                        4);
                drawMarkerHighlight(g, x0, centerY, selected, hovered);
                markerRight = x0 + MARKER_RADIUS;
                anchorX = x0;
            }
            drawLabelHighlight(g, markerRight + LABEL_GAP, centerY, labelWidth, selected);
            g.setFill(textFill);
            g.fillText(event.title(), markerRight + LABEL_GAP, centerY);
            hitX0 = x0 - MARKER_RADIUS - 1;
            hitX1 = markerRight + LABEL_GAP + labelWidth;
        }
        hits.add(new Hit(event, hitX0, rowTop + 1, hitX1, rowTop + ROW_HEIGHT - 1, anchorX, centerY));
    }

    /** A tinted box behind the selected event's label; the font stays the same so the layout still holds. */
    private void drawLabelHighlight(Painter g, double x, double centerY, double labelWidth, boolean selected) {
        if (!selected) {
            return;
        }
        Paint stroke = getSkinnable().selectionStrokeProperty().get();
        Color tint = stroke instanceof Color c ? c.deriveColor(0, 1, 1, 0.18) : Color.rgb(9, 105, 218, 0.18);
        g.setFill(tint);
        g.fillRoundRect(x - 3, centerY - ROW_HEIGHT / 2 + 2, labelWidth + 6, ROW_HEIGHT - 4, 6, 6);
    }

    private void drawMarkerHighlight(Painter g, double x, double y, boolean selected, boolean hovered) {
        if (!selected && !hovered) {
            return;
        }
        TimelineView control = getSkinnable();
        g.setStroke(
                selected
                        ? control.selectionStrokeProperty().get()
                        : control.textFillProperty().get());
        g.setLineWidth(selected ? 2.5 : 1);
        double r = MARKER_RADIUS + 4;
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private void drawBadges(Painter g, Map<Long, Integer> hidden, double rowTop, double ppd) {
        TimelineView control = getSkinnable();
        Font bold = boldFont();
        g.setFont(Font.font(bold.getFamily(), FontWeight.BOLD, bold.getSize() - 1));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        for (Map.Entry<Long, Integer> entry : hidden.entrySet()) {
            double bucketStartDay = entry.getKey() * BADGE_BUCKET_PX / ppd;
            double bucketEndDay = (entry.getKey() + 1) * BADGE_BUCKET_PX / ppd;
            String text = "+" + compactCount(entry.getValue());
            double textWidth = measure(text, g.getFont());
            double badgeWidth = textWidth + 14;
            double x0 = scale.toX(bucketStartDay) + (BADGE_BUCKET_PX - badgeWidth) / 2;
            double y0 = rowTop + (ROW_HEIGHT - 16) / 2;
            g.setFill(control.badgeFillProperty().get());
            g.fillRoundRect(x0, y0, badgeWidth, 16, 16, 16);
            g.setFill(control.badgeTextFillProperty().get());
            g.fillText(text, x0 + badgeWidth / 2, y0 + 8);
            badgeHits.add(new BadgeHit(x0, y0, x0 + badgeWidth, y0 + 16, new TimeRange(bucketStartDay, bucketEndDay)));
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * The data's colour, lightened when it would nearly vanish into a dark background (dark theme): a navy chosen
     * for white paper must still be seen on charcoal.
     */
    private Color readable(Color color) {
        if (!(getSkinnable().backgroundFillProperty().get() instanceof Color background)) {
            return color;
        }
        double contrast = (luminance(color) + 0.05) / (luminance(background) + 0.05);
        if (luminance(background) < 0.2 && contrast < 2.2) {
            return color.interpolate(Color.WHITE, 0.35);
        }
        return color;
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    /** 999, 1.2k, 12k, 1.2M: badge counts stay short. */
    static String compactCount(int count) {
        if (count < 1000) {
            return Integer.toString(count);
        }
        if (count < 10_000) {
            return String.format(java.util.Locale.ROOT, "%.1fk", count / 1000.0);
        }
        if (count < 1_000_000) {
            return count / 1000 + "k";
        }
        return String.format(java.util.Locale.ROOT, "%.1fM", count / 1_000_000.0);
    }

    private static Color contrastingText(Color background) {
        double luminance =
                0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return luminance > 0.6 ? Color.web("#1f2328") : Color.WHITE;
    }

    private static double snap(double x) {
        return Math.floor(x) + 0.5;
    }

    // ------------------------------------------------------------------ overview

    private TimeRange overviewRange() {
        TimelineView control = getSkinnable();
        TimeRange extent = control.dataExtent();
        if (extent == null) {
            return control.getVisibleRange();
        }
        double margin = extent.span() * 0.03 + 1;
        return new TimeRange(extent.startDay() - margin, extent.endDay() + margin);
    }

    private void drawOverview(Painter g) {
        TimelineView control = getSkinnable();
        double width = overviewCanvas.getWidth();
        double height = overviewCanvas.getHeight();
        TimeRange range = overviewRange();
        overviewScale = new TimeScale(range.startDay(), range.endDay(), width);
        g.setFill(control.axisFillProperty().get());
        g.fillRect(0, 0, width, height);
        g.setStroke(control.majorGridStrokeProperty().get());
        g.setLineWidth(1);
        g.strokeLine(0, 0.5, width, 0.5);

        if (control.getDataset() != null) {
            for (Era era : control.getDataset().eras()) {
                double x0 = overviewScale.toX(era.startDay());
                double x1 = overviewScale.toX(era.endDayExclusive());
                g.setFill(control.eraFillProperty().get());
                g.fillRect(x0, 1, x1 - x0, height - 1);
            }
        }

        int columns = (int) Math.ceil(width);
        if (control.getEvents() != overviewEvents || !overviewScale.equals(overviewCountsScale)) {
            overviewCounts = control.eventIndex()
                    .countCoveringPerBucket(overviewScale.startDay(), overviewScale.toDay(columns), columns);
            overviewEvents = control.getEvents();
            overviewCountsScale = overviewScale;
        }
        int[] counts = overviewCounts;
        int max = 0;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        g.setFill(control.overviewFillProperty().get());
        double barArea = height - 10;
        if (max > 0) {
            double logMax = Math.log1p(max);
            for (int c = 0; c < columns; c++) {
                if (counts[c] > 0) {
                    double h = Math.max(2, barArea * Math.log1p(counts[c]) / logMax);
                    g.fillRect(c, height - 3 - h, 1, h);
                }
            }
        }

        TimeRange view = control.getVisibleRange();
        double wx0 = overviewScale.toX(view.startDay());
        double wx1 = overviewScale.toX(view.endDay());
        if (wx1 - wx0 < 4) {
            double mid = (wx0 + wx1) / 2;
            wx0 = mid - 2;
            wx1 = mid + 2;
        }
        g.setFill(control.overviewWindowFillProperty().get());
        g.fillRect(wx0, 2, wx1 - wx0, height - 4);
        g.setStroke(control.selectionStrokeProperty().get());
        g.setLineWidth(1.5);
        g.strokeRect(wx0, 2, wx1 - wx0, height - 4);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(3);
        g.strokeLine(wx0, height / 2 - 6, wx0, height / 2 + 6);
        g.strokeLine(wx1, height / 2 - 6, wx1, height / 2 + 6);
    }

    private OverviewDrag overviewHit(double x) {
        if (overviewScale == null) {
            return OverviewDrag.NONE;
        }
        TimeRange view = getSkinnable().getVisibleRange();
        double wx0 = overviewScale.toX(view.startDay());
        double wx1 = overviewScale.toX(view.endDay());
        if (wx1 - wx0 > 3 * EDGE_GRAB) {
            if (Math.abs(x - wx0) <= EDGE_GRAB) {
                return OverviewDrag.LEFT_EDGE;
            }
            if (Math.abs(x - wx1) <= EDGE_GRAB) {
                return OverviewDrag.RIGHT_EDGE;
            }
        }
        return x >= wx0 - 2 && x <= wx1 + 2 ? OverviewDrag.MOVE : OverviewDrag.NONE;
    }

    private void onOverviewMoved(MouseEvent e) {
        overviewCanvas.setCursor(
                switch (overviewHit(e.getX())) {
                    case LEFT_EDGE, RIGHT_EDGE -> Cursor.H_RESIZE;
                    case MOVE -> Cursor.OPEN_HAND;
                    case NONE -> Cursor.HAND;
                });
    }

    private void onOverviewPressed(MouseEvent e) {
        TimelineView control = getSkinnable();
        control.requestFocus();
        control.stopAnimation();
        overviewDrag = overviewHit(e.getX());
        if (overviewDrag == OverviewDrag.NONE) {
            // A click outside the window moves the view there, then the window can be dragged on.
            TimeRange view = control.getVisibleRange();
            control.setVisibleRange(view.shift(overviewScale.toDay(e.getX()) - view.center()));
            overviewDrag = OverviewDrag.MOVE;
        }
        pressX = e.getX();
        pressRange = control.getVisibleRange();
        pressScale = overviewScale;
    }

    private void onOverviewDragged(MouseEvent e) {
        TimelineView control = getSkinnable();
        if (pressScale == null || overviewDrag == OverviewDrag.NONE) {
            return;
        }
        double day = pressScale.toDay(e.getX());
        switch (overviewDrag) {
            case MOVE -> control.setVisibleRange(pressRange.shift(pressScale.daysFor(e.getX() - pressX)));
            case LEFT_EDGE -> {
                double start = Math.min(day, pressRange.endDay() - TimelineView.MIN_SPAN_DAYS);
                control.setVisibleRange(new TimeRange(start, pressRange.endDay()));
            }
            case RIGHT_EDGE -> {
                double end = Math.max(day, pressRange.startDay() + TimelineView.MIN_SPAN_DAYS);
                control.setVisibleRange(new TimeRange(pressRange.startDay(), end));
            }
            default -> {}
        }
    }

    // ------------------------------------------------------------------ main band input

    private void onScroll(ScrollEvent e) {
        TimelineView control = getSkinnable();
        if (scale == null) {
            return;
        }
        control.stopAnimation();
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        if (dx != 0 && Math.abs(dx) >= Math.abs(dy)) {
            control.panBy(-scale.daysFor(dx));
        } else if (dy != 0) {
            // A wheel notch (40 units) zooms by about a fifth; trackpads send smaller steps.
            double factor = Math.pow(2, -dy / 160);
            double x = e.getSource() == overviewCanvas ? scale.width() / 2 : e.getX();
            control.zoomBy(factor, scale.toDay(x));
        }
        e.consume();
    }

    private void onZoom(ZoomEvent e) {
        if (scale == null || e.getZoomFactor() <= 0) {
            return;
        }
        getSkinnable().stopAnimation();
        getSkinnable().zoomBy(1 / e.getZoomFactor(), scale.toDay(e.getX()));
        e.consume();
    }

    private void onMainPressed(MouseEvent e) {
        TimelineView control = getSkinnable();
        control.requestFocus();
        control.stopAnimation();
        pressX = e.getX();
        pressY = e.getY();
        pressRange = control.getVisibleRange();
        pressScale = scale;
        dragging = false;
    }

    private void onMainDragged(MouseEvent e) {
        if (pressScale == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        mainCanvas.setCursor(Cursor.CLOSED_HAND);
        // The day grabbed stays under the pointer: shift by exactly the pixels moved, at the zoom of the press.
        getSkinnable().setVisibleRange(pressRange.shift(-pressScale.daysFor(e.getX() - pressX)));
    }

    private void onMainReleased(MouseEvent e) {
        TimelineView control = getSkinnable();
        boolean wasDrag = dragging;
        dragging = false;
        updateHover(e.getX(), e.getY());
        if (wasDrag || e.getButton() != MouseButton.PRIMARY || scale == null) {
            return;
        }
        Event hit = eventAt(e.getX(), e.getY());
        BadgeHit badge = hit == null ? badgeAt(e.getX(), e.getY()) : null;
        if (e.getClickCount() >= 2) {
            if (hit != null) {
                control.zoomToEvent(hit, true);
            } else if (badge == null) {
                double anchor = scale.toDay(e.getX());
                TimeRange range = control.getVisibleRange();
                control.zoomTo(range.zoom(0.5, anchor), true);
            }
            return;
        }
        if (badge != null) {
            TimeRange r = badge.range();
            double margin = r.span() * 0.25;
            control.zoomTo(new TimeRange(r.startDay() - margin, r.endDay() + margin), true);
            return;
        }
        control.setSelectedEvent(hit);
    }

    private void updateHover(double x, double y) {
        TimelineView control = getSkinnable();
        Event hit = x < 0 ? null : eventAt(x, y);
        boolean overBadge = hit == null && x >= 0 && badgeAt(x, y) != null;
        if (!dragging) {
            mainCanvas.setCursor(hit != null || overBadge ? Cursor.HAND : Cursor.DEFAULT);
        }
        if (hit != control.getHoveredEvent()) {
            control.setHoveredEvent(hit);
            if (hit != null) {
                tooltip.setText(hit.title() + "\n" + hit.dateText());
                if (!tooltipInstalled) {
                    Tooltip.install(mainCanvas, tooltip);
                    tooltipInstalled = true;
                }
            } else if (tooltipInstalled) {
                Tooltip.uninstall(mainCanvas, tooltip);
                tooltip.hide();
                tooltipInstalled = false;
            }
        }
    }

    // ------------------------------------------------------------------ keyboard

    private void onKeyPressed(KeyEvent e) {
        TimelineView control = getSkinnable();
        if (scale == null || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        TimeRange range = control.getVisibleRange();
        KeyCode code = e.getCode();
        String text = e.getText();
        boolean handled = true;
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS || "+".equals(text)) {
            control.zoomTo(range.zoom(1 / 1.5, range.center()), true);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT || "-".equals(text)) {
            control.zoomTo(range.zoom(1.5, range.center()), true);
        } else if (code == KeyCode.LEFT) {
            control.zoomTo(range.shift(-range.span() * 0.1), false);
        } else if (code == KeyCode.RIGHT) {
            control.zoomTo(range.shift(range.span() * 0.1), false);
        } else if (code == KeyCode.HOME) {
            control.selectFirst();
        } else if (code == KeyCode.END) {
            control.selectLast();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            control.fitAll(true);
        } else if (code == KeyCode.TAB) {
            if (e.isShiftDown()) {
                control.selectPrevious();
            } else {
                control.selectNext();
            }
        } else if (code == KeyCode.CLOSE_BRACKET || "]".equals(text)) {
            control.selectNext();
        } else if (code == KeyCode.OPEN_BRACKET || "[".equals(text)) {
            control.selectPrevious();
        } else if (code == KeyCode.ESCAPE && control.getSelectedEvent() != null) {
            control.setSelectedEvent(null);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
