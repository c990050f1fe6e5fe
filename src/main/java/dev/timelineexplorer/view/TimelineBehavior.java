package dev.timelineexplorer.view;

import static dev.timelineexplorer.view.TimelineMetrics.EDGE_GRAB;

import dev.timelineexplorer.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;

/**
 * Turns mouse, trackpad and keyboard input on a {@link TimelineView} into changes of its properties: the wheel zooms
 * around the pointer, Shift+wheel and horizontal scrolls pan, a drag pans by exactly the pixels moved, a click selects
 * what was drawn under it (or zooms to a "+N" badge's time), a double-click zooms; in the overview strip a drag moves
 * the window and its edges resize it. In the lanes' header column a click folds or unfolds a lane, a drag moves it,
 * and the wheel scrolls the lanes. Keys: + and − zoom, Left and Right pan, Up and Down move between lanes, Page Up and
 * Page Down scroll them, Home/End, Tab/[ ], 0 fits all, Escape clears.
 *
 * <p>Hit-testing asks the control's last {@link HitMap}, so input lands on what was drawn. {@link #dispose()} removes
 * every handler it added.
 */
final class TimelineBehavior {
    private static final double DRAG_THRESHOLD = 3;

    private enum OverviewDrag {
        NONE,
        MOVE,
        LEFT_EDGE,
        RIGHT_EDGE
    }

    private final TimelineView control;
    private final Node main;
    private final Node overview;
    private final Node header;
    private final Supplier<TimelineFrame> lastFrame;
    private final Tooltip tooltip = new Tooltip();
    private boolean tooltipInstalled;

    private double pressX;
    private double pressY;
    private TimeRange pressRange;
    private TimeScale pressScale;
    private boolean dragging;
    /** Whether the press grabbed the time cursor. */
    private boolean cursorDragging;

    private OverviewDrag overviewDrag = OverviewDrag.NONE;

    /** The lane whose name was pressed in the header column, or null. */
    private HitMap.LaneHit pressedLane;
    /** Whether the pressed lane is being dragged to another place. */
    private boolean laneDragging;

    /** Undoes each handler registration, for {@link #dispose()}. */
    private final List<Runnable> registrations = new ArrayList<>();

    /**
     * @param control the view whose properties input changes
     * @param main the node showing the main band, whose coordinates are the hit map's
     * @param overview the node showing the overview strip
     * @param header the node showing the lanes' header column
     * @param lastFrame the frame last drawn on screen, or null before the first
     */
    TimelineBehavior(TimelineView control, Node main, Node overview, Node header, Supplier<TimelineFrame> lastFrame) {
        this.control = control;
        this.main = main;
        this.overview = overview;
        this.header = header;
        this.lastFrame = lastFrame;
        tooltip.setShowDelay(Duration.millis(300));
        on(control, KeyEvent.KEY_PRESSED, this::onKeyPressed);
        on(main, ScrollEvent.SCROLL, this::onScroll);
        on(main, ZoomEvent.ZOOM, this::onZoom);
        on(main, MouseEvent.MOUSE_PRESSED, this::onMainPressed);
        on(main, MouseEvent.MOUSE_DRAGGED, this::onMainDragged);
        on(main, MouseEvent.MOUSE_RELEASED, this::onMainReleased);
        on(main, MouseEvent.MOUSE_MOVED, e -> updateHover(e.getX(), e.getY()));
        on(main, MouseEvent.MOUSE_EXITED, e -> updateHover(-1, -1));
        on(overview, ScrollEvent.SCROLL, this::onScroll);
        on(overview, MouseEvent.MOUSE_PRESSED, this::onOverviewPressed);
        on(overview, MouseEvent.MOUSE_DRAGGED, this::onOverviewDragged);
        on(overview, MouseEvent.MOUSE_RELEASED, e -> overviewDrag = OverviewDrag.NONE);
        on(overview, MouseEvent.MOUSE_MOVED, this::onOverviewMoved);
        on(header, MouseEvent.MOUSE_PRESSED, this::onHeaderPressed);
        on(header, MouseEvent.MOUSE_DRAGGED, this::onHeaderDragged);
        on(header, MouseEvent.MOUSE_RELEASED, this::onHeaderReleased);
        on(
                header,
                MouseEvent.MOUSE_MOVED,
                e -> header.setCursor(control.hitMap().laneAt(e.getY()) != null ? Cursor.HAND : Cursor.DEFAULT));
        on(header, ScrollEvent.SCROLL, this::onHeaderScroll);
    }

