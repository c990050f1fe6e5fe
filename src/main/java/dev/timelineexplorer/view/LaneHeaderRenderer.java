package dev.timelineexplorer.view;

import static dev.timelineexplorer.view.TimelineMetrics.OVERVIEW_HEIGHT;
import static dev.timelineexplorer.view.TimelineMetrics.ROW_HEIGHT;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the header column of a grouped timeline, left of the time area: the grouping's name over the axis, then each
 * lane's colour, fold arrow, name and number of events at the height of its rows as the main band drew them (from the
 * frame's {@link HitMap}), banded and separated like the lanes. It stays put while the timeline pans.
 */
final class LaneHeaderRenderer {
    /** Padding at the column's left, before a lane's colour swatch. */
    static final double PADDING = 8;
    /** Where a lane's name starts: after its swatch and fold arrow. */
    static final double NAME_X = 32;
    /** The narrowest and widest the column gets, in pixels. */
    static final double MIN_WIDTH = 120;

    static final double MAX_WIDTH = 190;

    private final TextMeasure measure;

    LaneHeaderRenderer(TextMeasure measure) {
        this.measure = measure;
    }

    /** The column's width for lanes: wide enough for the longest name and a count, within bounds. */
    double width(List<Lane> lanes, Font font) {
        if (lanes.isEmpty()) {
            return 0;
        }
        double widest = 0;
        for (Lane lane : lanes) {
            widest = Math.max(widest, measure.width(lane.name(), font));
        }
        return Math.ceil(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, NAME_X + widest + 52)));
    }

    /** Draws the column from its own origin, the whole height of the frame. */
    void draw(TimelineFrame frame, HitMap hits, Painter g) {
        LaneState state = frame.lanes();
        TimelineStyle style = frame.style();
        double width = state.headerWidth();
        double height = frame.height();
        double top = TimelineRenderer.eventsTop(frame);
        g.setFill(style.background());
        g.fillRect(0, 0, width, height);
        g.setFill(style.axis());
        g.fillRect(0, 0, width, top);
        g.fillRect(0, frame.mainHeight(), width, OVERVIEW_HEIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        Font font = style.font();
        Font bold = style.boldFont();
        g.setFill(style.mutedText());
        g.setFont(bold);
        g.fillText(fit(state.heading(), bold, width - 2 * PADDING), PADDING, TimelineMetrics.AXIS_HEIGHT / 2);

        HitMap.LaneRows rows = hits.lanes();
        int shown = 0;
        for (HitMap.LaneHit hit : rows.lanes()) {
            Lane lane = state.lanes().get(hit.index());
            // The same band as the lane's rows: lanes alternate from the first with events, scrolled or not.
            if (bandIndex(state, hit.index()) % 2 == 1) {
                g.setFill(EventRenderer.laneBand(style));
                g.fillRect(0, hit.y0(), width, hit.y1() - hit.y0());
            }
            boolean current = lane.key().equals(state.current());
            if (current) {
                g.setFill(style.selectionTint());
                g.fillRect(0, hit.y0(), width, hit.y1() - hit.y0());
            }
            if (hit.top() >= hit.y0() && hit.top() > top) {
                g.setFill(style.grid());
                g.fillRect(0, hit.top(), width, 1);
            }
            // The name stays on the first visible row when the lane's top is scrolled away.
            double centerY = hit.y0() + ROW_HEIGHT / 2;
            Color swatch = lane.color() == null ? null : lane.color();
            if (swatch != null) {
                g.setFill(swatch);
                g.fillRoundRect(PADDING, hit.y0() + 4, 5, Math.max(6, hit.y1() - hit.y0() - 8), 3, 3);
            }
            drawArrow(g, style, PADDING + 14, centerY, hit.collapsed());
            String count = frame.texts().laneEventCount(lane.events().size());
            Font countFont = style.badgeFont();
            double countWidth = measure.width(count, countFont);
            g.setFont(current ? bold : font);
            g.setFill(style.text());
            Font nameFont = current ? bold : font;
            g.fillText(fit(lane.name(), nameFont, width - NAME_X - countWidth - 2 * PADDING), NAME_X, centerY);
            g.setFont(countFont);
            g.setFill(style.mutedText());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(count, width - PADDING, centerY);
            g.setTextAlign(TextAlignment.LEFT);
            shown++;
        }
        if (!Double.isNaN(rows.foldY())) {
            g.setFill(style.grid());
            g.fillRect(0, rows.foldY(), width, 1);
            g.setFont(font);
            g.setFill(style.mutedText());
            String folded = frame.texts().emptyLanes(rows.foldedCount());
            g.fillText(fit(folded, font, width - 2 * PADDING), PADDING, rows.foldY() + ROW_HEIGHT / 2);
        }
        if (shown == 0 && Double.isNaN(rows.foldY())) {
            g.setFont(font);
            g.setFill(style.mutedText());
            g.fillText(fit(frame.texts().noEvents(), font, width - 2 * PADDING), PADDING, top + ROW_HEIGHT / 2);
        }
        // The column's edge, the full height: the time area starts right of it.
        g.setFill(style.majorGrid());
        g.fillRect(width - 1, 0, 1, height);
    }

    /** Which band a lane is drawn on: its place among the lanes that have events. */
    private static int bandIndex(LaneState state, int lane) {
        int band = 0;
        for (int i = 0; i < lane; i++) {
            band += state.lanes().get(i).events().size() > 0 ? 1 : 0;
        }
        return band;
    }

    /** A small triangle: pointing down for an expanded lane, right for a collapsed one. */
    private static void drawArrow(Painter g, TimelineStyle style, double x, double y, boolean collapsed) {
        g.setFill(style.mutedText());
        if (collapsed) {
            g.fillPolygon(new double[] {x - 2, x + 3, x - 2}, new double[] {y - 4, y, y + 4}, 3);
        } else {
            g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {y - 2, y - 2, y + 3}, 3);
        }
    }

    /** A text cut with an ellipsis to a width. */
    private String fit(String text, Font font, double width) {
        if (width <= 0) {
            return "";
        }
        if (measure.width(text, font) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && measure.width(text.substring(0, end) + "…", font) > width) {
            end = end > 8 ? end - Math.max(1, (end - 8) / 4) : end - 1;
        }
        return end == 0 ? "" : text.substring(0, end).stripTrailing() + "…";
    }
}
