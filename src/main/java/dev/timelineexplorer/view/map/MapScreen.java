package dev.timelineexplorer.view.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map's shapes in screen pixels for one viewport: what is drawn and what is hit-tested, computed once per pan,
 * zoom or resize rather than once per frame. Rings are thinned to points at least {@value #MIN_STEP} pixels apart, as
 * finer detail cannot be seen; shapes wholly outside the view are left out; a state too small to see (under {@value
 * #DOT_BELOW} pixels across) is shown as a dot at its anchor so it can still be seen and clicked.
 */
public final class MapScreen {
    /** Smaller than this many pixels across, a country is drawn as a dot. */
    static final double DOT_BELOW = 4;

    /** The radius of a small state's dot, pixels. */
    public static final double DOT_RADIUS = 3;

    /** Points closer than this to the previous one are dropped, pixels. */
    private static final double MIN_STEP = 0.6;

    /** How far from a dot a click still hits it, pixels. */
    private static final double DOT_REACH = DOT_RADIUS + 3;

    /**
     * One country as drawn.
     *
     * @param code its code
     * @param rings its rings in pixels, x, y pairs; only the first {@code pointCounts[i]} points of ring i are used
     * @param pointCounts how many points each ring has
     * @param dot whether it is drawn as a dot
     * @param anchorX the dot's centre (and where the keyboard focus moves from), pixels
     * @param anchorY the same, y
     * @param minX the left of its bounds, pixels
     * @param minY the top
     * @param maxX the right
     * @param maxY the bottom
     */
    public record ScreenShape(
            String code,
            double[][] rings,
            int[] pointCounts,
            boolean dot,
            double anchorX,
            double anchorY,
            double minX,
            double minY,
            double maxX,
            double maxY) {}

    private final MapGeometry geometry;
    private final MapViewport viewport;
    private final Map<String, ScreenShape> shapes;
    private final double[] outline;

    private MapScreen(MapGeometry geometry, MapViewport viewport, Map<String, ScreenShape> shapes, double[] outline) {
        this.geometry = geometry;
        this.viewport = viewport;
        this.shapes = Collections.unmodifiableMap(shapes);
        this.outline = outline;
    }

    /** The shapes of a geometry placed by a viewport. */
    public static MapScreen of(MapGeometry geometry, MapViewport viewport) {
        Map<String, ScreenShape> shapes = new LinkedHashMap<>();
        double w = viewport.width();
        double h = viewport.height();
        for (MapGeometry.ProjectedShape shape : geometry.shapes().values()) {
            List<double[]> rings = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (double[] ring : shape.rings()) {
                double[] out = new double[ring.length];
                int n = 0;
                double lastX = Double.NaN;
                double lastY = Double.NaN;
                for (int i = 0; i < ring.length; i += 2) {
                    double x = viewport.toScreenX(ring[i]);
                    double y = viewport.toScreenY(ring[i + 1]);
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                    if (n > 0 && Math.abs(x - lastX) + Math.abs(y - lastY) < MIN_STEP) {
                        continue;
                    }
                    out[2 * n] = x;
                    out[2 * n + 1] = y;
                    lastX = x;
                    lastY = y;
                    n++;
                }
                if (n >= 3) {
                    rings.add(out);
                    counts.add(n);
                }
            }
            if (maxX < 0 || minX > w || maxY < 0 || minY > h) {
                continue; // off screen
            }
            boolean dot = rings.isEmpty() || Math.max(maxX - minX, maxY - minY) < DOT_BELOW;
            double anchorX = viewport.toScreenX(shape.anchorX());
            double anchorY = viewport.toScreenY(shape.anchorY());
            int[] pointCounts = counts.stream().mapToInt(Integer::intValue).toArray();
            shapes.put(
                    shape.code(),
                    new ScreenShape(
                            shape.code(),
                            rings.toArray(double[][]::new),
                            pointCounts,
                            dot,
                            anchorX,
                            anchorY,
                            minX,
                            minY,
                            maxX,
                            maxY));
        }
        double[] plane = MapGeometry.outline();
        double[] outline = new double[plane.length];
        for (int i = 0; i < plane.length; i += 2) {
            outline[i] = viewport.toScreenX(plane[i]);
            outline[i + 1] = viewport.toScreenY(plane[i + 1]);
        }
        return new MapScreen(geometry, viewport, shapes, outline);
    }

    public MapGeometry geometry() {
        return geometry;
    }

    public MapViewport viewport() {
        return viewport;
    }

    /** The shapes on screen, by code. */
    public Map<String, ScreenShape> shapes() {
        return shapes;
    }

    /** The map's edge in pixels, x, y pairs. */
    public double[] outline() {
        return outline;
    }

    /** The country at a screen point: a small state's dot first, then the shape that contains the point; or null. */
    public String countryAt(double x, double y) {
        String nearestDot = null;
        double nearest = DOT_REACH;
        for (ScreenShape shape : shapes.values()) {
            if (shape.dot()) {
                double d = Math.hypot(x - shape.anchorX(), y - shape.anchorY());
                if (d <= nearest) {
                    nearest = d;
                    nearestDot = shape.code();
                }
            }
        }
        if (nearestDot != null) {
            return nearestDot;
        }
        for (ScreenShape shape : shapes.values()) {
            if (!shape.dot()
                    && x >= shape.minX()
                    && x <= shape.maxX()
                    && y >= shape.minY()
                    && y <= shape.maxY()
                    && contains(shape, x, y)) {
                return shape.code();
            }
        }
        return null;
    }

    /** Even-odd point-in-polygon over all the shape's rings, so that holes are not part of it. */
    private static boolean contains(ScreenShape shape, double x, double y) {
        boolean inside = false;
        for (int r = 0; r < shape.rings().length; r++) {
            double[] ring = shape.rings()[r];
            int n = shape.pointCounts()[r];
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double yi = ring[2 * i + 1];
                double yj = ring[2 * j + 1];
                if ((yi > y) != (yj > y)) {
                    double xCross = ring[2 * j] + (y - yj) * (ring[2 * i] - ring[2 * j]) / (yi - yj);
                    if (x < xCross) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }
}
