package dev.timelineexplorer.view.map;

import dev.timelineexplorer.index.RelationCounts;
import dev.timelineexplorer.view.FxPainter;
import dev.timelineexplorer.view.Painter;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A chart of how many states had each relationship over time (relations with the ROK and with the DPRK, say), one
 * stepped line each, with the time cursor drawn across it; a click or a drag moves the cursor. Drawn on a canvas by
 * {@link #draw(Painter, double, double)}, which exports use too. Days are epoch days.
 */
public final class RelationChart extends Region {
    /** One line: what it counts, its colour and its counts. */
    public record Series(String label, Color color, RelationCounts counts) {
        public Series {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(color, "color");
            Objects.requireNonNull(counts, "counts");
        }
    }

    private static final double LEFT = 44;
    private static final double RIGHT = 14;
    private static final double TOP = 22;
    private static final double BOTTOM = 22;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<List<Series>> series = new SimpleObjectProperty<>(this, "series", List.of());
    private final DoubleProperty startDay = new SimpleDoubleProperty(this, "startDay", 0);
    private final DoubleProperty endDay = new SimpleDoubleProperty(this, "endDay", 1);
    private final DoubleProperty cursorDay = new SimpleDoubleProperty(this, "cursorDay", Double.NaN);
    private final ObjectProperty<MapStyle> mapStyle = new SimpleObjectProperty<>(this, "mapStyle", MapStyle.LIGHT);
    private final ObjectProperty<String> title = new SimpleObjectProperty<>(this, "title", "");
    private DoubleConsumer onPick = day -> {};

    public RelationChart() {
        getStyleClass().add("relation-chart");
        getChildren().add(canvas);
        for (var property : List.of(series, startDay, endDay, cursorDay, mapStyle, title)) {
            property.addListener(o -> requestLayout());
        }
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::picked);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::picked);
        setMinHeight(90);
        setPrefHeight(140);
    }

    /** The lines, first drawn first. */
    public ObjectProperty<List<Series>> seriesProperty() {
        return series;
    }

    /** The first day shown, in epoch days. */
    public DoubleProperty startDayProperty() {
        return startDay;
    }

    /** The day after the last shown, in epoch days. */
    public DoubleProperty endDayProperty() {
        return endDay;
    }

    /** The time cursor's day, in epoch days, or NaN for none. */
    public DoubleProperty cursorDayProperty() {
        return cursorDay;
    }

    /** The colours and font, as the map's. */
    public ObjectProperty<MapStyle> mapStyleProperty() {
        return mapStyle;
    }

    /** The chart's title, drawn at its top left, such as "States with relations". */
    public ObjectProperty<String> titleProperty() {
        return title;
    }

    /** Told the day under the pointer when the chart is clicked or dragged. */
    public void setOnPick(DoubleConsumer value) {
        onPick = Objects.requireNonNull(value, "onPick");
    }

    /** The day at an x position, clamped to the days shown. */
    public double dayAt(double x) {
        double width = Math.max(1, getWidth() - LEFT - RIGHT);
        double fraction = Math.max(0, Math.min(1, (x - LEFT) / width));
        return startDay.get() + fraction * (endDay.get() - startDay.get());
    }

    /** The x position of a day. */
    public double xOf(double day) {
        return x(day, getWidth());
    }

    private double x(double day, double width) {
        double span = Math.max(1, endDay.get() - startDay.get());
        return LEFT + (day - startDay.get()) / span * Math.max(1, width - LEFT - RIGHT);
    }

    private void picked(MouseEvent e) {
        if (e.isPrimaryButtonDown() && !series.get().isEmpty()) {
            onPick.accept(Math.floor(dayAt(e.getX())));
            e.consume();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        draw(new FxPainter(canvas.getGraphicsContext2D()), w, h);
    }

    /** Draws the chart at a size onto a painter (the screen, a PNG or an SVG). */
    public void draw(Painter g, double width, double height) {
        MapStyle s = mapStyle.get();
        g.setFill(s.background());
        g.fillRect(0, 0, width, height);
        List<Series> lines = series.get();
        if (lines.isEmpty() || endDay.get() <= startDay.get()) {
            return;
        }
        Font font = Font.font(s.font().getFamily(), s.font().getSize() - 1);
        Font bold = Font.font(s.font().getFamily(), FontWeight.BOLD, s.font().getSize() - 1);
        double plotBottom = height - BOTTOM;
        double plotHeight = Math.max(10, plotBottom - TOP);
        int max = lines.stream().mapToInt(l -> l.counts().max()).max().orElse(0);
        int step = max <= 20 ? 5 : max <= 60 ? 20 : 50;
        int top = Math.max(step, (int) Math.ceil(max / (double) step) * step);
        // Grid and counts on the left.
        g.setFont(font);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(0.5);
        for (int value = 0; value <= top; value += step) {
            double y = plotBottom - value / (double) top * plotHeight;
            g.setStroke(s.border().interpolate(s.mutedText(), 0.25));
            g.strokeLine(LEFT, y, width - RIGHT, y);
            g.setFill(s.mutedText());
            g.fillText(Integer.toString(value), LEFT - 6, y);
        }
        // Years along the bottom, every ten or twenty.
        int firstYear = yearOf(startDay.get());
        int lastYear = yearOf(endDay.get());
        double pixelsPerDecade = (width - LEFT - RIGHT) / Math.max(1, (lastYear - firstYear) / 10.0);
        int yearStep = pixelsPerDecade >= 44 ? 10 : 20;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int year = (firstYear / yearStep + 1) * yearStep; year <= lastYear; year += yearStep) {
            double x = x(java.time.LocalDate.of(year, 1, 1).toEpochDay(), width);
            g.setStroke(s.mutedText());
            g.strokeLine(x, plotBottom, x, plotBottom + 4);
            g.setFill(s.mutedText());
            g.fillText(Integer.toString(year), x, plotBottom + 6);
        }
        // One stepped line per series.
        for (Series line : lines) {
            long[] days = line.counts().changeDays();
            int[] counts = line.counts().countsAfterChanges();
            g.setStroke(line.color());
            g.setLineWidth(2);
            double previousX = x(startDay.get(), width);
            double previousY = plotBottom - line.counts().countOn((long) startDay.get()) / (double) top * plotHeight;
            for (int i = 0; i < days.length; i++) {
                if (days[i] <= startDay.get()) {
                    continue;
                }
                if (days[i] >= endDay.get()) {
                    break;
                }
                double cx = x(days[i], width);
                double cy = plotBottom - counts[i] / (double) top * plotHeight;
                g.strokeLine(previousX, previousY, cx, previousY);
                g.strokeLine(cx, previousY, cx, cy);
                previousX = cx;
                previousY = cy;
            }
            g.strokeLine(previousX, previousY, x(endDay.get(), width), previousY);
        }
        // The cursor, and the counts on its day in the legend.
        double cursor = cursorDay.get();
        boolean hasCursor = !Double.isNaN(cursor) && cursor >= startDay.get() && cursor <= endDay.get();
        if (hasCursor) {
            double cx = x(cursor, width);
            g.setStroke(s.selection());
            g.setLineWidth(1.5);
            g.strokeLine(cx, TOP - 4, cx, plotBottom);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double lx = LEFT;
        if (!title.get().isEmpty()) {
            g.setFont(bold);
            g.setFill(s.text());
            g.fillText(title.get(), lx, TOP / 2);
            lx += measure(title.get(), bold) + 14;
        }
        g.setFont(font);
        for (Series line : lines) {
            g.setFill(line.color());
            g.fillRect(lx, TOP / 2 - 1.5, 14, 3);
            String label =
                    hasCursor ? line.label() + " " + line.counts().countOn((long) Math.floor(cursor)) : line.label();
            g.setFill(s.text());
            g.fillText(label, lx + 18, TOP / 2);
            lx += 18 + measure(label, font) + 14;
        }
    }

    private final javafx.scene.text.Text measurer = new javafx.scene.text.Text();

    private double measure(String text, Font font) {
        measurer.setFont(font);
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    private static int yearOf(double day) {
        long clamped = (long) Math.floor(Math.max(
                dev.timelineexplorer.model.HistoricalDate.FIRST_EPOCH_DAY,
                Math.min(day, dev.timelineexplorer.model.HistoricalDate.END_EPOCH_DAY - 1)));
        return java.time.LocalDate.ofEpochDay(clamped).getYear();
    }
}
