package dev.timelineexplorer.view.map;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Shows a {@link WorldMapView} on a canvas, with a hover label that follows the pointer, and turns mouse and keys into
 * moves, hovers and country actions. Removes its handlers on {@link #dispose()}.
 */
public class WorldMapViewSkin extends SkinBase<WorldMapView> {
    /** A press that moves less than this many pixels is a click, not a drag. */
    private static final double CLICK_SLOP = 4;

    private static final double PAN_STEP = 0.1;
    private static final double ZOOM_STEP = 1.5;

    private final Canvas canvas = new Canvas();
    private final MapLayers layers = new MapLayers();
    private final Label hoverLabel = new Label();
    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private final EventHandler<MouseEvent> onMoved = this::moved;
    private final EventHandler<MouseEvent> onExited = e -> hover(null, 0, 0);
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<KeyEvent> onKey = this::keyPressed;

    private Point2D pressedAt;
    private Point2D lastDrag;
    private boolean dragging;
    /**
     * Whether the map may be drawn: not in the layout that shows its window, but in the next pulse. Its layers take
     * three snapshots, which wait for the renderer; the window appears without waiting for them.
     */
    private boolean firstLayoutPassed;

    public WorldMapViewSkin(WorldMapView control) {
        super(control);
        hoverLabel.getStyleClass().add("map-hover-label");
        hoverLabel.setMouseTransparent(true);
        hoverLabel.setVisible(false);
        hoverLabel.setManaged(false);
        getChildren().addAll(canvas, hoverLabel);
        registerChangeListener(control.shadingProperty(), o -> redraw());
        registerChangeListener(control.excludedCodesProperty(), o -> redraw());
        registerChangeListener(control.outlinedCodesProperty(), o -> redraw());
        registerChangeListener(control.centralMeridianProperty(), o -> redraw());
        registerChangeListener(control.viewportProperty(), o -> redraw());
        registerChangeListener(control.hoveredCodeProperty(), o -> redraw());
        registerChangeListener(control.focusedCodeProperty(), o -> redraw());
        registerChangeListener(control.focusedProperty(), o -> redraw());
        registerChangeListener(control.legendVisibleProperty(), o -> redraw());
        registerChangeListener(control.countryNamesProperty(), o -> redraw());
        registerChangeListener(control.excludedLabelProperty(), o -> redraw());
        for (var property : control.styleProperties()) {
            registerChangeListener(property, o -> redraw());
        }
        control.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        control.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        control.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        control.addEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        control.addEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        control.addEventHandler(ScrollEvent.SCROLL, onScroll);
        control.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    @Override
    public void dispose() {
        WorldMapView control = getSkinnable();
        if (control == null) {
            return;
        }
        control.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        control.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        control.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        control.removeEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        control.removeEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        control.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        control.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        getChildren().removeAll(canvas, hoverLabel);
        super.dispose();
    }

    private void redraw() {
        getSkinnable().requestLayout();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + 640 + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + 320 + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + 120 + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + 200 + right;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        WorldMapView control = getSkinnable();
        if (control == null) {
            return;
        }
        double width = Math.max(1, w);
        double height = Math.max(1, h);
        canvas.relocate(x, y);
        canvas.setWidth(width);
        canvas.setHeight(height);
        control.setSize(width, control.mapHeight(width, height));
        if (!firstLayoutPassed) {
            canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
            Platform.runLater(() -> {
                firstLayoutPassed = true;
                redraw();
            });
            return;
        }
        double pixelScale = control.getScene() == null || control.getScene().getWindow() == null
                ? 1
                : control.getScene().getWindow().getOutputScaleX();
        control.renderer()
                .drawLayered(
                        control.frame(control.screen(), width, height, true),
                        canvas.getGraphicsContext2D(),
                        layers,
                        pixelScale);
        if (hoverLabel.isVisible()) {
            hoverLabel.autosize();
            // Beside the pointer, kept inside the map.
            double lx = Math.min(hoverLabel.getLayoutX(), width - hoverLabel.getWidth() - 4);
            double ly = Math.min(hoverLabel.getLayoutY(), height - hoverLabel.getHeight() - 4);
            hoverLabel.relocate(Math.max(4, lx), Math.max(4, ly));
        }
    }

    // ------------------------------------------------------------------ input

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        getSkinnable().requestFocus();
        pressedAt = new Point2D(e.getX(), e.getY());
        lastDrag = pressedAt;
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (pressedAt == null) {
            return;
        }
        if (!dragging && pressedAt.distance(e.getX(), e.getY()) >= CLICK_SLOP) {
            dragging = true;
            getSkinnable().setCursor(Cursor.CLOSED_HAND);
            hover(null, 0, 0);
        }
        if (dragging) {
            getSkinnable().panBy(e.getX() - lastDrag.getX(), e.getY() - lastDrag.getY());
            lastDrag = new Point2D(e.getX(), e.getY());
        }
    }

    private void released(MouseEvent e) {
        if (pressedAt == null) {
            return;
        }
        WorldMapView control = getSkinnable();
        if (!dragging) {
            String code = control.countryAt(e.getX(), e.getY());
            control.act(code, e.isShortcutDown());
        }
        control.setCursor(Cursor.DEFAULT);
        pressedAt = null;
        dragging = false;
    }

    private void moved(MouseEvent e) {
        hover(getSkinnable().countryAt(e.getX(), e.getY()), e.getX(), e.getY());
    }

    private void hover(String code, double x, double y) {
        WorldMapView control = getSkinnable();
        control.setHoveredCode(code);
        control.setCursor(code == null ? Cursor.DEFAULT : Cursor.HAND);
        if (code == null) {
            hoverLabel.setVisible(false);
        } else {
            hoverLabel.setText(control.hoverTextOf(code));
            hoverLabel.relocate(x + 14, y + 16);
            hoverLabel.setVisible(true);
        }
        control.requestLayout();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        // As on the timeline: a wheel notch (40 units) zooms by about a fifth; trackpads send smaller steps.
        getSkinnable().zoomBy(Math.pow(2, e.getDeltaY() / 160), e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        WorldMapView control = getSkinnable();
        MapViewport viewport = control.viewportProperty().get();
        KeyCode code = e.getCode();
        boolean arrow = code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.UP || code == KeyCode.DOWN;
        if (arrow && e.isShiftDown()) {
            double dx = code == KeyCode.LEFT ? 1 : code == KeyCode.RIGHT ? -1 : 0;
            double dy = code == KeyCode.UP ? 1 : code == KeyCode.DOWN ? -1 : 0;
            control.panBy(dx * viewport.width() * PAN_STEP, dy * viewport.height() * PAN_STEP);
        } else if (arrow) {
            control.setFocusedCode(MapKeyboard.next(
                    control.screen(), control.focusedCodeProperty().get(), code));
        } else if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            control.zoomBy(ZOOM_STEP);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            control.zoomBy(1 / ZOOM_STEP);
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            control.resetView();
        } else if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            control.act(control.focusedCodeProperty().get(), code == KeyCode.SPACE || e.isShortcutDown());
        } else if (code == KeyCode.ESCAPE && control.focusedCodeProperty().get() != null) {
            control.setFocusedCode(null);
        } else {
            return;
        }
        e.consume();
    }
}
