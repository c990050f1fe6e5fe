package dev.timelineexplorer.view;

import static dev.timelineexplorer.view.RowLayoutCache.daysOfLabelReach;
import static dev.timelineexplorer.view.RowLayoutCache.uncertainEnd;
import static dev.timelineexplorer.view.TimelineMetrics.BADGE_COLUMN_PX;
import static dev.timelineexplorer.view.TimelineMetrics.BAR_HEIGHT;
import static dev.timelineexplorer.view.TimelineMetrics.DENSITY_COLUMN_PX;
import static dev.timelineexplorer.view.TimelineMetrics.DENSITY_PIXELS_PER_EVENT;
import static dev.timelineexplorer.view.TimelineMetrics.LABEL_GAP;
import static dev.timelineexplorer.view.TimelineMetrics.MARKER_RADIUS;
import static dev.timelineexplorer.view.TimelineMetrics.ROW_HEIGHT;

import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.model.DatePrecision;
import dev.timelineexplorer.model.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the events of the main band one by one in their rows, with "+N" badges for those that do not fit; or, when
 * more events are in view than rows can show legibly, a histogram of their density, whose cost depends on pixels, not
 * events. Records every event and badge drawn in the frame's {@link HitMap}.
 *
 * <p>A point event known to the day is a diamond; one known only to the month or year is a soft bar over that period,
 * or a hollow ring when too narrow, never a false exact day. A span is a bar, solid where its dates are certain.
 */
final class EventRenderer {
    /** Fewer events in view than this are always drawn one by one, however many fall into badges. */
    private static final int CROWD = 1000;

    /**
     * A lane of up to this many events is laid out whole; a bigger one around the view. Lower than for the whole
     * timeline: a dozen lanes are laid out again at each step of a zoom, and around the view is a fraction of a lane.
     */
    private static final int LANE_WHOLE_LAYOUT_LIMIT = 1000;

    /**
     * How far around the view a big lane is laid out, in widths of the view: half of the whole timeline's, as a
     * dozen lanes are laid out again at each step of a zoom (a pan of half a screen lays them out again).
     */
    private static final double LANE_LAYOUT_MARGIN = 0.5;

    /** A lane with more events than this in view (and more than its rows can show) is drawn as density. */
    private static final int LANE_CROWD = 500;

    /**
     * How wide a column of a lane's density is, in pixels: twice the whole timeline's, as a lane's bars are a few
     * rows high and a dozen lanes show at once.
     */
    private static final double LANE_DENSITY_COLUMN_PX = 4;

    /** The steps of a lane's density bars' heights, in pixels. */
    private static final double LANE_DENSITY_STEP_PX = 3;

    /** How many rows a lane drawn as density takes. */
    private static final int DENSITY_LANE_ROWS = 2;

    private final RowLayoutCache layout = new RowLayoutCache();
    /** Each lane's rows, by lane key, kept while the lane is. */
    private final Map<String, RowLayoutCache> laneLayouts = new HashMap<>();

    private final TextMeasure measure;

    EventRenderer(TextMeasure measure) {
        this.measure = measure;
    }

    void draw(TimelineFrame frame, TimeScale scale, double top, Painter g, HitMap.Builder hits) {
        if (frame.lanes().isGrouped()) {
            drawLanes(frame, scale, top, g, hits);
            return;
        }
        laneLayouts.clear();
        drawWhole(frame, scale, top, g, hits);
    }

