package dev.timelineexplorer.view.map;

import dev.timelineexplorer.view.FxPainter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.transform.Transform;

/**
 * The map on screen as cached layers, so that recolouring it (the timeline pans, the counts change) costs one pass
 * over pixels rather than rasterising every country's outline again. When the shapes move (a pan or zoom of the map,
 * a resize, a new theme) three layers are made once: an index saying which country each pixel belongs to; the
 * background, sea and coastlines for the pixels of no country; and how much of each country pixel the lines between
 * countries cover. Each frame then colours the index through a table of one colour per country, blends in the lines
 * (whose anti-aliased strokes smooth the edges of the fills) and hands the result over as one opaque image.
 *
 * <p>Used by the skin only; exported pictures are drawn as vectors by {@link MapRenderer}.
 */
final class MapLayers {
    private MapScreen screen;
    private double pixelScale;
    private MapStyle drawnStyle;

    private int width;
    private int height;
    /** The country index of each pixel, row by row, 0 for none; index i + 1 is {@code codes.get(i)}. */
    private int[] ids = new int[0];

    private final List<String> codes = new ArrayList<>();
    /** The finished pixels where there is no country: background, sea, coastlines. */
    private int[] base = new int[0];
    /** How much the lines between countries cover each country pixel, 0 to 255. */
    private byte[] lineCover = new byte[0];

    private int line;
    private WritableImage image;
    private int[] argb = new int[0];
    /** Each country's pixels as runs along rows: starts and lengths, by country index. */
    private int[][] runStarts = new int[0][];

    private int[][] runLengths = new int[0][];
    /** The colour table of the last image; null when the image must be drawn whole. */
    private int[] lastTable;

    /** Makes the layers for shapes on screen at a pixel density, unless they are made already. */
    void ensure(MapScreen on, MapStyle style, double scale) {
        if (on == screen && scale == pixelScale && style.equals(drawnStyle)) {
            return;
        }
        screen = on;
        pixelScale = scale;
        drawnStyle = style;
        width = Math.max(1, (int) Math.ceil(on.viewport().width() * scale));
        height = Math.max(1, (int) Math.ceil(on.viewport().height() * scale));
        indexCountries();
        drawBaseAndLines(style);
        image = new WritableImage(width, height);
        argb = new int[width * height];
        findRuns();
        lastTable = null;
    }

    /** Notes where each country's pixels are, as runs along rows, so that one country can be recoloured alone. */
    private void findRuns() {
        int n = codes.size() + 1;
        int[][] starts = new int[n][];
        int[][] lengths = new int[n][];
        int[] counts = new int[n];
        for (int i = 0; i < ids.length; ) {
            int id = ids[i];
            int j = i + 1;
            while (j < ids.length && ids[j] == id && j % width != 0) {
                j++;
            }
            if (starts[id] == null) {
                starts[id] = new int[16];
                lengths[id] = new int[16];
            } else if (counts[id] == starts[id].length) {
                starts[id] = java.util.Arrays.copyOf(starts[id], counts[id] * 2);
                lengths[id] = java.util.Arrays.copyOf(lengths[id], counts[id] * 2);
            }
            starts[id][counts[id]] = i;
            lengths[id][counts[id]] = j - i;
            counts[id]++;
            i = j;
        }
        for (int id = 0; id < n; id++) {
            starts[id] = starts[id] == null ? new int[0] : java.util.Arrays.copyOf(starts[id], counts[id]);
            lengths[id] = lengths[id] == null ? new int[0] : java.util.Arrays.copyOf(lengths[id], counts[id]);
        }
        runStarts = starts;
        runLengths = lengths;
    }

