package dev.timelineexplorer.view.map;

import dev.timelineexplorer.view.FxPainter;
import dev.timelineexplorer.view.Painter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link MapFrame} onto a {@link Painter}: the sea, every country filled by what the shading says (greyed
 * when the filter hides it), the lines between them, small states as dots, the outlines of the selection, the hovered
 * and the focused country, and a legend. The same routine paints the screen and exported pictures.
 */
public final class MapRenderer {
    /** The width of the lines between countries, pixels. */
    static final double BORDER_WIDTH = 0.6;
    /** The space between two items of the legend, pixels. */
    static final double LEGEND_GAP = 12;

    /** The height of the legend's row under the map, pixels. */
    public static final double LEGEND_ROW = 26;

    static final double LEGEND_MARGIN = 10;
    private static final double SWATCH = 11;

    /** One item of the legend: a colour and what it means, or (without a colour) the legend's title. */
    private record LegendEntry(Color color, String label) {}

    /** Draws a frame as vectors: one element per country, for exports. */
    public void draw(MapFrame frame, Painter g) {
        drawSea(frame, g);
        MapStyle style = frame.style();
        CountScale scale = scale(frame.shading());
        g.setStroke(style.border());
        g.setLineWidth(BORDER_WIDTH);
        for (MapScreen.ScreenShape shape : frame.screen().shapes().values()) {
            if (!shape.dot()) {
                g.setFill(fill(frame, scale, shape.code()));
                g.fillShape(shape.rings(), shape.pointCounts(), true, title(frame, shape.code()));
            }
        }
        drawOverlays(frame, scale, g);
    }

    /**
     * Draws a frame on screen from cached layers: the countries' fills recoloured from an index image and the lines
     * between them as an image, so that a frame whose shapes did not move costs a pass over pixels.
     *
     * @param pixelScale the screen's pixels per unit (2 on a high-density screen)
     */
    void drawLayered(MapFrame frame, GraphicsContext g, MapLayers layers, double pixelScale) {
        MapStyle style = frame.style();
        CountScale scale = scale(frame.shading());
        layers.ensure(frame.screen(), style, pixelScale);
        double w = frame.screen().viewport().width();
        double h = frame.screen().viewport().height();
        // The whole canvas first: after a resize, what was drawn at the old size would otherwise show around the
        // new map (the canvas keeps its pixels when it grows).
        g.clearRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        g.setFill(style.background());
        g.fillRect(
                0,
                0,
                Math.max(frame.width(), g.getCanvas().getWidth()),
                Math.max(frame.height(), g.getCanvas().getHeight()));
        g.drawImage(layers.image(code -> fill(frame, scale, code)), 0, 0, w, h);
        drawOverlays(frame, scale, new FxPainter(g));
    }

    private static void drawSea(MapFrame frame, Painter g) {
        MapStyle style = frame.style();
        g.setFill(style.background());
        g.fillRect(0, 0, frame.width(), frame.height());
        double[] outline = frame.screen().outline();
        g.setFill(style.sea());
        g.fillShape(new double[][] {outline}, new int[] {outline.length / 2}, false, null);
    }

    /** What goes over the countries: small states' dots, the outlines, the legend. */
    private void drawOverlays(MapFrame frame, CountScale scale, Painter g) {
        MapStyle style = frame.style();
        Color ring = style.land().interpolate(style.mutedText(), 0.45);
        for (MapScreen.ScreenShape shape : frame.screen().shapes().values()) {
            if (shape.dot()) {
                // A ring under the dot, as a second fill: cheaper than stroking, and the dot stays one element.
                g.setFill(ring);
                g.fillDot(shape.anchorX(), shape.anchorY(), MapScreen.DOT_RADIUS + 1, false, null);
                g.setFill(fill(frame, scale, shape.code()));
                g.fillDot(shape.anchorX(), shape.anchorY(), MapScreen.DOT_RADIUS, false, title(frame, shape.code()));
            }
        }
        for (String code : frame.outlined()) {
            outline(frame, scale, code, style.selection(), 2, g);
        }
        if (frame.hovered() != null) {
            outline(frame, scale, frame.hovered(), style.hover(), 1.5, g);
        }
        if (frame.focused() != null && !frame.focused().equals(frame.hovered())) {
            outline(frame, scale, frame.focused(), style.hover(), 1.5, g);
        }
        if (frame.legend()) {
            drawLegend(frame, scale, g);
        }
    }

    /**
     * A country's title in an exported picture: its name, and under a comparison which relationships it has ("France:
     * relations with both"), so that the class can be read without the colours.
     */
    private static String title(MapFrame frame, String code) {
        String name = frame.names().apply(code);
        if (name != null && frame.shading() instanceof MapShading.Compared compared) {
            return name + ": " + compared.label(compared.side(code));
        }
        return name;
    }

