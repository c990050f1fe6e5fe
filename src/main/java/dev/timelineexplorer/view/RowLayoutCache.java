package dev.timelineexplorer.view;

import static dev.timelineexplorer.view.TimelineMetrics.ITEM_GAP;
import static dev.timelineexplorer.view.TimelineMetrics.LABEL_GAP;
import static dev.timelineexplorer.view.TimelineMetrics.MARKER_RADIUS;
import static dev.timelineexplorer.view.TimelineMetrics.WHOLE_LAYOUT_LIMIT;

import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.model.DatePrecision;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.Arrays;
import javafx.scene.text.Font;

/**
 * Rows for the shown events (of the timeline or of one lane) at one zoom, laid out by {@link RowLayout} and kept until
 * the zoom, the events, their labels or the font change. Up to a limit ({@value TimelineMetrics#WHOLE_LAYOUT_LIMIT}
 * events for the whole timeline) events are laid out whole, so their
 * rows never change while panning; more are laid out over three screens' width around the view and laid out again
 * when the view leaves that stretch.
 */
final class RowLayoutCache {
    private final LabelWidths labelWidths = new LabelWidths();
    /** Up to this many events are laid out whole. */
    private final int wholeLimit;

    private final double margin;
    /** How many rows a later item looks through for a gap: no more than are ever shown. */
    private int gapSearchRows = RowLayout.GAP_SEARCH_ROWS;

    private EventIndex layoutIndex;
    private Font layoutFont;
    private TimelineTexts layoutTexts;
    private double layoutPixelsPerDay = Double.NaN;
    private TimeRange layoutWindow;
    /**
     * What a layout needs of each event besides its start and label width, noted the first time the event is laid out
     * and kept across zooms and pans while the events are the same, so that a new zoom is arithmetic rather than a
     * visit to each event: where its bar ends (epoch days; NaN until noted) and whether it lasts.
     */
    private double[] barEnds = new double[0];

    private boolean[] spans = new boolean[0];
    private int[] positions = new int[0];
    private double[] itemStarts = new double[0];
    /** Where each item's event starts, in epoch days (its marker starts a little before). */
    private double[] eventStarts = new double[0];

    private double[] ends = new double[0];
    private int[] rows = new int[0];
    private int rowCount;

    /** A cache that lays out up to {@value TimelineMetrics#WHOLE_LAYOUT_LIMIT} events whole. */
    RowLayoutCache() {
        this(WHOLE_LAYOUT_LIMIT, 1);
    }

    /**
     * @param wholeLimit up to how many events are laid out whole rather than around the view
     * @param margin how far around the view a layout reaches on each side, in widths of the view: it is laid out
     *     again when a pan leaves that stretch
     */
    RowLayoutCache(int wholeLimit, double margin) {
        this.wholeLimit = wholeLimit;
        this.margin = margin;
    }

    /**
     * Looks through at most this many rows for gaps (the rows a lane can show): the rows shown stay the same, and a
     * layout of thousands of events takes a fraction of the time. A change lays out again.
     */
    void setGapSearchRows(int rows) {
        int value = Math.max(1, Math.min(RowLayout.GAP_SEARCH_ROWS, rows));
        if (value != gapSearchRows) {
            gapSearchRows = value;
            layoutPixelsPerDay = Double.NaN; // the same events, laid out again
        }
    }

    /** Whether the layout already fits a frame: the same events, labels, font and zoom, and the view in its stretch. */
    boolean fits(EventIndex index, TimeScale scale, Font font, TimelineTexts texts) {
        double ppd = scale.pixelsPerDay();
        TimeRange view = scale.toTimeRange();
        boolean sameEvents = index == layoutIndex && font.equals(layoutFont) && texts == layoutTexts;
        boolean whole = index.size() <= wholeLimit;
        boolean windowHolds = whole
                || (layoutWindow != null
                        && view.startDay() >= layoutWindow.startDay()
                        && view.endDay() <= layoutWindow.endDay());
        // A pan shifts both ends of the range, which can change the span in its last bits: that is the same zoom.
        boolean sameZoom = Math.abs(ppd - layoutPixelsPerDay) <= ppd * 1e-9;
        return sameEvents && sameZoom && windowHolds;
    }

