package dev.timelineexplorer.model.edit;

import dev.timelineexplorer.model.Event;
import java.util.Objects;

/**
 * An event at a position of a dataset's event list (sorted by start, then end).
 *
 * @param position the index in the list, from 0
 * @param event the event there
 */
public record EventAt(int position, Event event) {
    public EventAt {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
        Objects.requireNonNull(event, "event");
    }
}