    /** The classes of a count shading; none for other shadings. */
    static CountScale scale(MapShading shading) {
        if (shading instanceof MapShading.Counts counts) {
            int max = 0;
            for (int count : counts.counts().values()) {
                max = Math.max(max, count);
            }
            return CountScale.upTo(max);
        }
        return CountScale.upTo(0);
    }

    /** The fill of a country in a frame. */
    static Color fill(MapFrame frame, CountScale scale, String code) {
        MapStyle style = frame.style();
        if (frame.excluded().contains(code)) {
            return style.excluded();
        }
        if (frame.shading() instanceof MapShading.Counts counts) {
            int c = scale.classOf(counts.count(code));
            return c < 0 ? style.land() : style.countColor(c, scale.classes());
        }
        if (frame.shading() instanceof MapShading.Active active) {
            return active.codes().contains(code) ? style.active() : style.land();
        }
        if (frame.shading() instanceof MapShading.Compared compared) {
            return compared.color(compared.side(code), style.land());
        }
        return style.land();
    }

    private void outline(MapFrame frame, CountScale scale, String code, Color color, double width, Painter g) {
        MapScreen.ScreenShape shape = frame.screen().shapes().get(code);
        if (shape == null) {
            return;
        }
        g.setFill(fill(frame, scale, code));
        g.setStroke(color);
        g.setLineWidth(width);
        if (shape.dot()) {
            g.fillDot(shape.anchorX(), shape.anchorY(), MapScreen.DOT_RADIUS + 1, true, null);
        } else {
            g.fillShape(shape.rings(), shape.pointCounts(), true, null);
        }
    }

    /** The legend's title and entries for a shading, or null when it has none. */
    private static List<LegendEntry> legend(
            MapShading shading, CountScale scale, MapStyle style, boolean anyExcluded, String excludedLabel) {
        List<LegendEntry> entries = new ArrayList<>();
        if (shading instanceof MapShading.Counts counts) {
            if (counts.title().isEmpty()) {
                return null;
            }
            entries.add(new LegendEntry(null, counts.title()));
            entries.add(new LegendEntry(style.land(), counts.noneLabel()));
            for (int c = 0; c < scale.classes(); c++) {
                entries.add(new LegendEntry(style.countColor(c, scale.classes()), scale.label(c)));
            }
        } else if (shading instanceof MapShading.Active active) {
            entries.add(new LegendEntry(null, active.title()));
            entries.add(new LegendEntry(style.active(), active.activeLabel()));
            entries.add(new LegendEntry(style.land(), active.inactiveLabel()));
        } else if (shading instanceof MapShading.Compared compared) {
            entries.add(new LegendEntry(null, compared.title()));
            for (MapShading.Side side : MapShading.Side.values()) {
                entries.add(new LegendEntry(compared.color(side, style.land()), compared.label(side)));
            }
        } else {
            return null;
        }
        if (anyExcluded && !excludedLabel.isEmpty()) {
            entries.add(new LegendEntry(style.excluded(), excludedLabel));
        }
        return entries;
    }

    /** How wide one legend item is: a title in bold, or a swatch and its label. */
    private static double itemWidth(LegendEntry entry, Font font, Font bold) {
        return entry.color() == null ? textWidth(entry.label(), bold) : SWATCH + 4 + textWidth(entry.label(), font);
    }

    /**
     * How many rows to keep for the legend under a map of a width: as many as the widest legend of the same kind
     * would take (every class of counts up to 99,999, a long date, the greyed entry), so that the map does not move
     * up and down as the counts or the date change while the timeline pans or plays.
     */
    public static int legendRows(MapShading shading, MapStyle style, String excludedLabel, double width) {
        List<LegendEntry> widest = widestLegend(shading, style, excludedLabel);
        return widest == null ? 0 : flow(widest, style, width, null, 0, titleAlone(shading, widest, style, width));
    }

    /**
     * The legend of the same kind as a shading at its widest (every class of counts up to 99,999, a long date, the
     * greyed entry), or null when the shading has none.
     */
    private static List<LegendEntry> widestLegend(MapShading shading, MapStyle style, String excludedLabel) {
        MapShading widest;
        if (shading instanceof MapShading.Counts counts) {
            if (counts.title().isEmpty()) {
                return null;
            }
            widest = new MapShading.Counts(java.util.Map.of("", 99_999), counts.title(), counts.noneLabel());
        } else if (shading instanceof MapShading.Active active) {
            widest = new MapShading.Active(
                    java.util.Set.of(), active.title() + "00", active.activeLabel(), active.inactiveLabel());
        } else if (shading instanceof MapShading.Compared compared) {
            widest = new MapShading.Compared(
                    java.util.Map.of(),
                    compared.title() + "00",
                    compared.labels(),
                    compared.first(),
                    compared.second());
        } else {
            return null;
        }
        return legend(widest, scale(widest), style, true, excludedLabel);
    }