    /** Makes sure the layout fits the frame; cheap when nothing relevant changed. */
    void ensure(EventIndex index, TimeScale scale, Font font, TimelineTexts texts) {
        if (fits(index, scale, font, texts)) {
            return;
        }
        double ppd = scale.pixelsPerDay();
        TimeRange view = scale.toTimeRange();
        boolean sameEvents = index == layoutIndex && font.equals(layoutFont) && texts == layoutTexts;
        if (!sameEvents) {
            labelWidths.reset(index.size(), font);
            barEnds = new double[index.size()];
            Arrays.fill(barEnds, Double.NaN);
            spans = new boolean[index.size()];
        }
        boolean whole = index.size() <= wholeLimit;
        int[] chosen;
        if (whole) {
            chosen = new int[index.size()];
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = i;
            }
            layoutWindow = null;
        } else {
            layoutWindow = new TimeRange(view.startDay() - view.span() * margin, view.endDay() + view.span() * margin);
            chosen = index.intersecting(layoutWindow.startDay() - daysOfLabelReach(ppd), layoutWindow.endDay());
        }
        int n = chosen.length;
        double[] starts = new double[n];
        double[] eventStartDays = new double[n];
        double[] itemEnds = new double[n];
        boolean[] lasting = new boolean[n];
        for (int k = 0; k < n; k++) {
            int position = chosen[k];
            double start = index.start(position);
            double barEnd = barEnds[position];
            double labelWidth = labelWidths.known(position);
            if (Double.isNaN(barEnd) || labelWidth < 0) {
                Event event = index.event(position);
                barEnd = barEnd(event);
                barEnds[position] = barEnd;
                spans[position] = event.isSpan();
                labelWidth = labelWidths.of(position, texts.label(event));
            }
            boolean span = spans[position];
            double barPixels = (barEnd - start) * ppd;
            double end;
            if (span && labelWidth + 2 * LABEL_GAP <= barPixels) {
                end = barEnd;
            } else {
                double markerEnd = Math.max(barPixels, MARKER_RADIUS);
                end = start + (markerEnd + LABEL_GAP + labelWidth) / ppd;
            }
            eventStartDays[k] = start;
            starts[k] = start - (MARKER_RADIUS + 1) / ppd;
            itemEnds[k] = end + ITEM_GAP / ppd;
            // Only what shows as a bar at this zoom counts as lasting; a three-day visit is a tick like a point.
            lasting[k] = span && barPixels >= 2 * MARKER_RADIUS;
        }
        positions = chosen;
        itemStarts = starts;
        eventStarts = eventStartDays;
        ends = itemEnds;
        // Bars (wars, deployments, terms) get their rows first and points fill the gaps: when rows run out, the long
        // events that carry the story stay drawn and points go into "+N" badges first.
        rows = RowLayout.assignFirstThenGaps(starts, itemEnds, lasting, gapSearchRows);
        rowCount = RowLayout.rowCount(rows);
        layoutIndex = index;
        layoutFont = font;
        layoutTexts = texts;
        layoutPixelsPerDay = ppd;
    }

    /** Where an event's bar ends: its end, or the end of the period its imprecise date may mean. */
    private static double barEnd(Event event) {
        return event.isSpan() ? event.endDayExclusive() : uncertainEnd(event.start());
    }

    /** The events laid out. */
    EventIndex events() {
        return layoutIndex;
    }

    /** How many items the layout holds. */
    int size() {
        return positions.length;
    }

    /** The index position of the k-th item, in start order. */
    int position(int k) {
        return positions[k];
    }

    /** Where the k-th item's event starts, in epoch days. */
    double eventStart(int k) {
        return eventStarts[k];
    }

    /** Where the k-th item's drawing (marker included) starts, in epoch days. */
    double start(int k) {
        return itemStarts[k];
    }

    /** Where the k-th item's drawing (label included) ends, in epoch days. */
    double end(int k) {
        return ends[k];
    }

    /** The row of the k-th item, 0 at the top. */
    int row(int k) {
        return rows[k];
    }

    /** Whether the cache holds a layout (of any zoom): false until the first {@link #ensure}. */
    boolean isLaidOut() {
        return layoutIndex != null;
    }

    /** How many rows the layout needs. */
    int rowCount() {
        return rowCount;
    }

    /** The width of the label of the event at an index position, in pixels. */
    double labelWidth(int position, String label) {
        return labelWidths.of(position, label);
    }

    /** How far left of the view a point event may start and still have its label reach into the view, in days. */
    static double daysOfLabelReach(double pixelsPerDay) {
        return 420 / pixelsPerDay;
    }

    /** The end of the period an imprecise date may mean; the day itself for a day-precise date. */
    static double uncertainEnd(HistoricalDate date) {
        return date.precision() == DatePrecision.DAY ? date.firstDay() : date.endDayExclusive();
    }
}
