package dev.timelineexplorer.view;

import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.paint.Color;

/**
 * Everything one frame of a timeline is drawn from: a snapshot of the view's state, so that drawing is a function of
 * it and the same frame can go to the screen, a PNG or an SVG.
 *
 * @param dataset the dataset (for its eras), or null
 * @param events the shown events, indexed
 * @param range the visible time, in epoch days
 * @param width the width of the time area, in pixels: the drawing less the lanes' header column
 * @param height the height of the whole drawing, overview strip included, in pixels
 * @param selected the selected event, or null
 * @param hovered the event under the pointer, or null
 * @param colors the colour of each event
 * @param style colours and fonts
 * @param texts the words drawn that are not data
 * @param extent the stretch the dataset covers, for the overview strip, or null
 * @param cursorDay where the time cursor is drawn, epoch days, or NaN for no cursor
 * @param lanes the lanes the events are grouped into, or {@link LaneState#NONE}
 */
public record TimelineFrame(
        Dataset dataset,
        EventIndex events,
        TimeRange range,
        double width,
        double height,
        Event selected,
        Event hovered,
        Function<Event, Color> colors,
        TimelineStyle style,
        TimelineTexts texts,
        TimeRange extent,
        double cursorDay,
        LaneState lanes) {

    public TimelineFrame {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(colors, "colors");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(lanes, "lanes");
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a frame needs a positive size: " + width + " x " + height);
        }
    }

    /** The width of the whole drawing: the lanes' header column and the time area. */
    public double totalWidth() {
        return lanes.headerWidth() + width;
    }

    /** The height of the main band: everything above the overview strip. */
    public double mainHeight() {
        return Math.max(1, height - TimelineMetrics.OVERVIEW_HEIGHT);
    }

    /** The time-to-pixel mapping of the main band. */
    public TimeScale scale() {
        return new TimeScale(range.startDay(), range.endDay(), width);
    }

    /** The time the overview strip shows: the dataset's extent with a small margin, or the visible range. */
    public TimeRange overviewRange() {
        if (extent == null) {
            return range;
        }
        double margin = extent.span() * 0.03 + 1;
        return new TimeRange(extent.startDay() - margin, extent.endDay() + margin);
    }

    /** The time-to-pixel mapping of the overview strip. */
    public TimeScale overviewScale() {
        TimeRange shown = overviewRange();
        return new TimeScale(shown.startDay(), shown.endDay(), width);
    }
}
