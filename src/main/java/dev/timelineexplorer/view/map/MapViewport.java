package dev.timelineexplorer.view.map;

/**
 * Where the map's plane (see {@link MapGeometry}) lies on screen: a size in pixels, a zoom (1 shows the whole map,
 * fitted) and the plane point at the centre of the view. Immutable; each move makes a new one.
 *
 * @param width the view's width, pixels
 * @param height the view's height, pixels
 * @param zoom 1 for the whole map, up to {@value #MAX_ZOOM}
 * @param centerX the plane x at the centre of the view
 * @param centerY the plane y at the centre of the view (y down)
 */
public record MapViewport(double width, double height, double zoom, double centerX, double centerY) {
    /** How far the map zooms in. */
    public static final double MAX_ZOOM = 24;

    /** The margin around the whole map at zoom 1, as a fraction of the view. */
    private static final double MARGIN = 0.02;

    public MapViewport {
        zoom = Math.max(1, Math.min(MAX_ZOOM, zoom));
        // The centre stays on the map, so the map can never be dragged out of sight.
        centerX = Math.max(MapGeometry.minX(), Math.min(MapGeometry.maxX(), centerX));
        centerY = Math.max(MapGeometry.minY(), Math.min(MapGeometry.maxY(), centerY));
    }

    /** The whole map, fitted to a size. */
    public static MapViewport whole(double width, double height) {
        return new MapViewport(
                width,
                height,
                1,
                (MapGeometry.minX() + MapGeometry.maxX()) / 2,
                (MapGeometry.minY() + MapGeometry.maxY()) / 2);
    }

    /** Pixels per plane unit. */
    public double scale() {
        double fit = Math.min(
                width * (1 - 2 * MARGIN) / (MapGeometry.maxX() - MapGeometry.minX()),
                height * (1 - 2 * MARGIN) / (MapGeometry.maxY() - MapGeometry.minY()));
        return Math.max(1e-6, fit) * zoom;
    }

    /** The screen x of a plane x. */
    public double toScreenX(double x) {
        return width / 2 + (x - centerX) * scale();
    }

    /** The screen y of a plane y. */
    public double toScreenY(double y) {
        return height / 2 + (y - centerY) * scale();
    }

    /** The same view at another size, showing the same centre at the same zoom. */
    public MapViewport resized(double newWidth, double newHeight) {
        return new MapViewport(newWidth, newHeight, zoom, centerX, centerY);
    }

    /** The view moved by a number of pixels (a drag to the right moves the map to the right). */
    public MapViewport panned(double dx, double dy) {
        double s = scale();
        return new MapViewport(width, height, zoom, centerX - dx / s, centerY - dy / s);
    }

    /** The view zoomed by a factor, keeping the plane point under a screen point in place. */
    public MapViewport zoomed(double factor, double screenX, double screenY) {
        double s = scale();
        double planeX = centerX + (screenX - width / 2) / s;
        double planeY = centerY + (screenY - height / 2) / s;
        double newZoom = Math.max(1, Math.min(MAX_ZOOM, zoom * factor));
        double newScale = s * newZoom / zoom;
        return new MapViewport(
                width,
                height,
                newZoom,
                planeX - (screenX - width / 2) / newScale,
                planeY - (screenY - height / 2) / newScale);
    }
}
