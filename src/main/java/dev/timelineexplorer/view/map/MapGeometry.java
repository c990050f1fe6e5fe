package dev.timelineexplorer.view.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The world's shapes projected with {@link EqualEarth} around a central meridian, in plane units (Earth radii) with y
 * pointing down, as a screen's does. Rings that cross the map's edge (the meridian opposite the central one) are cut
 * there and each part is drawn on its own side, so that no shape streaks across the map. The map shows latitudes from
 * {@value #SOUTH}° to {@value #NORTH}°: Antarctica is not among the shapes.
 */
public final class MapGeometry {
    /** The southern limit of the map, degrees. */
    public static final double SOUTH = -60;

    /** The northern limit of the map, degrees. */
    public static final double NORTH = 84;

    /** Where points are inserted along a cut, in degrees of latitude, so the cut follows the map's curved edge. */
    private static final double CUT_STEP = 1;

    private static final Map<Double, MapGeometry> CACHE = Collections.synchronizedMap(new TreeMap<>());

    /**
     * One shape, projected.
     *
     * @param code the country's code
     * @param rings each ring as x, y pairs in plane units (y down)
     * @param anchorX where the country's dot goes, x in plane units
     * @param anchorY the same, y
     */
    public record ProjectedShape(String code, double[][] rings, double anchorX, double anchorY) {}

    private final double centralMeridian;
    private final Map<String, ProjectedShape> shapes;

    private MapGeometry(double centralMeridian, Map<String, ProjectedShape> shapes) {
        this.centralMeridian = centralMeridian;
        this.shapes = Collections.unmodifiableMap(shapes);
    }

    /** The world's shapes around a central meridian in degrees (-180 to 180), computed once per meridian. */
    public static MapGeometry of(double centralMeridian) {
        if (!(centralMeridian >= -180 && centralMeridian <= 180)) {
            throw new IllegalArgumentException("central meridian " + centralMeridian + " is not between -180 and 180");
        }
        return CACHE.computeIfAbsent(centralMeridian, m -> project(WorldShapes.get(), m));
    }

    static MapGeometry project(WorldShapes world, double centralMeridian) {
        Map<String, ProjectedShape> projected = new TreeMap<>();
        double[] point = new double[2];
        for (WorldShapes.CountryShape shape : world.all()) {
            List<double[]> rings = new ArrayList<>();
            for (double[] ring : shape.rings()) {
                for (double[] part : cut(ring, centralMeridian)) {
                    rings.add(toPlane(part));
                }
            }
            EqualEarth.project(
                    Math.toRadians(relative(shape.anchorLongitude(), centralMeridian)),
                    Math.toRadians(shape.anchorLatitude()),
                    point,
                    0);
            projected.put(
                    shape.code(),
                    new ProjectedShape(shape.code(), rings.toArray(double[][]::new), point[0], -point[1]));
        }
        return new MapGeometry(centralMeridian, projected);
    }

    /** The central meridian, degrees. */
    public double centralMeridian() {
        return centralMeridian;
    }

    /** Every projected shape, by code. */
    public Map<String, ProjectedShape> shapes() {
        return shapes;
    }

    /** The left edge of the map in plane units. */
    public static double minX() {
        return -EqualEarth.MAX_X;
    }

    /** The right edge of the map in plane units. */
    public static double maxX() {
        return EqualEarth.MAX_X;
    }

    /** The top of the map (its northern limit) in plane units, y down. */
    public static double minY() {
        return -EqualEarth.y(Math.toRadians(NORTH));
    }

    /** The bottom of the map (its southern limit) in plane units, y down. */
    public static double maxY() {
        return -EqualEarth.y(Math.toRadians(SOUTH));
    }

    /** The map's edge between its latitude limits, as x, y pairs in plane units. */
    public static double[] outline() {
        int steps = (int) Math.round((NORTH - SOUTH) / CUT_STEP);
        double[] ring = new double[4 * (steps + 1)];
        double[] point = new double[2];
        for (int i = 0; i <= steps; i++) {
            double latitude = Math.toRadians(SOUTH + i * (NORTH - SOUTH) / steps);
            EqualEarth.project(Math.PI, latitude, point, 0);
            ring[2 * i] = point[0];
            ring[2 * i + 1] = -point[1];
            ring[4 * (steps + 1) - 2 - 2 * i] = -point[0];
            ring[4 * (steps + 1) - 1 - 2 * i] = -point[1];
        }
        return ring;
    }

    /** A longitude relative to the central meridian, in [-180, 180). */
    static double relative(double longitude, double centralMeridian) {
        double d = (longitude - centralMeridian) % 360;
        if (d < -180) {
            d += 360;
        } else if (d >= 180) {
            d -= 360;
        }
        return d;
    }

    /**
     * A ring in longitudes relative to the central meridian, unwrapped so that it runs on without jumps, and cut at
     * ±180°: the part beyond an edge comes back on the other side.
     */
    static List<double[]> cut(double[] ring, double centralMeridian) {
        int n = ring.length / 2;
        double[] unwrapped = new double[ring.length];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double u = i == 0
                    ? relative(ring[0], centralMeridian)
                    : unwrapped[2 * i - 2] + relative(ring[2 * i] - ring[2 * i - 2], 0);
            unwrapped[2 * i] = u;
            unwrapped[2 * i + 1] = ring[2 * i + 1];
            min = Math.min(min, u);
            max = Math.max(max, u);
        }
        if (min >= -180 && max <= 180) {
            return List.of(unwrapped);
        }
        List<double[]> parts = new ArrayList<>();
        addIfArea(parts, clip(clip(unwrapped, 180, true), -180, false), 0);
        if (max > 180) {
            addIfArea(parts, clip(unwrapped, 180, false), -360);
        }
        if (min < -180) {
            addIfArea(parts, clip(unwrapped, -180, true), 360);
        }
        return parts;
    }

    private static void addIfArea(List<double[]> parts, double[] ring, double shift) {
        if (ring.length < 6 || Math.abs(area(ring)) < 1e-9) {
            return;
        }
        for (int i = 0; i < ring.length; i += 2) {
            ring[i] += shift;
        }
        parts.add(ring);
    }

    /**
     * The part of a ring on one side of the meridian {@code u = edge} (Sutherland–Hodgman), with points added along
     * the cut so that it follows the edge of the map once projected.
     *
     * @param keepBelow true to keep {@code u <= edge}, false to keep {@code u >= edge}
     */
    static double[] clip(double[] ring, double edge, boolean keepBelow) {
        int n = ring.length / 2;
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u0 = ring[2 * i];
            double v0 = ring[2 * i + 1];
            int j = (i + 1) % n;
            double u1 = ring[2 * j];
            double v1 = ring[2 * j + 1];
            boolean in0 = keepBelow ? u0 <= edge : u0 >= edge;
            boolean in1 = keepBelow ? u1 <= edge : u1 >= edge;
            if (in0) {
                out.add(new double[] {u0, v0});
            }
            if (in0 != in1) {
                double t = (edge - u0) / (u1 - u0);
                out.add(new double[] {edge, v0 + t * (v1 - v0)});
            }
        }
        List<double[]> dense = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            double[] a = out.get(i);
            double[] b = out.get((i + 1) % out.size());
            dense.add(a);
            if (a[0] == edge && b[0] == edge) {
                int steps = (int) (Math.abs(b[1] - a[1]) / CUT_STEP);
                for (int s = 1; s < steps; s++) {
                    dense.add(new double[] {edge, a[1] + (b[1] - a[1]) * s / steps});
                }
            }
        }
        double[] result = new double[dense.size() * 2];
        for (int i = 0; i < dense.size(); i++) {
            result[2 * i] = dense.get(i)[0];
            result[2 * i + 1] = dense.get(i)[1];
        }
        return result;
    }

    private static double area(double[] ring) {
        double sum = 0;
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
        }
        return sum / 2;
    }

    /** Projects a ring of relative longitudes and latitudes, degrees, into plane units with y down. */
    private static double[] toPlane(double[] ring) {
        double[] out = new double[ring.length];
        for (int i = 0; i < ring.length; i += 2) {
            double u = Math.max(-180, Math.min(180, ring[i]));
            EqualEarth.project(Math.toRadians(u), Math.toRadians(ring[i + 1]), out, i);
            out[i + 1] = -out[i + 1];
        }
        return out;
    }

    @Override
    public String toString() {
        return "MapGeometry[centralMeridian=" + centralMeridian + ", shapes=" + shapes.size() + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapGeometry g && g.centralMeridian == centralMeridian;
    }

    @Override
    public int hashCode() {
        return Objects.hash(centralMeridian);
    }
}
