package dev.timelineexplorer.view;

import static dev.timelineexplorer.view.TimelineMetrics.AXIS_HEIGHT;

/**
 * Draws a timeline frame onto a {@link Painter} and returns what it drew where. One renderer serves the screen, PNG
 * and SVG export alike; drawing never changes the view's state, so an export leaves the screen and hit-testing as they
 * were.
 *
 * <p>A frame has a main band (the axis, era bands and events) above the overview strip. The screen draws them on
 * separate canvases so that the overview's density, which rarely changes, is drawn only when it does ({@link
 * #drawMain}, {@link #drawOverviewDensity}, {@link #drawOverviewWindow}); exports draw everything at once ({@link
 * #drawAll}). The renderer keeps caches (row layouts, text widths, overview counts), so use one per view, on the
 * JavaFX thread.
 */
public final class TimelineRenderer {
    private final TextMeasure measure = new TextMeasure();
    private final AxisRenderer axis = new AxisRenderer(measure);
    private final EraRenderer eras = new EraRenderer(measure);
    private final EventRenderer events = new EventRenderer(measure);
    private final OverviewRenderer overview = new OverviewRenderer();
    private final CursorRenderer cursor = new CursorRenderer(measure);
    private final LaneHeaderRenderer laneHeader = new LaneHeaderRenderer(measure);

    /** The top of the first row of events, in pixels from the top of the main band. */
    static double eventsTop(TimelineFrame frame) {
        return AXIS_HEIGHT + EraRenderer.stripHeight(frame.dataset()) + 2;
    }

    /** Draws the main band: the background tinted by eras, the axis and grid, era names, events. */
    public HitMap drawMain(TimelineFrame frame, Painter g) {
        TimeScale scale = frame.scale();
        HitMap.Builder hits = new HitMap.Builder(scale);
        eras.drawBands(frame, scale, g);
        axis.draw(frame, scale, g);
        eras.drawNames(frame, scale, g);
        events.draw(frame, scale, eventsTop(frame), g, hits);
        cursor.draw(frame, scale, g);
        return hits.build();
    }

    /**
     * Draws the lanes' header column from its own origin, the frame's full height, at the rows the main band was
     * drawn with ({@code main}, the hit map {@link #drawMain} returned for the same frame).
     */
    public void drawLaneHeader(TimelineFrame frame, HitMap main, Painter g) {
        if (frame.lanes().isGrouped()) {
            laneHeader.draw(frame, main, g);
        }
    }

    /** The width the lanes' header column needs for these lanes' names: 0 for none. */
    public double laneHeaderWidth(java.util.List<Lane> lanes, javafx.scene.text.Font font) {
        return laneHeader.width(lanes, font == null ? javafx.scene.text.Font.font(12) : font);
    }

    /** Draws the overview strip's background, eras and density, from its own origin. */
    public void drawOverviewDensity(TimelineFrame frame, Painter g) {
        overview.drawDensity(frame, g);
    }

    /** Draws the overview's window on the visible range, from the strip's origin, over its density. */
    public void drawOverviewWindow(TimelineFrame frame, Painter g) {
        overview.drawWindow(frame, g);
    }

    /**
     * Draws the whole frame as one picture: the lanes' header column at the left when grouped, and right of it the
     * main band over the overview strip. The hit map returned is in the time area's pixels.
     */
    public HitMap drawAll(TimelineFrame frame, Painter g) {
        double header = frame.lanes().headerWidth();
        g.translate(header, 0);
        HitMap hits = drawMain(frame, g);
        g.translate(0, frame.mainHeight());
        drawOverviewDensity(frame, g);
        drawOverviewWindow(frame, g);
        g.translate(-header, -frame.mainHeight());
        drawLaneHeader(frame, hits, g);
        return hits;
    }
}
