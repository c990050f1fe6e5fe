package dev.timelineexplorer.view;

import static dev.timelineexplorer.view.TimelineMetrics.AXIS_HEIGHT;
import static dev.timelineexplorer.view.TimelineMetrics.ERA_LINE_HEIGHT;
import static dev.timelineexplorer.view.TimelineMetrics.OVERVIEW_HEIGHT;
import static dev.timelineexplorer.view.TimelineMetrics.ROW_HEIGHT;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;

/**
 * Shows a {@link TimelineView} on three canvases and wires it to input: the main band; under it the overview strip's
 * density, redrawn only when the events, the size or the style change; and over that a transparent canvas with the
 * window on the visible range, the one part of the strip that moves with every pan and zoom. The drawing itself is the
 * control's {@link TimelineRenderer}; input is {@link TimelineBehavior}. The skin hands each frame's {@link HitMap} to
 * the control, and removes its listeners and handlers on {@link #dispose()}.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {
    private final Canvas mainCanvas = new Canvas();
    private final Canvas overviewCanvas = new Canvas();
    private final Canvas windowCanvas = new Canvas();
    /** The lanes' header column, left of the other canvases; zero wide when the timeline is not grouped. */
    private final Canvas headerCanvas = new Canvas();
    /** Scrolls the lanes when they do not fit; shown only then. */
    private final ScrollBar laneScrollBar = new ScrollBar();

    private final TimelineBehavior behavior;
    /** Set while the scroll bar is brought in line with a frame, so that doing so is not taken for the user's scroll. */
    private boolean syncingScrollBar;

    private final EventDragger dragger;

    private TimelineFrame lastFrame;
    private final Runnable removeCollapsedListener;
    /** What the overview's density layer was last drawn from; it is redrawn only when this changes. */
    private OverviewKey overviewDrawn;

    private record OverviewKey(Object events, Object dataset, TimeRange range, double width, TimelineStyle style) {}

    private HeaderKey headerDrawn;
    /**
     * What the lanes' header column shows: while the timeline only zooms or pans it stays the same, and is not drawn
     * again (a canvas given no new drawing keeps its picture).
     */
    private record HeaderKey(
            LaneState lanes,
            HitMap.LaneRows rows,
            Object dataset,
            double height,
            TimelineStyle style,
            TimelineTexts texts) {}

    public TimelineViewSkin(TimelineView control) {
        super(control);
        laneScrollBar.setOrientation(Orientation.VERTICAL);
        laneScrollBar.setVisible(false);
        laneScrollBar.setFocusTraversable(false);
        laneScrollBar.getStyleClass().add("lane-scroll-bar");
        laneScrollBar.setUnitIncrement(1);
        laneScrollBar.setBlockIncrement(5);
        getChildren().addAll(headerCanvas, mainCanvas, overviewCanvas, windowCanvas, laneScrollBar);
        behavior = new TimelineBehavior(control, mainCanvas, windowCanvas, headerCanvas, () -> lastFrame);
        registerChangeListener(laneScrollBar.valueProperty(), o -> {
            if (!syncingScrollBar) {
                control.setLaneScroll((int) Math.round(laneScrollBar.getValue()));
            }
        });
        dragger = new EventDragger(control, mainCanvas);

        registerChangeListener(control.datasetProperty(), o -> redraw());
        registerChangeListener(control.eventsProperty(), o -> redraw());
        registerChangeListener(control.visibleRangeProperty(), o -> redraw());
        registerChangeListener(control.selectedEventProperty(), o -> redraw());
        registerChangeListener(control.hoveredEventProperty(), o -> redraw());
        registerChangeListener(control.colorModeProperty(), o -> redraw());
        registerChangeListener(control.textsProperty(), o -> redraw());
        registerChangeListener(control.labelFontProperty(), o -> redraw());
        registerChangeListener(control.cursorShownProperty(), o -> redraw());
        registerChangeListener(control.cursorDayProperty(), o -> redraw());
        registerChangeListener(control.lanesProperty(), o -> redraw());
        registerChangeListener(control.laneHeadingProperty(), o -> redraw());
        registerChangeListener(control.laneScrollProperty(), o -> redraw());
        registerChangeListener(control.currentLaneProperty(), o -> redraw());
        javafx.collections.SetChangeListener<String> collapsedChanged = change -> redraw();
        control.getCollapsedLanes().addListener(collapsedChanged);
        removeCollapsedListener = () -> control.getCollapsedLanes().removeListener(collapsedChanged);
        for (var paint : List.of(
                control.backgroundFillProperty(),
                control.textFillProperty(),
                control.mutedTextFillProperty(),
                control.gridStrokeProperty(),
                control.majorGridStrokeProperty(),
                control.axisFillProperty(),
                control.eraFillProperty(),
                control.eraTextFillProperty(),
                control.selectionStrokeProperty(),
                control.badgeFillProperty(),
                control.badgeTextFillProperty(),
                control.overviewFillProperty(),
                control.overviewWindowFillProperty(),
                control.neutralEventFillProperty())) {
            registerChangeListener(paint, o -> redraw());
        }
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        behavior.dispose();
        removeCollapsedListener.run();
        dragger.dispose();
        getSkinnable().setHitMap(HitMap.EMPTY);
        // Only this skin's own nodes: a new skin has already put its canvases among the control's children.
        getChildren().removeAll(headerCanvas, mainCanvas, overviewCanvas, windowCanvas, laneScrollBar);
        super.dispose();
    }

    private void redraw() {
        getSkinnable().requestLayout();
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + AXIS_HEIGHT + 2 * ERA_LINE_HEIGHT + ROW_HEIGHT * 3 + OVERVIEW_HEIGHT + bottom;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + 420 + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + 800 + right;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (getSkinnable() == null) {
            return; // disposed: nothing to draw
        }
        double header = Math.min(getSkinnable().laneHeaderWidth(), Math.max(0, w - 100));
        double width = Math.max(1, w - header);
        double mainHeight = Math.max(1, h - OVERVIEW_HEIGHT);
        headerCanvas.relocate(x, y);
        headerCanvas.setWidth(header);
        headerCanvas.setHeight(header > 0 ? mainHeight + OVERVIEW_HEIGHT : 0);
        mainCanvas.relocate(x + header, y);
        mainCanvas.setWidth(width);
        mainCanvas.setHeight(mainHeight);
        for (Canvas strip : List.of(overviewCanvas, windowCanvas)) {
            strip.relocate(x + header, y + mainHeight);
            strip.setWidth(width);
            strip.setHeight(OVERVIEW_HEIGHT);
        }
        HitMap hits = draw(width, mainHeight + OVERVIEW_HEIGHT);
        layoutScrollBar(hits.lanes(), x + header + width, y, mainHeight);
    }

    /** Shows the lanes' scroll bar at the right of the main band, over the lanes' area, when they do not fit. */
    private void layoutScrollBar(HitMap.LaneRows rows, double right, double y, double mainHeight) {
        boolean needed = rows.totalRows() > rows.visibleRows();
        laneScrollBar.setVisible(needed);
        if (!needed) {
            return;
        }
        double barWidth = laneScrollBar.prefWidth(-1);
        double top = rows.areaTop();
        laneScrollBar.resizeRelocate(right - barWidth, y + top, barWidth, Math.max(10, mainHeight - top));
        syncingScrollBar = true;
        try {
            laneScrollBar.setMin(0);
            laneScrollBar.setMax(rows.totalRows() - rows.visibleRows());
            laneScrollBar.setVisibleAmount(rows.visibleRows());
            laneScrollBar.setValue(rows.scroll());
        } finally {
            syncingScrollBar = false;
        }
    }

    private HitMap draw(double width, double height) {
        TimelineView control = getSkinnable();
        TimelineFrame frame = control.frame(width, height);
        TimelineRenderer renderer = control.renderer();
        lastFrame = frame;
        HitMap hits = renderer.drawMain(frame, new FxPainter(mainCanvas.getGraphicsContext2D()));
        control.setHitMap(hits);
        if (frame.lanes().isGrouped()) {
            HeaderKey header =
                    new HeaderKey(frame.lanes(), hits.lanes(), frame.dataset(), height, frame.style(), frame.texts());
            if (!header.equals(headerDrawn)) {
                headerDrawn = header;
                renderer.drawLaneHeader(frame, hits, new FxPainter(headerCanvas.getGraphicsContext2D()));
            }
            control.laneFrameDrawn(hits.lanes().scroll());
        } else {
            headerDrawn = null;
        }
        OverviewKey key =
                new OverviewKey(frame.events(), frame.dataset(), frame.overviewRange(), frame.width(), frame.style());
        if (!Objects.equals(key, overviewDrawn)) {
            overviewDrawn = key;
            renderer.drawOverviewDensity(frame, new FxPainter(overviewCanvas.getGraphicsContext2D()));
        }
        windowCanvas.getGraphicsContext2D().clearRect(0, 0, width, OVERVIEW_HEIGHT);
        renderer.drawOverviewWindow(frame, new FxPainter(windowCanvas.getGraphicsContext2D()));
        return hits;
    }
}
