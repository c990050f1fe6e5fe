package dev.timelineexplorer.app.export;

import dev.timelineexplorer.view.FxPainter;
import dev.timelineexplorer.view.SvgPainter;
import dev.timelineexplorer.view.TimelineView;
import dev.timelineexplorer.view.map.RelationChart;
import dev.timelineexplorer.view.map.WorldMapView;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import javafx.scene.image.WritableImage;
import javax.xml.stream.XMLStreamException;

/**
 * An exported picture of the timeline, the map or both (the map under the timeline, as in the window), drawn on the
 * JavaFX thread as PNG pixels or SVG bytes. The timeline is drawn at its own size; the map at the size given.
 */
public final class Picture {
    /** What a picture shows. */
    public enum Part {
        TIMELINE,
        MAP,
        BOTH,
        /** The chart of how many states had each relationship over time. */
        CHART;

        /**
         * The part named on the command line: {@code timeline}, {@code map}, {@code both} or {@code chart}; null
         * otherwise.
         */
        public static Part parse(String text) {
            for (Part part : values()) {
                if (part.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return part;
                }
            }
            return null;
        }
    }

    private final TimelineView timeline;
    private final WorldMapView map;
    private final Part part;
    private final double mapWidth;
    private final double mapHeight;
    private final RelationChart chart;
    private final double chartHeight;

    /**
     * @param timeline the timeline, laid out at its size (unused for the map alone)
     * @param map the map (unused for the timeline alone)
     * @param part what to show
     * @param mapWidth the map's width in pixels; with both, the timeline's width is used
     * @param mapHeight the map's height in pixels
     */
    public Picture(TimelineView timeline, WorldMapView map, Part part, double mapWidth, double mapHeight) {
        this(timeline, map, part, mapWidth, mapHeight, null, 0);
    }

    /**
     * @param chart the chart of relations, drawn under the map (or alone, for {@link Part#CHART}), or null
     * @param chartHeight its height in pixels, 0 for none
     */
    public Picture(
            TimelineView timeline,
            WorldMapView map,
            Part part,
            double mapWidth,
            double mapHeight,
            RelationChart chart,
            double chartHeight) {
        this.timeline = timeline;
        this.map = map;
        this.part = part;
        this.mapWidth = part == Part.BOTH ? timeline.getWidth() : mapWidth;
        this.mapHeight = part == Part.CHART ? 0 : mapHeight;
        this.chart = chart;
        this.chartHeight = chart == null ? 0 : chartHeight;
    }

    public double width() {
        return part == Part.MAP || part == Part.CHART ? mapWidth : timeline.getWidth();
    }

    public double height() {
        return switch (part) {
            case TIMELINE -> timeline.getHeight();
            case MAP -> mapHeight + chartHeight;
            case BOTH -> timeline.getHeight() + mapHeight;
            case CHART -> chartHeight;
        };
    }

    private void draw(dev.timelineexplorer.view.Painter painter) {
        if (part == Part.CHART) {
            chart.draw(painter, mapWidth, chartHeight);
            return;
        }
        if (part != Part.MAP) {
            timeline.drawExport(painter);
        }
        if (part == Part.BOTH) {
            painter.translate(0, timeline.getHeight());
        }
        if (part != Part.TIMELINE) {
            map.draw(painter, mapWidth, mapHeight);
        }
        if (part == Part.MAP && chartHeight > 0) {
            painter.translate(0, mapHeight);
            chart.draw(painter, mapWidth, chartHeight);
        }
    }

    /** The picture as pixels, at a density (1, or 2 for a sharp double-size image). */
    public WritableImage image(double scale) {
        if (part == Part.TIMELINE) {
            return timeline.exportImage(scale);
        }
        return FxPainter.image(width(), height(), scale, this::draw);
    }

    /** The picture as an SVG document. */
    public byte[] svg() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            SvgPainter svg = new SvgPainter(bytes, width(), height());
            draw(svg);
            svg.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
