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
    public static final HitMap EMPTY = new HitMap(null, List.of(), List.of());

    /** A drawn event: its box and the point that stands for it (the centre of its marker or visible bar). */
    record EventHit(Event event, double x0, double y0, double x1, double y1, double anchorX, double anchorY) {
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

    private final TimeScale scale;
    private final List<EventHit> events;
    private final List<BadgeHit> badges;

    private HitMap(TimeScale scale, List<EventHit> events, List<BadgeHit> badges) {
        this.scale = scale;
        this.events = events;
        this.badges = badges;
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

    /** Where an event was drawn: the centre of its marker or of the visible part of its bar. */
    public Optional<Point2D> eventPosition(Event event) {
        for (EventHit hit : events) {
            if (hit.event() == event) {
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

        Builder(TimeScale scale) {
            this.scale = scale;
        }

        void event(Event event, double x0, double y0, double x1, double y1, double anchorX, double anchorY) {
            events.add(new EventHit(event, x0, y0, x1, y1, anchorX, anchorY));
        }

        void badge(double x0, double y0, double x1, double y1, TimeRange range) {
            badges.add(new BadgeHit(x0, y0, x1, y1, range));
        }

        HitMap build() {
            return new HitMap(scale, List.copyOf(events), List.copyOf(badges));
        }
    }
}
