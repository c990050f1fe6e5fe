package dev.timelineexplorer.view;

import dev.timelineexplorer.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;

/**
 * What one frame drew where: the box and anchor point of every event drawn, and the "+N" badges with the time each
 * stands for, in the drawing's pixel coordinates. Hit-testing asks the map of the frame on screen, so a click lands
 * on exactly what was drawn. Immutable once built.
 */
public final class HitMap {
    /** A map of nothing, for a view not drawn yet. */
    public static final HitMap EMPTY = new HitMap(null, List.of(), List.of(), LaneRows.NONE);

    /**
     * A drawn event: its box, the point that stands for it (the centre of its marker or visible bar) and the lane it
     * was drawn in (null when the timeline is not grouped).
     */
    record EventHit(
            Event event, String lane, double x0, double y0, double x1, double y1, double anchorX, double anchorY) {
        boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    /** A drawn "+N" badge and the time it stands for. */
    record BadgeHit(double x0, double y0, double x1, double y1, TimeRange range) {
        boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    /**
     * Where a lane was drawn: the visible part of its rows, {@code y0} to {@code y1}, and where its first row is (above
     * {@code y0} when scrolled past).
     */
    record LaneHit(int index, String key, double y0, double y1, double top, boolean collapsed) {}

    /**
     * The lanes of a grouped frame: each visible lane, the folded row of empty lanes, and the scroll.
     *
     * @param lanes the lanes drawn, at least partly, top to bottom
     * @param foldY the top of the row of empty lanes, or NaN when it is not shown
     * @param foldedCount how many lanes are empty
     * @param areaTop the top of the lanes' area, in pixels
     * @param scroll the first row shown
     * @param visibleRows how many rows the area shows
     * @param totalRows how many rows the lanes have
     */
    record LaneRows(
            List<LaneHit> lanes,
            double foldY,
            int foldedCount,
            double areaTop,
            int scroll,
            int visibleRows,
            int totalRows) {
        static final LaneRows NONE = new LaneRows(List.of(), Double.NaN, 0, 0, 0, 0, 0);
    }

    private final TimeScale scale;
    private final List<EventHit> events;
    private final List<BadgeHit> badges;
    private final LaneRows lanes;

    private HitMap(TimeScale scale, List<EventHit> events, List<BadgeHit> badges, LaneRows lanes) {
        this.scale = scale;
        this.events = events;
        this.badges = badges;
        this.lanes = lanes;
    }

    /** The lanes as drawn, or {@link LaneRows#NONE} when the frame is not grouped. */
    LaneRows lanes() {
        return lanes;
    }

    /** The lane drawn at a height (in the main band's or the header column's pixels), or null. */
    LaneHit laneAt(double y) {
        for (LaneHit lane : lanes.lanes()) {
            if (y >= lane.y0() && y < lane.y1()) {
                return lane;
            }
        }
        return null;
    }

    /** The lane key of the event drawn at a point, the topmost, or null (ungrouped, or nothing there). */
    String laneOfEventAt(double x, double y) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).contains(x, y)) {
                return events.get(i).lane();
            }
        }
        return null;
    }

    /** The time-to-pixel mapping the frame was drawn with, or null for {@link #EMPTY}. */
    public TimeScale scale() {
        return scale;
    }

    /** The event drawn at a point, the topmost when boxes overlap, or null. */
    public Event eventAt(double x, double y) {
        // Later hits are drawn on top, so search from the end.
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).contains(x, y)) {
                return events.get(i).event();
            }
        }
        return null;
    }

    /**
     * Where an event was drawn: the centre of its marker or of the visible part of its bar; in the first lane it was
     * drawn in, when it is in several.
     */
    public Optional<Point2D> eventPosition(Event event) {
        return eventPosition(event, null);
    }

    /** Where an event was drawn in a lane (any lane when {@code lane} is null). */
    public Optional<Point2D> eventPosition(Event event, String lane) {
        for (EventHit hit : events) {
            if (hit.event() == event && (lane == null || lane.equals(hit.lane()))) {
                return Optional.of(new Point2D(hit.anchorX(), hit.anchorY()));
            }
        }
        return Optional.empty();
    }

    /** The time a "+N" badge at a point stands for, or empty. */
    public Optional<TimeRange> badgeAt(double x, double y) {
        for (BadgeHit badge : badges) {
            if (badge.contains(x, y)) {
                return Optional.of(badge.range());
            }
        }
        return Optional.empty();
    }

    /** Collects the hits of one frame. */
    static final class Builder {
        private final TimeScale scale;
        private final List<EventHit> events = new ArrayList<>();
        private final List<BadgeHit> badges = new ArrayList<>();
        private LaneRows lanes = LaneRows.NONE;
        /** The lane being drawn, given to the events drawn in it. */
        private String lane;

        Builder(TimeScale scale) {
            this.scale = scale;
        }

        void lane(String key) {
            lane = key;
        }

        void lanes(LaneRows value) {
            lanes = value;
        }

        void event(Event event, double x0, double y0, double x1, double y1, double anchorX, double anchorY) {
            events.add(new EventHit(event, lane, x0, y0, x1, y1, anchorX, anchorY));
        }

        void badge(double x0, double y0, double x1, double y1, TimeRange range) {
            badges.add(new BadgeHit(x0, y0, x1, y1, range));
        }

        HitMap build() {
            return new HitMap(scale, List.copyOf(events), List.copyOf(badges), lanes);
        }
    }
}