    private <T extends javafx.event.Event> void on(Node node, EventType<T> type, EventHandler<? super T> handler) {
        node.addEventHandler(type, handler);
        registrations.add(() -> node.removeEventHandler(type, handler));
    }

    /** Removes every handler and the tooltip. */
    void dispose() {
        registrations.forEach(Runnable::run);
        registrations.clear();
        if (tooltipInstalled) {
            Tooltip.uninstall(main, tooltip);
            tooltipInstalled = false;
        }
    }

    private TimeScale scale() {
        return control.hitMap().scale();
    }

    // ------------------------------------------------------------------ main band

    private void onScroll(ScrollEvent e) {
        TimeScale scale = scale();
        if (scale == null) {
            return;
        }
        control.stopAnimation();
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        if (dx != 0 && Math.abs(dx) >= Math.abs(dy)) {
            control.panBy(-scale.daysFor(dx));
        } else if (dy != 0) {
            // A wheel notch (40 units) zooms by about a fifth; trackpads send smaller steps.
            double factor = Math.pow(2, -dy / 160);
            double x = e.getSource() == overview ? scale.width() / 2 : e.getX();
            control.zoomBy(factor, scale.toDay(x));
        }
        e.consume();
    }

    private void onZoom(ZoomEvent e) {
        TimeScale scale = scale();
        if (scale == null || e.getZoomFactor() <= 0) {
            return;
        }
        control.stopAnimation();
        control.zoomBy(1 / e.getZoomFactor(), scale.toDay(e.getX()));
        e.consume();
    }

    /** Whether a point of the main band is on the time cursor (its line or its handle). */
    private boolean onCursor(double x) {
        TimeScale scale = scale();
        return control.isCursorShown()
                && scale != null
                && Math.abs(x - scale.toX(control.effectiveCursorDay())) <= CursorRenderer.GRAB;
    }

    private void onMainPressed(MouseEvent e) {
        control.requestFocus();
        control.stopAnimation();
        cursorDragging = e.getButton() == MouseButton.PRIMARY && onCursor(e.getX());
        pressX = e.getX();
        pressY = e.getY();
        pressRange = control.getVisibleRange();
        pressScale = scale();
        dragging = false;
    }