    /** Draws each country in a colour that is its index, without anti-aliasing, and reads the index back. */
    private void indexCountries() {
        codes.clear();
        Group group = new Group();
        for (MapScreen.ScreenShape shape : screen.shapes().values()) {
            if (shape.dot() || shape.rings().length == 0) {
                continue;
            }
            codes.add(shape.code());
            int id = codes.size();
            Path path = new Path(elements(shape));
            path.setFillRule(FillRule.EVEN_ODD);
            path.setFill(Color.rgb((id >> 16) & 0xff, (id >> 8) & 0xff, id & 0xff));
            path.setStroke(null);
            path.setSmooth(false);
            group.getChildren().add(path);
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(pixelScale, pixelScale));
        parameters.setViewport(new javafx.geometry.Rectangle2D(0, 0, width, height));
        WritableImage image = group.snapshot(parameters, new WritableImage(width, height));
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            pixels[i] = (p >>> 24) == 0 ? 0 : p & 0xffffff;
        }
        ids = pixels;
    }

    private static List<PathElement> elements(MapScreen.ScreenShape shape) {
        List<PathElement> elements = new ArrayList<>();
        for (int r = 0; r < shape.rings().length; r++) {
            double[] ring = shape.rings()[r];
            int n = shape.pointCounts()[r];
            elements.add(new MoveTo(ring[0], ring[1]));
            for (int i = 1; i < n; i++) {
                elements.add(new LineTo(ring[2 * i], ring[2 * i + 1]));
            }
            elements.add(new ClosePath());
        }
        return elements;
    }

    /**
     * The background, the sea and the lines between countries for the pixels of no country, and, apart, how much the
     * lines cover each pixel, from two drawings of the same anti-aliased lines.
     */
    private void drawBaseAndLines(MapStyle style) {
        Canvas canvas = new Canvas(width, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(pixelScale, pixelScale);
        FxPainter painter = new FxPainter(g);
        painter.setFill(style.background());
        painter.fillRect(0, 0, width, height);
        double[] outline = screen.outline();
        painter.setFill(style.sea());
        painter.fillShape(new double[][] {outline}, new int[] {outline.length / 2}, false, null);
        strokeLines(painter, style);
        SnapshotParameters parameters = new SnapshotParameters();
        base = pixels(canvas.snapshot(parameters, new WritableImage(width, height)));

        g.clearRect(0, 0, width, height);
        strokeLines(painter, style);
        parameters.setFill(Color.TRANSPARENT);
        int[] lines = pixels(canvas.snapshot(parameters, new WritableImage(width, height)));
        lineCover = new byte[lines.length];
        for (int i = 0; i < lines.length; i++) {
            lineCover[i] = (byte) (lines[i] >>> 24);
        }
        line = argb(style.border());
    }

    private void strokeLines(FxPainter painter, MapStyle style) {
        painter.setFill(Color.TRANSPARENT);
        painter.setStroke(style.border());
        painter.setLineWidth(MapRenderer.BORDER_WIDTH);
        for (MapScreen.ScreenShape shape : screen.shapes().values()) {
            if (!shape.dot()) {
                painter.fillShape(shape.rings(), shape.pointCounts(), true, null);
            }
        }
    }

    private int[] pixels(WritableImage snapshot) {
        int[] pixels = new int[width * height];
        snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }

    /**
     * The map, its countries in the colour each gets now, as one opaque image: a pass over the index, with the lines
     * blended in where they cover a country.
     */
    WritableImage image(Function<String, Color> colorOf) {
        int[] table = new int[codes.size() + 1];
        for (int i = 0; i < codes.size(); i++) {
            table[i + 1] = argb(colorOf.apply(codes.get(i))) | 0xff000000;
        }
        if (lastTable == null) {
            System.arraycopy(base, 0, argb, 0, argb.length);
        }
        // Only the countries whose colour changed are painted again: a pan of the timeline changes few classes.
        int firstRow = height;
        int lastRow = -1;
        for (int id = 1; id < table.length; id++) {
            if (lastTable != null && lastTable[id] == table[id]) {
                continue;
            }
            int[] starts = runStarts[id];
            int[] lengths = runLengths[id];
            for (int r = 0; r < starts.length; r++) {
                paintRun(starts[r], lengths[r], table[id]);
            }
            if (starts.length > 0) {
                firstRow = Math.min(firstRow, starts[0] / width);
                lastRow = Math.max(lastRow, starts[starts.length - 1] / width);
            }
        }
        lastTable = table;
        if (lastRow >= firstRow) {
            // Opaque pixels are the same premultiplied, and the premultiplied format is the image's own.
            image.getPixelWriter()
                    .setPixels(
                            0,
                            firstRow,
                            width,
                            lastRow - firstRow + 1,
                            PixelFormat.getIntArgbPreInstance(),
                            argb,
                            firstRow * width,
                            width);
        }
        return image;
    }

    /** Paints one run of a country's pixels in its colour, blending in the lines between countries. */
    private void paintRun(int start, int length, int color) {
        int lr = (line >> 16) & 0xff;
        int lg = (line >> 8) & 0xff;
        int lb = line & 0xff;
        int cr = (color >> 16) & 0xff;
        int cg = (color >> 8) & 0xff;
        int cb = color & 0xff;
        for (int i = start; i < start + length; i++) {
            int a = lineCover[i] & 0xff;
            if (a == 0) {
                argb[i] = color;
            } else {
                int r = (cr * (255 - a) + lr * a) / 255;
                int g = (cg * (255 - a) + lg * a) / 255;
                int b = (cb * (255 - a) + lb * a) / 255;
                argb[i] = 0xff000000 | (r << 16) | (g << 8) | b;
            }
        }
    }

    private static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24)
                | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
