package dev.timelineexplorer.view.map;

/**
 * The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): an equal-area pseudocylindrical projection of the
 * whole world, so that a country's size on the map is its size on the globe. Longitude and latitude in radians map
 * to plane coordinates in units of the Earth's radius: x from -{@value #MAX_X_TEXT} to +{@value #MAX_X_TEXT} (at
 * the equator), y from -{@value #MAX_Y_TEXT} (the south pole) to +{@value #MAX_Y_TEXT} (the north pole), north up.
 */
public final class EqualEarth {
    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;
    private static final String MAX_X_TEXT = "2.7066";
    private static final String MAX_Y_TEXT = "1.3174";

    /** The largest x: the meridians at ±180° cross the equator there. */
    public static final double MAX_X = x(Math.PI, 0);

    /** The largest y: the north pole. */
    public static final double MAX_Y = y(Math.PI / 2);

    private EqualEarth() {}

    /**
     * Projects a point into {@code out[at]} (x) and {@code out[at + 1]} (y), in Earth radii, north positive.
     *
     * @param longitude radians east of the central meridian, -π to π
     * @param latitude radians north, -π/2 to π/2
     */
    public static void project(double longitude, double latitude, double[] out, int at) {
        double theta = theta(latitude);
        out[at] = xOf(longitude, theta);
        out[at + 1] = yOf(theta);
    }

    /** The x of a point, in Earth radii; longitude and latitude in radians. */
    public static double x(double longitude, double latitude) {
        return xOf(longitude, theta(latitude));
    }

    /** The y of a latitude in radians, in Earth radii, north positive. */
    public static double y(double latitude) {
        return yOf(theta(latitude));
    }

    /** The parametric latitude θ of the projection's formulas. */
    private static double theta(double latitude) {
        return Math.asin(M * Math.sin(latitude));
    }

    private static double xOf(double longitude, double theta) {
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        return 2
                * Math.sqrt(3)
                * longitude
                * Math.cos(theta)
                / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
    }

    private static double yOf(double theta) {
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        return theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    }
}