    /**
     * Whether a dated legend's title (the day of Play's cursor) takes a row of its own: when the widest legend of its
     * kind does not fit on one row. Decided on the widest, not the legend of the moment, so that the legend keeps its
     * shape while Play changes the date. A legend of counts keeps its title beside its entries and wraps where full.
     */
    private static boolean titleAlone(MapShading shading, List<LegendEntry> widest, MapStyle style, double width) {
        boolean dated = shading instanceof MapShading.Compared || shading instanceof MapShading.Active;
        if (!dated || widest == null || widest.isEmpty() || widest.get(0).color() != null) {
            return false;
        }
        Font font = style.font();
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        double[] widths = new double[widest.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = itemWidth(widest.get(i), font, bold);
        }
        return !fitsOneRow(widths, width);
    }

    /** Whether items of these widths fit on one row of the legend. */
    static boolean fitsOneRow(double[] widths, double width) {
        double right = LEGEND_MARGIN - LEGEND_GAP;
        for (double w : widths) {
            right += LEGEND_GAP + w;
        }
        return right <= width - LEGEND_MARGIN;
    }

    /** Lays out (and, with a painter, draws) the legend's items in rows from a top; returns the number of rows. */
    private static int flow(
            List<LegendEntry> entries, MapStyle style, double width, Painter g, double top, boolean titleAlone) {
        Font font = style.font();
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        double[] widths = new double[entries.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = itemWidth(entries.get(i), font, bold);
        }
        double[][] places = placeLegendItems(widths, titleAlone, width);
        int rows = 0;
        for (int i = 0; i < widths.length; i++) {
            LegendEntry entry = entries.get(i);
            double x = places[i][0];
            int row = (int) places[i][1];
            rows = Math.max(rows, row + 1);
            if (g != null) {
                double y = top + row * LEGEND_ROW + LEGEND_ROW / 2;
                if (entry.color() == null) {
                    g.setFont(bold);
                    g.setFill(style.text());
                    g.fillText(entry.label(), x, y);
                } else {
                    g.setFill(entry.color());
                    g.fillRect(x, y - SWATCH / 2, SWATCH, SWATCH);
                    g.strokeRect(x, y - SWATCH / 2, SWATCH, SWATCH);
                    g.setFont(font);
                    g.setFill(style.text());
                    g.fillText(entry.label(), x + SWATCH + 4, y);
                }
            }
        }
        return Math.max(1, rows);
    }

    /**
     * Where each legend item goes, as {x, row}, given the items' widths and the width there is: left to right,
     * wrapping when an item would pass the right margin. With {@code titleAlone}, the first item (the title) takes the
     * first row alone and the entries start the second, so that the entries keep together rather than one being left
     * alone under the others.
     */
    static double[][] placeLegendItems(double[] widths, boolean titleAlone, double width) {
        double[][] places = new double[widths.length][];
        double x = LEGEND_MARGIN;
        int row = 0;
        for (int i = 0; i < widths.length; i++) {
            boolean breakAfterTitle = titleAlone && i == 1;
            if (x > LEGEND_MARGIN && (breakAfterTitle || x + widths[i] > width - LEGEND_MARGIN)) {
                row++;
                x = LEGEND_MARGIN;
            }
            places[i] = new double[] {x, row};
            x += widths[i] + LEGEND_GAP;
        }
        return places;
    }

    /** The legend in rows under the map: its title, then a swatch and a label for each colour. */
    private void drawLegend(MapFrame frame, CountScale scale, Painter g) {
        MapStyle style = frame.style();
        List<LegendEntry> entries =
                legend(frame.shading(), scale, style, !frame.excluded().isEmpty(), frame.excludedLabel());
        if (entries == null) {
            return;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(style.mutedText());
        g.setLineWidth(0.5);
        // Right under the map: the rows kept for the widest legend leave their spare room at the bottom.
        boolean titleAlone = titleAlone(
                frame.shading(), widestLegend(frame.shading(), style, frame.excludedLabel()), style, frame.width());
        flow(entries, style, frame.width(), g, frame.screen().viewport().height(), titleAlone);
    }

    /** Legend texts measured once: a frame draws the same few labels again and again. */
    private static final java.util.Map<String, Double> WIDTHS =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Double> eldest) {
                    return size() > 256;
                }
            });

    private static double textWidth(String text, Font font) {
        String key = font.getName() + '\u0000' + font.getSize() + '\u0000' + text;
        Double known = WIDTHS.get(key);
        if (known != null) {
            return known;
        }
        Text measure = new Text(text);
        measure.setFont(font);
        double width = Math.ceil(measure.getLayoutBounds().getWidth());
        WIDTHS.put(key, width);
        return width;
    }
}
