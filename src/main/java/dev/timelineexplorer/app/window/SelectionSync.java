package dev.timelineexplorer.app.window;

import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.view.TimelineView;

/**
 * Keeps the selection the same everywhere: the timeline's selected event is the one the detail pane shows and the
 * table highlights, whichever of them the user selected it in; and Previous/Next are enabled as the event's place
 * among the shown events allows (found through the index, not by scanning the events).
 */
public final class SelectionSync {
    private final TimelineView timeline;
    private final EventTable table;
    private final EventDetailPane details;
    private boolean syncing;

    SelectionSync(TimelineView timeline, EventTable table, EventDetailPane details) {
        this.timeline = timeline;
        this.table = table;
        this.details = details;
        timeline.selectedEventProperty().addListener((o, old, event) -> {
            details.eventProperty().set(event);
            updateNavigation();
            syncing(() -> {
                if (event == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(event);
                    table.scrollTo(event);
                }
            });
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, event) -> {
            if (event != null) {
                syncing(() -> {
                    timeline.setSelectedEvent(event);
                    timeline.scrollToEvent(event, true);
                });
            }
        });
        timeline.eventsProperty().addListener(o -> updateNavigation());
        details.setOnPrevious(timeline::selectPrevious);
        details.setOnNext(timeline::selectNext);
    }

    /**
     * Runs a change of one side's selection without it echoing back: the table re-selects rows by itself when its
     * items change, which must not move the timeline.
     */
    public void syncing(Runnable change) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = false;
        }
    }

    /** Selects the timeline's event in the table again, as after the table's rows were replaced. */
    public void reselectInTable() {
        syncing(() -> {
            Event selected = timeline.getSelectedEvent();
            if (selected != null) {
                table.getSelectionModel().select(selected);
            } else {
                table.getSelectionModel().clearSelection();
            }
        });
    }

    private void updateNavigation() {
        EventIndex shown = timeline.eventIndex();
        Event selected = timeline.getSelectedEvent();
        int index = selected == null ? -1 : shown.positionOf(selected);
        details.previousDisabledProperty().set(index <= 0);
        details.nextDisabledProperty().set(index < 0 || index >= shown.size() - 1);
    }
}
