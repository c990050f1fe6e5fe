package dev.timelineexplorer.view;

import static dev.timelineexplorer.view.TimelineMetrics.EDGE_GRAB;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Dragging events on the main band, when the control has an {@link TimelineView#onEventDragProperty() onEventDrag}
 * handler: a press on an event and a drag move it; a press on a bar's end resizes it. The distance is snapped to whole
 * days, months or years as fits the zoom (with Alt: whole days), so each date keeps its precision. The handler is told
 * while the drag goes on and once at its end; the control's data changes only if the handler changes it.
 *
 * <p>It listens as event filters, ahead of {@link TimelineBehavior}, and takes only the drags it makes: a click on an
 * event still selects it, a drag from empty space still pans. {@link #dispose()} removes its filters.
 */
final class EventDragger {
    private static final double DRAG_THRESHOLD = 4;
    /** Fewest pixels a unit must take on screen to be snapped to. */
    private static final double MIN_UNIT_PIXELS = 6;

    /** The step drags are snapped to. */
    enum Unit {
        DAY,
        MONTH,
        YEAR
    }

    private final TimelineView control;
    private final Node main;
    private final List<Runnable> registrations = new ArrayList<>();

    private Event grabbed;
    private EventDrag.Kind kind;
    private double pressX;
    private TimeScale pressScale;
    private boolean dragging;

    EventDragger(TimelineView control, Node main) {
        this.control = control;
        this.main = main;
        on(MouseEvent.MOUSE_PRESSED, this::onPressed);
        on(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        on(MouseEvent.MOUSE_RELEASED, this::onReleased);
    }

    private void on(EventType<MouseEvent> type, EventHandler<MouseEvent> handler) {
        main.addEventFilter(type, handler);
        registrations.add(() -> main.removeEventFilter(type, handler));
    }

    void dispose() {
        registrations.forEach(Runnable::run);
        registrations.clear();
    }

    private void onPressed(MouseEvent e) {
        grabbed = null;
        dragging = false;
        Consumer<EventDrag> handler = control.getOnEventDrag();
        TimeScale scale = control.hitMap().scale();
        if (handler == null || scale == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Event hit = control.hitMap().eventAt(e.getX(), e.getY());
        if (hit == null || onCursor(scale, e.getX())) {
            return; // a press on the time cursor drags the cursor
        }
        grabbed = hit;
        pressX = e.getX();
        pressScale = scale;
        kind = EventDrag.Kind.MOVE;
        if (hit.isSpan()) {
            double x0 = scale.toX(hit.startDay());
            double x1 = scale.toX(hit.endDayExclusive());
            // A bar too narrow for three grips is moved, not resized.
            if (x1 - x0 > 3 * EDGE_GRAB) {
                if (Math.abs(e.getX() - x0) <= EDGE_GRAB) {
                    kind = EventDrag.Kind.START;
                } else if (Math.abs(e.getX() - x1) <= EDGE_GRAB) {
                    kind = EventDrag.Kind.END;
                }
            }
        }
    }

    private boolean onCursor(TimeScale scale, double x) {
        return control.isCursorShown() && Math.abs(x - scale.toX(control.effectiveCursorDay())) <= CursorRenderer.GRAB;
    }

    private void onDragged(MouseEvent e) {
        if (grabbed == null) {
            return;
        }
        if (!dragging && Math.abs(e.getX() - pressX) < DRAG_THRESHOLD) {
            e.consume();
            return;
        }
        dragging = true;
        main.setCursor(kind == EventDrag.Kind.MOVE ? Cursor.MOVE : Cursor.H_RESIZE);
        report(e, false);
        e.consume();
    }

    private void onReleased(MouseEvent e) {
        if (grabbed == null) {
            return;
        }
        if (dragging) {
            report(e, true);
            main.setCursor(Cursor.DEFAULT);
            e.consume();
        }
        grabbed = null;
        dragging = false;
    }

    private void report(MouseEvent e, boolean finished) {
        Consumer<EventDrag> handler = control.getOnEventDrag();
        if (handler == null) {
            return;
        }
        double days = pressScale.daysFor(e.getX() - pressX);
        EventDrag drag = dragged(grabbed, kind, days, e.isAltDown() ? Unit.DAY : unitFor(pressScale), finished);
        if (drag != null) {
            handler.accept(drag);
        }
    }

    /** The step that fits the zoom: the smallest of day, month and year that takes a few pixels on screen. */
    static Unit unitFor(TimeScale scale) {
        double pixelsPerDay = 1 / scale.daysFor(1);
        if (pixelsPerDay >= MIN_UNIT_PIXELS) {
            return Unit.DAY;
        }
        return pixelsPerDay * 30.4 >= MIN_UNIT_PIXELS ? Unit.MONTH : Unit.YEAR;
    }

    /**
     * The dates an event gets when dragged by a number of days, rounded to whole units; null when they would be
     * outside the years a date can have or the end would come before the start.
     */
    static EventDrag dragged(Event event, EventDrag.Kind kind, double days, Unit unit, boolean finished) {
        long steps = Math.round(
                switch (unit) {
                    case DAY -> days;
                    case MONTH -> days / (HistoricalDate.DAYS_PER_YEAR / 12);
                    case YEAR -> days / HistoricalDate.DAYS_PER_YEAR;
                });
        try {
            HistoricalDate start = event.start();
            HistoricalDate end = event.end();
            switch (kind) {
                case MOVE -> {
                    start = plus(start, unit, steps);
                    end = end == null ? null : plus(end, unit, steps);
                }
                case START -> start = plus(start, unit, steps);
                case END -> end = plus(end, unit, steps);
            }
            if (end != null && end.endDayExclusive() <= start.firstDay()) {
                return null;
            }
            return new EventDrag(event, kind, start, end, finished);
        } catch (InvalidDateException | java.time.DateTimeException e) {
            return null;
        }
    }

    /** A date moved by whole units, keeping its precision (a day past the month's end becomes its last day). */
    static HistoricalDate plus(HistoricalDate date, Unit unit, long steps) {
        if (steps == 0) {
            return date;
        }
        LocalDate first = LocalDate.ofEpochDay(date.firstDay());
        LocalDate moved = switch (unit) {
            case DAY -> first.plusDays(steps);
            case MONTH -> first.plusMonths(steps);
            case YEAR -> first.plusYears(steps);
        };
        int day = date.day() == 0 ? 0 : Math.min(date.day(), moved.lengthOfMonth());
        return switch (date.precision()) {
            case YEAR -> HistoricalDate.ofYear(moved.getYear());
            case MONTH -> HistoricalDate.ofMonth(moved.getYear(), moved.getMonthValue());
            default ->
                unit == Unit.DAY
                        ? HistoricalDate.of(moved.getYear(), moved.getMonthValue(), moved.getDayOfMonth())
                        : HistoricalDate.of(moved.getYear(), moved.getMonthValue(), day);
        };
    }
}
