package dev.timelineexplorer.view.map;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The shapes of the world's countries, keyed by ISO 3166-1 alpha-2 code (and {@code XK} for Kosovo), from Natural
 * Earth's 1:50 million data as published in the npm package world-atlas 2.0.2. The resource {@code world.bin} is made
 * by {@code src/build/world-shapes/build-world-shapes.mjs}, which describes its layout; it is read once, on first use.
 */
public final class WorldShapes {
    private static final String RESOURCE = "world.bin";
    private static volatile WorldShapes instance;

    /**
     * One country's shape.
     *
     * @param code its ISO 3166-1 alpha-2 code
     * @param rings its rings, each as longitude, latitude pairs in degrees; a ring inside another is a hole
     * @param anchorLongitude where a dot for it goes: the centroid of its largest ring, degrees east
     * @param anchorLatitude the same, degrees north
     */
    public record CountryShape(String code, List<double[]> rings, double anchorLongitude, double anchorLatitude) {
        public CountryShape {
            Objects.requireNonNull(code, "code");
            rings = List.copyOf(rings);
        }
    }

    private final Map<String, CountryShape> shapes;

    private WorldShapes(Map<String, CountryShape> shapes) {
        this.shapes = Collections.unmodifiableMap(shapes);
    }

    /** The shapes, read from the bundled resource on first use. */
    public static WorldShapes get() {
        WorldShapes shapes = instance;
        if (shapes == null) {
            synchronized (WorldShapes.class) {
                shapes = instance;
                if (shapes == null) {
                    try (InputStream in = WorldShapes.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(
                                    "the map's shapes are missing from the application: " + RESOURCE);
                        }
                        shapes = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the map's shapes", e);
                    }
                    instance = shapes;
                }
            }
        }
        return shapes;
    }

    /** Whether a code has a shape on the map. */
    public boolean has(String code) {
        return shapes.containsKey(code);
    }

    /** The shape of a code, or null. */
    public CountryShape shape(String code) {
        return shapes.get(code);
    }

    /** Every shape, by code. */
    public Collection<CountryShape> all() {
        return shapes.values();
    }

    /** Reads the format written by the build script (see there). */
    static WorldShapes read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw));
        byte[] magic = in.readNBytes(4);
        if (!"TEWS".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII)) || in.readByte() != 1) {
            throw new IOException("not a world-shapes file of version 1");
        }
        double scaleX = in.readDouble();
        double scaleY = in.readDouble();
        double translateX = in.readDouble();
        double translateY = in.readDouble();
        int arcCount = varint(in);
        int[][] arcs = new int[arcCount][];
        for (int a = 0; a < arcCount; a++) {
            int points = varint(in);
            int[] xy = new int[2 * points];
            int x = 0;
            int y = 0;
            for (int i = 0; i < points; i++) {
                x += zigzag(in);
                y += zigzag(in);
                xy[2 * i] = x;
                xy[2 * i + 1] = y;
            }
            arcs[a] = xy;
        }
        Map<String, CountryShape> shapes = new TreeMap<>();
        int shapeCount = varint(in);
        for (int s = 0; s < shapeCount; s++) {
            String code = new String(in.readNBytes(in.readUnsignedByte()), java.nio.charset.StandardCharsets.US_ASCII);
            List<double[]> rings = new ArrayList<>();
            int polygons = varint(in);
            for (int p = 0; p < polygons; p++) {
                int ringCount = varint(in);
                for (int r = 0; r < ringCount; r++) {
                    rings.add(ring(in, arcs, scaleX, scaleY, translateX, translateY));
                }
            }
            double[] anchor = anchor(rings);
            shapes.put(code, new CountryShape(code, rings, anchor[0], anchor[1]));
        }
        return new WorldShapes(shapes);
    }

    /** A ring from its arcs, each arc after the first without its first point (the last point of the one before). */
    private static double[] ring(
            DataInputStream in, int[][] arcs, double scaleX, double scaleY, double translateX, double translateY)
            throws IOException {
        int arcsInRing = varint(in);
        double[] out = new double[64];
        int n = 0;
        for (int k = 0; k < arcsInRing; k++) {
            int index = zigzag(in);
            boolean reversed = index < 0;
            int[] arc = arcs[reversed ? ~index : index];
            int points = arc.length / 2;
            for (int i = k == 0 ? 0 : 1; i < points; i++) {
                int j = reversed ? points - 1 - i : i;
                if (2 * n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[2 * n] = arc[2 * j] * scaleX + translateX;
                out[2 * n + 1] = arc[2 * j + 1] * scaleY + translateY;
                n++;
            }
        }
        return java.util.Arrays.copyOf(out, 2 * n);
    }

    /** The centroid of the largest ring (planar, in degrees: fine for choosing where a small state's dot goes). */
    private static double[] anchor(List<double[]> rings) {
        double bestArea = -1;
        double[] best = {0, 0};
        for (double[] ring : rings) {
            double area = 0;
            double cx = 0;
            double cy = 0;
            int n = ring.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double cross = ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
                area += cross;
                cx += (ring[2 * i] + ring[2 * j]) * cross;
                cy += (ring[2 * i + 1] + ring[2 * j + 1]) * cross;
            }
            double abs = Math.abs(area / 2);
            if (abs > bestArea) {
                bestArea = abs;
                if (Math.abs(area) < 1e-12) {
                    best = new double[] {ring[0], ring[1]};
                } else {
                    best = new double[] {cx / (3 * area), cy / (3 * area)};
                }
            }
        }
        return best;
    }

    private static int varint(DataInputStream in) throws IOException {
        int value = 0;
        int shift = 0;
        while (true) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
            if (shift > 28) {
                throw new IOException("a number in the world-shapes file is too long");
            }
        }
    }

    private static int zigzag(DataInputStream in) throws IOException {
        int v = varint(in);
        return (v >>> 1) ^ -(v & 1);
    }
}
