package dev.timelineexplorer.view;

import dev.timelineexplorer.index.EventIndex;
import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * One lane of a grouped {@link TimelineView}: a horizontal band with its name in the header column at the left and
 * its own events stacked inside it, as the whole timeline stacks them when not grouped.
 *
 * @param key what the lane stands for (a country code, a region or category id), unique among the view's lanes; it
 *     names the lane in {@link TimelineView#getCollapsedLanes()} and {@link TimelineView#currentLaneProperty()}
 * @param name the lane's name as the header shows it, plain text
 * @param color the colour of its swatch, or null for none
 * @param events the lane's events, in time order; an event may be in several lanes
 */
public record Lane(String key, String name, Color color, EventIndex events) {
    public Lane {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(events, "events");
    }
}
