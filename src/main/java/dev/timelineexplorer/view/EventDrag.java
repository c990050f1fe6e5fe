package dev.timelineexplorer.view;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.Objects;

/**
 * An event dragged on the timeline: moved, or one of its ends moved, to new dates snapped to the day, month or year
 * that fits the zoom. Reported while the drag goes on (to show where it would go) and once when it ends.
 *
 * @param event the event as it is
 * @param kind what the drag changes
 * @param start the start it would get
 * @param end the end it would get, or null for a point event
 * @param finished whether the mouse was released: the change is to be made
 */
public record EventDrag(Event event, Kind kind, HistoricalDate start, HistoricalDate end, boolean finished) {
    /** What a drag changes. */
    public enum Kind {
        /** The whole event, its length kept. */
        MOVE,
        /** Its start. */
        START,
        /** Its end. */
        END
    }

    public EventDrag {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
    }

    /** Whether the dates are those the event has: a drag back to where it started changes nothing. */
    public boolean isUnchanged() {
        return start.equals(event.start()) && Objects.equals(end, event.end());
    }
}