    /** The timeline as one band: every shown event stacked in the rows that fit, or their density. */
    private void drawWhole(TimelineFrame frame, TimeScale scale, double top, Painter g, HitMap.Builder hits) {
        EventIndex index = frame.events();
        double width = scale.width();
        double height = frame.mainHeight();
        if (index.size() == 0) {
            drawMessage(
                    frame,
                    g,
                    scale,
                    frame.dataset() == null
                            ? frame.texts().noDataset()
                            : frame.texts().noEvents(),
                    top + (height - top) / 2);
            return;
        }
        TimeRange view = scale.toTimeRange();
        double ppd = scale.pixelsPerDay();
        int fittingRows = Math.max(1, (int) Math.floor((height - top - 4) / ROW_HEIGHT));
        int inView = index.countIntersecting(view.startDay() - daysOfLabelReach(ppd), view.endDay());
        // A crowd beyond what rows can show legibly is drawn as density: the cost then depends on pixels, not events.
        if (inView > CROWD && inView > fittingRows * Math.max(1, width / DENSITY_PIXELS_PER_EVENT)) {
            drawDensity(frame, scale, g, hits, top, inView);
            return;
        }
        TimelineStyle style = frame.style();
        layout.ensure(index, scale, style.font(), frame.texts());
        boolean overflow = layout.rowCount() > fittingRows;
        int drawnRows = overflow ? fittingRows - 1 : fittingRows;
        if (overflow && inView > CROWD && mostlyHidden(layout, view, drawnRows)) {
            // Rows would show the lesser part of a crowd, under a row of badges: the density says more.
            drawDensity(frame, scale, g, hits, top, inView);
            return;
        }
        drawRows(frame, scale, g, hits, index, layout, top, 0, fittingRows, fittingRows, overflow);
    }

    /**
     * Draws the rows of laid-out events from {@code firstRow} (inclusive) to {@code endRow} (exclusive), row {@code r}
     * at {@code rowZeroTop + r * ROW_HEIGHT}; when {@code overflow}, events of row {@code rows - 1} and below go into
     * "+N" badges on that row. The selection is drawn last; one whose row is not drawn goes on the badge row.
     */
    private void drawRows(
            TimelineFrame frame,
            TimeScale scale,
            Painter g,
            HitMap.Builder hits,
            EventIndex index,
            RowLayoutCache cache,
            double rowZeroTop,
            int firstRow,
            int endRow,
            int rows,
            boolean overflow) {
        TimeRange view = scale.toTimeRange();
        int drawnRows = overflow ? rows - 1 : rows;
        boolean badgeRowShown = overflow && rows - 1 >= firstRow && rows - 1 < endRow;
        // Hidden events are counted per badge column in a plain array: a lane of thousands of events under its last
        // row would otherwise box a count per event per frame.
        long firstColumn = scale.column(view.startDay() - daysOfLabelReach(scale.pixelsPerDay()), BADGE_COLUMN_PX);
        int[] hidden = new int[(int) Math.max(1, scale.column(view.endDay(), BADGE_COLUMN_PX) - firstColumn + 1)];
        TimelineStyle style = frame.style();
        g.setFont(style.font());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int selectedK = -1;
        // Positions are compared rather than events: fetching each event of thousands in a lane costs a frame.
        int selectedPosition = frame.selected() == null ? -1 : index.positionOf(frame.selected());
        for (int k = 0; k < cache.size(); k++) {
            double start = cache.eventStart(k);
            if (start > view.endDay()) {
                break;
            }
            if (cache.end(k) < view.startDay()) {
                continue;
            }
            if (cache.position(k) == selectedPosition) {
                selectedK = k;
                continue;
            }
            int row = cache.row(k);
            if (row >= drawnRows) {
                if (badgeRowShown) {
                    int column = (int) (scale.column(start, BADGE_COLUMN_PX) - firstColumn);
                    hidden[Math.max(0, Math.min(hidden.length - 1, column))]++;
                }
                continue;
            }
            if (row >= firstRow && row < endRow) {
                drawEvent(frame, scale, g, hits, cache, rowZeroTop + row * ROW_HEIGHT, k, false);
            }
        }
        if (badgeRowShown) {
            Map<Long, Integer> perColumn = new TreeMap<>();
            for (int c = 0; c < hidden.length; c++) {
                if (hidden[c] > 0) {
                    perColumn.put(firstColumn + c, hidden[c]);
                }
            }
            drawBadges(frame, scale, g, hits, perColumn, rowZeroTop + drawnRows * ROW_HEIGHT);
        }
        if (selectedK >= 0) {
            // The selection is drawn last, over its neighbours; one whose row is not shown (it was reached with the
            // keyboard or picked in the table) is drawn on the badge row, on a cleared strip, so it is never lost.
            int row = cache.row(selectedK);
            if (row >= drawnRows) {
                row = drawnRows;
                if (row < firstRow || row >= endRow) {
                    return;
                }
                double rowTop = rowZeroTop + row * ROW_HEIGHT;
                double x0 = scale.toX(cache.start(selectedK)) - 2;
                g.setFill(frame.style().background());
                g.fillRect(x0, rowTop, scale.toX(cache.end(selectedK)) - x0, ROW_HEIGHT);
            } else if (row < firstRow || row >= endRow) {
                return;
            }
            drawEvent(frame, scale, g, hits, cache, rowZeroTop + row * ROW_HEIGHT, selectedK, true);
        }
    }

