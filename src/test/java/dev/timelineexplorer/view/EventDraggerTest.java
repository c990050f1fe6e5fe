package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dragged dates move by whole days, months or years and keep their precision. */
class EventDraggerTest {
    private static Event span(HistoricalDate start, HistoricalDate end) {
        return new Event("e", "E", start, end, List.of(), null, "", "", List.of(), List.of(), null);
    }

    @Test
    void givenDatesOfEachPrecision_whenMovedByUnits_thenTheyKeepTheirPrecision() {
        assertThat(EventDragger.plus(HistoricalDate.of(1950, 6, 25), EventDragger.Unit.YEAR, 2))
                .isEqualTo(HistoricalDate.of(1952, 6, 25));
        assertThat(EventDragger.plus(HistoricalDate.of(1950, 1, 31), EventDragger.Unit.MONTH, 1))
                .isEqualTo(HistoricalDate.of(1950, 2, 28));
        assertThat(EventDragger.plus(HistoricalDate.ofMonth(1950, 11), EventDragger.Unit.MONTH, 3))
                .isEqualTo(HistoricalDate.ofMonth(1951, 2));
        assertThat(EventDragger.plus(HistoricalDate.ofYear(-43), EventDragger.Unit.YEAR, -1))
                .isEqualTo(HistoricalDate.ofYear(-44));
        assertThat(EventDragger.plus(HistoricalDate.of(1950, 6, 25), EventDragger.Unit.DAY, 10))
                .isEqualTo(HistoricalDate.of(1950, 7, 5));
    }

    @Test
    void givenABar_whenItsEndIsDraggedBeforeItsStart_thenNothingIsProposed() {
        Event war = span(HistoricalDate.of(1950, 6, 25), HistoricalDate.of(1953, 7, 27));

        assertThat(EventDragger.dragged(war, EventDrag.Kind.END, -5 * 365.0, EventDragger.Unit.YEAR, true))
                .isNull();
        EventDrag moved = EventDragger.dragged(war, EventDrag.Kind.MOVE, 70, EventDragger.Unit.MONTH, true);
        assertThat(moved.start()).isEqualTo(HistoricalDate.of(1950, 8, 25));
        assertThat(moved.end()).isEqualTo(HistoricalDate.of(1953, 9, 27));
        assertThat(EventDragger.dragged(war, EventDrag.Kind.START, 10, EventDragger.Unit.MONTH, true)
                        .isUnchanged())
                .as("less than half a month rounds to no move")
                .isTrue();
    }

    @Test
    void givenDatesAtTheEdgeOfTime_whenDraggedPastIt_thenNothingIsProposed() {
        Event last = span(HistoricalDate.ofYear(9998), HistoricalDate.ofYear(9999));
        assertThat(EventDragger.dragged(last, EventDrag.Kind.MOVE, 5 * 365.0, EventDragger.Unit.YEAR, true))
                .isNull();
    }
}
