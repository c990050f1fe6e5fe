package dev.timelineexplorer.view.map;

import javafx.scene.input.KeyCode;

/** Moves the keyboard's country on the map: the arrow keys go to the nearest country in their direction. */
final class MapKeyboard {
    private MapKeyboard() {}

    /**
     * The country an arrow key moves to from the current one: the nearest whose anchor lies within 60° of the
     * direction, nearer to the straight line counting for more; the current one when there is none; the country
     * nearest the centre of the view when there is no current one.
     */
    static String next(MapScreen screen, String current, KeyCode arrow) {
        MapScreen.ScreenShape from = current == null ? null : screen.shapes().get(current);
        if (from == null) {
            return nearestToCentre(screen);
        }
        double dx = arrow == KeyCode.LEFT ? -1 : arrow == KeyCode.RIGHT ? 1 : 0;
        double dy = arrow == KeyCode.UP ? -1 : arrow == KeyCode.DOWN ? 1 : 0;
        String best = current;
        double bestScore = Double.POSITIVE_INFINITY;
        for (MapScreen.ScreenShape shape : screen.shapes().values()) {
            double vx = shape.anchorX() - from.anchorX();
            double vy = shape.anchorY() - from.anchorY();
            double distance = Math.hypot(vx, vy);
            if (distance < 1 || shape.code().equals(current)) {
                continue;
            }
            double along = (vx * dx + vy * dy) / distance;
            if (along < 0.5) {
                continue; // more than 60° off the arrow's direction
            }
            double score = distance * (2 - along);
            if (score < bestScore) {
                bestScore = score;
                best = shape.code();
            }
        }
        return best;
    }

    private static String nearestToCentre(MapScreen screen) {
        double cx = screen.viewport().width() / 2;
        double cy = screen.viewport().height() / 2;
        String best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (MapScreen.ScreenShape shape : screen.shapes().values()) {
            double d = Math.hypot(shape.anchorX() - cx, shape.anchorY() - cy);
            if (d < bestDistance) {
                bestDistance = d;
                best = shape.code();
            }
        }
        return best;
    }
}