    /**
     * The timeline grouped into lanes: each lane's events stacked in its own rows, a crowded lane as its density,
     * a collapsed lane as a thin density line; lanes banded and separated, scrolled by whole rows.
     */
    private void drawLanes(TimelineFrame frame, TimeScale scale, double top, Painter g, HitMap.Builder hits) {
        LaneState state = frame.lanes();
        List<Lane> lanes = state.lanes();
        int n = lanes.size();
        TimeRange view = scale.toTimeRange();
        double ppd = scale.pixelsPerDay();
        double width = scale.width();
        TimelineStyle style = frame.style();
        int visibleRows = Math.max(1, (int) Math.floor((frame.mainHeight() - top - 2) / ROW_HEIGHT));
        Map<String, RowLayoutCache> kept = new HashMap<>();
        int[] wanted = new int[n];
        boolean[] collapsed = new boolean[n];
        boolean[] empty = new boolean[n];
        boolean[] crowded = new boolean[n];
        boolean[] stale = new boolean[n];
        for (int i = 0; i < n; i++) {
            Lane lane = lanes.get(i);
            EventIndex index = lane.events();
            empty[i] = index.size() == 0;
            collapsed[i] = state.collapsed().contains(lane.key());
            if (empty[i] || collapsed[i]) {
                continue;
            }
            int inView = index.countIntersecting(view.startDay() - daysOfLabelReach(ppd), view.endDay());
            // As for the whole timeline, a crowd beyond what a lane's rows can show legibly is drawn as density; a
            // lane has a few rows, so its crowd is smaller (and laying out a dozen lanes of a thousand costs a frame).
            crowded[i] =
                    inView > LANE_CROWD && inView > LaneLayout.MIN_ROWS * Math.max(1, width / DENSITY_PIXELS_PER_EVENT);
            if (crowded[i]) {
                wanted[i] = DENSITY_LANE_ROWS;
                continue;
            }
            RowLayoutCache cache = laneLayouts.get(lane.key());
            if (cache == null) {
                cache = new RowLayoutCache(LANE_WHOLE_LAYOUT_LIMIT, LANE_LAYOUT_MARGIN);
            }
            cache.setGapSearchRows(visibleRows);
            kept.put(lane.key(), cache);
            // Only lanes in view are laid out for this zoom (below); the others keep the rows they last had, so a
            // hundred lanes off screen cost nothing while zooming.
            stale[i] = !cache.fits(index, scale, style.font(), frame.texts());
            wanted[i] = stale[i]
                    ? Math.max(1, cache.isLaidOut() ? cache.rowCount() : Math.min(inView, LaneLayout.MIN_ROWS))
                    : Math.max(1, cache.rowCount());
        }
        // Lanes crowded now keep their layouts for when the user zooms in again.
        for (Lane lane : lanes) {
            RowLayoutCache cache = laneLayouts.get(lane.key());
            if (cache != null) {
                kept.putIfAbsent(lane.key(), cache);
            }
        }
        laneLayouts.clear();
        laneLayouts.putAll(kept);

        int reveal = state.indexOf(state.reveal());
        LaneLayout layout = new LaneLayout(wanted, collapsed, empty, visibleRows, state.scroll(), reveal);
        // Lay out the stale lanes that show, then place the lanes again with their true rows; a lane that comes into
        // view by that is laid out in the next round (rarely more than one).
        for (int round = 0; round < 4; round++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (!stale[i] || !showsAny(layout, i)) {
                    continue;
                }
                RowLayoutCache cache = laneLayouts.get(lanes.get(i).key());
                cache.ensure(lanes.get(i).events(), scale, style.font(), frame.texts());
                stale[i] = false;
                int rows = Math.max(1, cache.rowCount());
                changed |= rows != wanted[i];
                wanted[i] = rows;
            }
            if (!changed) {
                break;
            }
            layout = new LaneLayout(wanted, collapsed, empty, visibleRows, state.scroll(), reveal);
        }
        double areaTop = top - layout.scroll() * ROW_HEIGHT;
        List<HitMap.LaneHit> laneHits = new ArrayList<>();
        int shownIndex = 0;
        for (int i = 0; i < n; i++) {
            if (empty[i]) {
                continue;
            }
            int first = layout.firstRow(i);
            int end = first + layout.rows(i);
            boolean band = shownIndex++ % 2 == 1;
            int visibleFirst = Math.max(first, layout.scroll());
            int visibleEnd = Math.min(end, layout.scroll() + visibleRows);
            if (visibleFirst >= visibleEnd) {
                continue;
            }
            Lane lane = lanes.get(i);
            double laneTop = areaTop + first * ROW_HEIGHT;
            double y0 = areaTop + visibleFirst * ROW_HEIGHT;
            double y1 = areaTop + visibleEnd * ROW_HEIGHT;
            laneHits.add(new HitMap.LaneHit(i, lane.key(), y0, y1, laneTop, collapsed[i]));
            if (band) {
                g.setFill(laneBand(style));
                g.fillRect(0, y0, width, y1 - y0);
            }
            hits.lane(lane.key());
            if (collapsed[i]) {
                drawLaneDensity(frame, scale, g, lane.events(), y0 + ROW_HEIGHT / 2 - 3, 6);
            } else if (crowded[i]) {
                drawLaneDensity(frame, scale, g, lane.events(), y0 + 3, y1 - y0 - 6);
            } else {
                RowLayoutCache cache = laneLayouts.get(lane.key());
                cache.ensure(lane.events(), scale, style.font(), frame.texts()); // already done unless rounds ran out
                drawRows(
                        frame,
                        scale,
                        g,
                        hits,
                        lane.events(),
                        cache,
                        laneTop,
                        visibleFirst - first,
                        visibleEnd - first,
                        layout.rows(i),
                        layout.overflows(i));
            }
            hits.lane(null);
            if (first >= layout.scroll() && first > 0) {
                g.setFill(style.grid());
                g.fillRect(0, laneTop, width, 1);
            }
        }
        double foldY = Double.NaN;
        if (layout.foldRow() >= 0 && layout.isVisible(layout.foldRow())) {
            foldY = areaTop + layout.foldRow() * ROW_HEIGHT;
            g.setFill(style.grid());
            g.fillRect(0, foldY, width, 1);
        }
        if (state.dropBefore() >= 0) {
            double dropY = dropLineY(layout, areaTop, state.dropBefore(), empty);
            g.setFill(style.selection());
            g.fillRect(0, dropY - 1, width, 2);
        }
        hits.lanes(new HitMap.LaneRows(
                List.copyOf(laneHits),
                foldY,
                layout.foldedCount(),
                top,
                layout.scroll(),
                visibleRows,
                layout.totalRows()));
    }

    /** Whether any row of a lane is in the area shown. */
    private static boolean showsAny(LaneLayout layout, int lane) {
        int first = layout.firstRow(lane);
        return layout.rows(lane) > 0
                && first < layout.scroll() + layout.visibleRows()
                && first + layout.rows(lane) > layout.scroll();
    }

    /** Where the line showing a dragged lane's new place goes: the top of the lane it would go before. */
    static double dropLineY(LaneLayout layout, double areaTop, int before, boolean[] empty) {
        for (int i = before; i < layout.laneCount(); i++) {
            if (!empty[i]) {
                return areaTop + layout.firstRow(i) * ROW_HEIGHT;
            }
        }
        int end = layout.foldRow() >= 0 ? layout.foldRow() : layout.totalRows();
        return areaTop + end * ROW_HEIGHT;
    }

    /** The faint band behind every other lane, from the theme's text and background colours. */
    static Paint laneBand(TimelineStyle style) {
        return ReadableColors.over(style.text(), 0.04, style.background());
    }

    /**
     * A lane too crowded for rows, or collapsed: how many of its events cover each {@value #LANE_DENSITY_COLUMN_PX}
     * pixel columns, as bars in steps of {@value #LANE_DENSITY_STEP_PX} pixels; neighbouring columns of the same height
     * are one bar.
     */
    private void drawLaneDensity(
            TimelineFrame frame, TimeScale scale, Painter g, EventIndex index, double top, double height) {
        if (height < 2) {
            return;
        }
        TimeRange view = scale.toTimeRange();
        int columns = (int) Math.ceil(scale.width() / LANE_DENSITY_COLUMN_PX);
        int[] counts = index.countCoveringPerBucket(
                view.startDay(), view.startDay() + scale.daysFor(columns * LANE_DENSITY_COLUMN_PX), columns);
        int max = 1;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        g.setFill(ReadableColors.over(
                frame.style().overview(), 0.55, frame.style().background()));
        double logMax = Math.log1p(max);
        double bottom = top + height;
        // A dozen crowded lanes of hundreds of columns each: the software pipeline pays for every rectangle, so a run
        // of columns of one height is drawn as one, and heights go in steps so that runs are long (a crowded lane's
        // columns differ by a pixel or two): half the rectangles of a frame of crowded lanes.
        int runStart = 0;
        double runHeight = 0;
        for (int c = 0; c <= columns; c++) {
            double h = c == columns || counts[c] == 0
                    ? 0
                    : Math.min(
                            height,
                            Math.max(
                                    LANE_DENSITY_STEP_PX,
                                    Math.round(height * Math.log1p(counts[c]) / logMax / LANE_DENSITY_STEP_PX)
                                            * LANE_DENSITY_STEP_PX));
            if (c > 0 && h == runHeight) {
                continue;
            }
            if (runHeight > 0) {
                g.fillRect(
                        runStart * LANE_DENSITY_COLUMN_PX,
                        bottom - runHeight,
                        (c - runStart) * LANE_DENSITY_COLUMN_PX,
                        runHeight);
            }
            runStart = c;
            runHeight = h;
        }
    }

    /** Whether more than twice as many events in view would fall into badges as would be drawn in rows. */
    private static boolean mostlyHidden(RowLayoutCache layout, TimeRange view, int drawnRows) {
        int drawn = 0;
        int hidden = 0;
        for (int k = 0; k < layout.size(); k++) {
            if (layout.end(k) < view.startDay()) {
                continue;
            }
            if (layout.start(k) > view.endDay()) {
                break;
            }
            if (layout.row(k) >= drawnRows) {
                hidden++;
            } else {
                drawn++;
            }
        }
        return hidden > 2 * drawn;
    }

    private void drawMessage(TimelineFrame frame, Painter g, TimeScale scale, String text, double centerY) {
        g.setFill(frame.style().mutedText());
        g.setFont(frame.style().font());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, scale.width() / 2, centerY);
        g.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * Too many events to draw one by one: a histogram of how many events cover each pair of pixel columns, with "+N"
     * badges per column (a click zooms in there), all from the index's counts.
     */
    private void drawDensity(
            TimelineFrame frame, TimeScale scale, Painter g, HitMap.Builder hits, double top, int inView) {
        EventIndex index = frame.events();
        double width = scale.width();
        double height = frame.mainHeight();
        TimeRange view = scale.toTimeRange();
        int columns = (int) Math.ceil(width / DENSITY_COLUMN_PX);
        int[] counts = index.countCoveringPerBucket(
                view.startDay(), view.startDay() + scale.daysFor(columns * DENSITY_COLUMN_PX), columns);
        int max = 1;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        // The message line sits between the badges and the histogram, never over the bars.
        double messageY = top + ROW_HEIGHT + 14;
        double areaTop = messageY + 16;
        double areaBottom = Math.floor(height - 6);
        double area = Math.max(10, areaBottom - areaTop);
        // Opaque, blended with the background here: translucent bars cost a blend of every pixel they cover.
        g.setFill(ReadableColors.over(
                frame.style().overview(), 0.55, frame.style().background()));
        double logMax = Math.log1p(max);
        for (int c = 0; c < columns; c++) {
            if (counts[c] > 0) {
                double h = Math.max(2, Math.round(area * Math.log1p(counts[c]) / logMax));
                g.fillRect(c * DENSITY_COLUMN_PX, areaBottom - h, DENSITY_COLUMN_PX, h);
            }
        }

        long firstColumn = scale.column(view.startDay(), BADGE_COLUMN_PX);
        int badgeColumns = (int) Math.max(1, scale.column(view.endDay(), BADGE_COLUMN_PX) + 1 - firstColumn);
        int[] starts = index.countStartsPerBucket(
                scale.columnStartDay(firstColumn, BADGE_COLUMN_PX),
                scale.columnStartDay(firstColumn + badgeColumns, BADGE_COLUMN_PX),
                badgeColumns);
        Map<Long, Integer> perColumn = new TreeMap<>();
        for (int b = 0; b < badgeColumns; b++) {
            if (starts[b] > 0) {
                perColumn.put(firstColumn + b, starts[b]);
            }
        }
        drawBadges(frame, scale, g, hits, perColumn, top);
        drawMessage(frame, g, scale, frame.texts().densityMessage(inView), messageY);
    }

    /** One "+N" badge per time column, centred in it; a click on one zooms to its column. */
    private void drawBadges(
            TimelineFrame frame,
            TimeScale scale,
            Painter g,
            HitMap.Builder hits,
            Map<Long, Integer> counts,
            double rowTop) {
        TimelineStyle style = frame.style();
        Font font = style.badgeFont();
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
            double columnStart = scale.columnStartDay(entry.getKey(), BADGE_COLUMN_PX);
            double columnEnd = scale.columnStartDay(entry.getKey() + 1, BADGE_COLUMN_PX);
            String text = "+" + compactCount(entry.getValue());
            double badgeWidth = measure.width(text, font) + 14;
            double x0 = Math.round(scale.toX(columnStart) + (BADGE_COLUMN_PX - badgeWidth) / 2);
            double y0 = rowTop + (ROW_HEIGHT - 16) / 2;
            g.setFill(style.badge());
            fillSteppedBox(g, x0, y0, Math.round(badgeWidth), 16, 2);
            g.setFill(style.badgeText());
            g.fillText(text, x0 + badgeWidth / 2, y0 + 8);
            hits.badge(x0, y0, x0 + badgeWidth, y0 + 16, new TimeRange(columnStart, columnEnd));
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    /** 999, 1.2k, 12k, 1.2M: badge counts stay short. */
    static String compactCount(int count) {
        if (count < 1000) {
            return Integer.toString(count);
        }
        if (count < 10_000) {
            return tenths(count, 100) + "k";
        }
        if (count < 1_000_000) {
            return count / 1000 + "k";
        }
        return tenths(count, 100_000) + "M";
    }

    /**
     * A count in tenths of ten times {@code unit}, rounded half up, as "1.2": badges are drawn by the hundred a
     * frame, and a {@link String#format} each costs more than the badge's drawing.
     */
    private static String tenths(int count, int unit) {
        long rounded = ((long) count + unit / 2) / unit;
        return rounded / 10 + "." + rounded % 10;
    }

    private void drawEvent(
            TimelineFrame frame,
            TimeScale scale,
            Painter g,
            HitMap.Builder hits,
            RowLayoutCache cache,
            double rowTop,
            int k,
            boolean selected) {
        int position = cache.position(k);
        Event event = cache.events().event(position);
        String label = frame.texts().label(event);
        double labelWidth = cache.labelWidth(position, label);
        boolean hovered = event == frame.hovered();
        TimelineStyle style = frame.style();
        Color color = ReadableColors.onBackground(frame.colors().apply(event), style.background());
        double width = scale.width();
        double barTop = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        double centerY = rowTop + ROW_HEIGHT / 2;
        double x0 = scale.toX(event.startDay());
        Paint outline = selected ? style.selection() : style.text();

        double hitX0;
        double hitX1;
        double anchorX;
        if (event.isSpan()) {
            double x1 = Math.max(scale.toX(event.endDayExclusive()), x0 + 3);
            double solidStart = scale.toX(uncertainEnd(event.start()));
            double solidEnd = event.end().precision() == DatePrecision.DAY
                    ? x1
                    : scale.toX(event.end().firstDay());
            double drawX0 = Math.max(x0, -4);
            double drawX1 = Math.min(x1, width + 4);
            fillBar(g, ReadableColors.over(color, 0.35, style.background()), drawX0, barTop, drawX1);
            double s0 = Math.max(Math.max(solidStart, x0), -4);
            double s1 = Math.min(Math.max(solidEnd, s0), width + 4);
            if (s1 > s0) {
                fillBar(g, color, s0, barTop, s1);
            }
            if (selected || hovered) {
                g.setStroke(outline);
                g.setLineWidth(selected ? 2.5 : 1);
                g.strokeRoundRect(drawX0 - 1, barTop - 1, drawX1 - drawX0 + 2, BAR_HEIGHT + 2, 7, 7);
            }
            double visibleStart = Math.max(x0, 0);
            double visibleWidth = Math.min(x1, width) - visibleStart;
            boolean labelInside = labelWidth + 2 * LABEL_GAP <= x1 - x0;
            if (labelInside) {
                // The label sits inside the bar and follows its visible part, so it stays readable at the left edge;
                // it is kept whole inside the bar, so no clip is needed (a clip costs a full-canvas mask).
                double labelX = Math.min(visibleStart + LABEL_GAP, x1 - labelWidth - LABEL_GAP);
                g.setFill(ReadableColors.textOn(color));
                g.fillText(label, labelX, centerY);
            } else {
                drawLabelHighlight(style, g, x1 + LABEL_GAP, centerY, labelWidth, selected);
                g.setFill(style.text());
                g.fillText(label, x1 + LABEL_GAP, centerY);
            }
            hitX0 = drawX0;
            hitX1 = Math.max(drawX1, labelInside ? drawX1 : x1 + LABEL_GAP + labelWidth);
            anchorX = visibleStart + Math.max(2, visibleWidth) / 2;
        } else {
            double uncertainX1 = scale.toX(uncertainEnd(event.start()));
            double markerRight;
            if (event.start().precision() != DatePrecision.DAY && uncertainX1 - x0 >= 2 * MARKER_RADIUS) {
                // Known only to the month or year: a soft bar over the whole period instead of a false exact day.
                fillBar(
                        g,
                        ReadableColors.over(color, 0.3, style.background()),
                        Math.max(x0, -4),
                        barTop,
                        Math.min(uncertainX1, width + 4));
                g.setFill(color);
                g.fillRect(Math.round(x0), barTop, 2, BAR_HEIGHT);
                if (selected || hovered) {
                    g.setStroke(outline);
                    g.setLineWidth(selected ? 2.5 : 1);
                    g.strokeRoundRect(x0 - 1, barTop - 1, uncertainX1 - x0 + 2, BAR_HEIGHT + 2, 7, 7);
                }
                markerRight = uncertainX1;
                anchorX = Math.max(0, x0) + (Math.min(uncertainX1, width) - Math.max(0, x0)) / 2;
            } else {
                if (event.start().precision() != DatePrecision.DAY) {
                    // Too narrow for a soft bar: a hollow ring says "somewhere around here".
                    g.setStroke(color);
                    g.setLineWidth(2);
                    g.strokeOval(
                            x0 - MARKER_RADIUS + 1,
                            centerY - MARKER_RADIUS + 1,
                            2 * MARKER_RADIUS - 2,
                            2 * MARKER_RADIUS - 2);
                } else {
                    g.setFill(color);
                    double r = MARKER_RADIUS + 1;
                    g.fillPolygon(
                            new double[] {x0, x0 + r, x0, x0 - r},
                            new double[] {centerY - r, centerY, centerY + r, centerY},
                            4);
                }
                if (selected || hovered) {
                    g.setStroke(outline);
                    g.setLineWidth(selected ? 2.5 : 1);
                    double r = MARKER_RADIUS + 4;
                    g.strokeOval(x0 - r, centerY - r, 2 * r, 2 * r);
                }
                markerRight = x0 + MARKER_RADIUS;
                anchorX = x0;
            }
            drawLabelHighlight(style, g, markerRight + LABEL_GAP, centerY, labelWidth, selected);
            g.setFill(style.text());
            g.fillText(label, markerRight + LABEL_GAP, centerY);
            hitX0 = x0 - MARKER_RADIUS - 1;
            hitX1 = markerRight + LABEL_GAP + labelWidth;
        }
        hits.event(event, hitX0, rowTop + 1, hitX1, rowTop + ROW_HEIGHT - 1, anchorX, centerY);
    }

    /**
     * A bar with rounded ends, from {@code x0} to {@code x1}, {@link TimelineMetrics#BAR_HEIGHT} high, on whole pixels.
     */
    private static void fillBar(Painter g, Paint paint, double x0, double top, double x1) {
        double left = Math.round(x0);
        double right = Math.max(Math.round(x1), left + 1);
        g.setFill(paint);
        fillSteppedBox(g, left, top, right - left, BAR_HEIGHT, 1);
    }

    /**
     * A box on whole pixels whose corners are cut in {@code steps} steps of a pixel, as rectangles: it reads as a
     * rounded box of radius {@code steps + 1} at these sizes, and costs the software pipeline a plain fill, where an
     * anti-aliased rounded shape costs twenty times more (hundreds of bars and badges in a frame of lanes). No pixel is
     * filled twice, so a translucent paint (a theme may give one) stays even. A box too small for its steps is a
     * rectangle.
     */
    static void fillSteppedBox(Painter g, double x, double y, double w, double h, int steps) {
        if (w <= 2 * steps + 1 || h <= 2 * steps + 1) {
            g.fillRect(x, y, w, h);
            return;
        }
        // The middle at full height, then at each end a column a pixel wide per step, shorter the further out it is.
        g.fillRect(x + steps, y, w - 2 * steps, h);
        for (int step = 1; step <= steps; step++) {
            double columnTop = y + step;
            double columnHeight = h - 2 * step;
            g.fillRect(x + steps - step, columnTop, 1, columnHeight);
            g.fillRect(x + w - steps + step - 1, columnTop, 1, columnHeight);
        }
    }

    /** A tinted box behind the selected event's label; the font stays the same so the layout still holds. */
    private static void drawLabelHighlight(
            TimelineStyle style, Painter g, double x, double centerY, double labelWidth, boolean selected) {
        if (selected) {
            g.setFill(style.selectionTint());
            g.fillRoundRect(x - 3, centerY - ROW_HEIGHT / 2 + 2, labelWidth + 6, ROW_HEIGHT - 4, 6, 6);
        }
    }
}