    private void onMainDragged(MouseEvent e) {
        if (pressScale == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (cursorDragging) {
            double x = Math.max(0, Math.min(pressScale.width(), e.getX()));
            control.setCursorDay(pressScale.toDay(x));
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        main.setCursor(Cursor.CLOSED_HAND);
        // The day grabbed stays under the pointer: shift by exactly the pixels moved, at the zoom of the press.
        control.setVisibleRange(pressRange.shift(-pressScale.daysFor(e.getX() - pressX)));
    }

    private void onMainReleased(MouseEvent e) {
        if (cursorDragging) {
            cursorDragging = false;
            return;
        }
        boolean wasDrag = dragging;
        dragging = false;
        updateHover(e.getX(), e.getY());
        TimeScale scale = scale();
        if (wasDrag || e.getButton() != MouseButton.PRIMARY || scale == null) {
            return;
        }
        HitMap hits = control.hitMap();
        Event hit = hits.eventAt(e.getX(), e.getY());
        Optional<TimeRange> badge = hit == null ? hits.badgeAt(e.getX(), e.getY()) : Optional.empty();
        if (e.getClickCount() >= 2) {
            if (hit != null) {
                control.zoomToEvent(hit, true);
            } else if (badge.isEmpty()) {
                TimeRange range = control.getVisibleRange();
                control.zoomTo(range.zoom(0.5, scale.toDay(e.getX())), true);
            }
            return;
        }
        if (badge.isPresent()) {
            TimeRange r = badge.get();
            double margin = r.span() * 0.25;
            control.zoomTo(new TimeRange(r.startDay() - margin, r.endDay() + margin), true);
            return;
        }
        if (hit != null && control.getLanes().size() > 0) {
            control.setCurrentLane(hits.laneOfEventAt(e.getX(), e.getY()));
        }
        control.setSelectedEvent(hit);
    }

    private void updateHover(double x, double y) {
        HitMap hits = control.hitMap();
        Event hit = x < 0 ? null : hits.eventAt(x, y);
        boolean overBadge = hit == null && x >= 0 && hits.badgeAt(x, y).isPresent();
        if (!dragging) {
            main.setCursor(
                    x >= 0 && onCursor(x) ? Cursor.H_RESIZE : hit != null || overBadge ? Cursor.HAND : Cursor.DEFAULT);
        }
        if (hit == control.getHoveredEvent()) {
            return;
        }
        control.setHoveredEvent(hit);
        if (hit != null) {
            tooltip.setText(control.getTexts().tooltip(hit));
            if (!tooltipInstalled) {
                Tooltip.install(main, tooltip);
                tooltipInstalled = true;
            }
        } else if (tooltipInstalled) {
            Tooltip.uninstall(main, tooltip);
            tooltip.hide();
            tooltipInstalled = false;
        }
    }

    // ------------------------------------------------------------------ overview strip

    private OverviewDrag overviewHit(double x) {
        TimelineFrame frame = lastFrame.get();
        if (frame == null) {
            return OverviewDrag.NONE;
        }
        TimeScale scale = frame.overviewScale();
        TimeRange view = control.getVisibleRange();
        double wx0 = scale.toX(view.startDay());
        double wx1 = scale.toX(view.endDay());
        if (wx1 - wx0 > 3 * EDGE_GRAB) {
            if (Math.abs(x - wx0) <= EDGE_GRAB) {
                return OverviewDrag.LEFT_EDGE;
            }
            if (Math.abs(x - wx1) <= EDGE_GRAB) {
                return OverviewDrag.RIGHT_EDGE;
            }
        }
        return x >= wx0 - 2 && x <= wx1 + 2 ? OverviewDrag.MOVE : OverviewDrag.NONE;
    }

    private void onOverviewMoved(MouseEvent e) {
        overview.setCursor(
                switch (overviewHit(e.getX())) {
                    case LEFT_EDGE, RIGHT_EDGE -> Cursor.H_RESIZE;
                    case MOVE -> Cursor.OPEN_HAND;
                    case NONE -> Cursor.HAND;
                });
    }

    private void onOverviewPressed(MouseEvent e) {
        TimelineFrame frame = lastFrame.get();
        if (frame == null) {
            return;
        }
        control.requestFocus();
        control.stopAnimation();
        TimeScale scale = frame.overviewScale();
        overviewDrag = overviewHit(e.getX());
        if (overviewDrag == OverviewDrag.NONE) {
            // A click outside the window moves the view there, then the window can be dragged on.
            TimeRange view = control.getVisibleRange();
            control.setVisibleRange(view.shift(scale.toDay(e.getX()) - view.center()));
            overviewDrag = OverviewDrag.MOVE;
        }
        pressX = e.getX();
        pressRange = control.getVisibleRange();
        pressScale = scale;
    }

    private void onOverviewDragged(MouseEvent e) {
        if (pressScale == null || overviewDrag == OverviewDrag.NONE) {
            return;
        }
        double day = pressScale.toDay(e.getX());
        switch (overviewDrag) {
            case MOVE -> control.setVisibleRange(pressRange.shift(pressScale.daysFor(e.getX() - pressX)));
            case LEFT_EDGE -> {
                double start = Math.min(day, pressRange.endDay() - TimelineView.MIN_SPAN_DAYS);
                control.setVisibleRange(new TimeRange(start, pressRange.endDay()));
            }
            case RIGHT_EDGE -> {
                double end = Math.max(day, pressRange.startDay() + TimelineView.MIN_SPAN_DAYS);
                control.setVisibleRange(new TimeRange(pressRange.startDay(), end));
            }
            default -> {}
        }
    }

    // ------------------------------------------------------------------ lanes' header column

    private void onHeaderPressed(MouseEvent e) {
        control.requestFocus();
        pressedLane = e.getButton() == MouseButton.PRIMARY ? control.hitMap().laneAt(e.getY()) : null;
        pressY = e.getY();
        laneDragging = false;
    }

    private void onHeaderDragged(MouseEvent e) {
        if (pressedLane == null) {
            return;
        }
        if (!laneDragging && Math.abs(e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        laneDragging = true;
        header.setCursor(Cursor.CLOSED_HAND);
        control.setLaneDropBefore(dropIndex(e.getY()));
    }

    private void onHeaderReleased(MouseEvent e) {
        HitMap.LaneHit lane = pressedLane;
        pressedLane = null;
        if (lane == null) {
            return;
        }
        if (laneDragging) {
            laneDragging = false;
            header.setCursor(Cursor.HAND);
            int before = dropIndex(e.getY());
            control.setLaneDropBefore(-1);
            if (before != lane.index() && before != lane.index() + 1) {
                control.moveLane(lane.key(), before);
            }
            return;
        }
        control.setCurrentLane(lane.key());
        control.toggleLane(lane.key());
    }

    /** Where a lane dropped at a height goes: before the first lane drawn whose middle is below it, else last. */
    private int dropIndex(double y) {
        HitMap.LaneRows rows = control.hitMap().lanes();
        int after = 0;
        for (HitMap.LaneHit lane : rows.lanes()) {
            if (y < (lane.y0() + lane.y1()) / 2) {
                return lane.index();
            }
            after = lane.index() + 1;
        }
        return Math.min(after, control.getLanes().size());
    }

    private void onHeaderScroll(ScrollEvent e) {
        double dy = e.getDeltaY();
        if (dy != 0) {
            int rows = (int) Math.max(1, Math.round(Math.abs(dy) / TimelineMetrics.ROW_HEIGHT));
            control.setLaneScroll(control.getLaneScroll() + (dy > 0 ? -rows : rows));
        }
        e.consume();
    }

    // ------------------------------------------------------------------ keyboard

    private void onKeyPressed(KeyEvent e) {
        if (scale() == null || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        TimeRange range = control.getVisibleRange();
        KeyCode code = e.getCode();
        String text = e.getText();
        boolean handled = true;
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS || "+".equals(text)) {
            control.zoomTo(range.zoom(1 / 1.5, range.center()), true);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT || "-".equals(text)) {
            control.zoomTo(range.zoom(1.5, range.center()), true);
        } else if (code == KeyCode.LEFT) {
            control.zoomTo(range.shift(-range.span() * 0.1), false);
        } else if (code == KeyCode.RIGHT) {
            control.zoomTo(range.shift(range.span() * 0.1), false);
        } else if (code == KeyCode.HOME) {
            control.selectFirst();
        } else if (code == KeyCode.END) {
            control.selectLast();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            control.fitAll(true);
        } else if (code == KeyCode.TAB) {
            if (e.isShiftDown()) {
                control.selectPrevious();
            } else {
                control.selectNext();
            }
        } else if (code == KeyCode.CLOSE_BRACKET || "]".equals(text)) {
            control.selectNext();
        } else if (code == KeyCode.OPEN_BRACKET || "[".equals(text)) {
            control.selectPrevious();
        } else if ((code == KeyCode.UP || code == KeyCode.DOWN)
                && !control.getLanes().isEmpty()) {
            control.selectInNextLane(code == KeyCode.DOWN ? 1 : -1);
        } else if ((code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN)
                && !control.getLanes().isEmpty()) {
            int page = Math.max(1, control.hitMap().lanes().visibleRows() - 1);
            control.setLaneScroll(control.getLaneScroll() + (code == KeyCode.PAGE_DOWN ? page : -page));
        } else if (code == KeyCode.ESCAPE && control.getSelectedEvent() != null) {
            control.setSelectedEvent(null);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
