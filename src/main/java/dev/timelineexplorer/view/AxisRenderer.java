package dev.timelineexplorer.view;

import static dev.timelineexplorer.view.TimelineMetrics.AXIS_HEIGHT;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the axis strip with its two rows of labels, and the grid lines that run down the main band. Grid lines are
 * one-pixel rectangles on whole pixels: a stroked line costs the software pipeline an anti-aliased polygon the
 * height of the band, twenty times a filled rectangle.
 */
final class AxisRenderer {
    private static final double MIN_LABEL_GAP = 10;

    private final TextMeasure measure;

    AxisRenderer(TextMeasure measure) {
        this.measure = measure;
    }

    void draw(TimelineFrame frame, TimeScale scale, Painter g) {
        TimelineStyle style = frame.style();
        double width = scale.width();
        double height = frame.mainHeight();
        g.setFill(style.axis());
        g.fillRect(0, 0, width, AXIS_HEIGHT);
        Font font = style.font();
        Font bold = style.boldFont();
        AxisTicks ticks = AxisTicks.compute(
                scale,
                s -> measure.width(s, font),
                s -> measure.width(s, bold),
                MIN_LABEL_GAP,
                frame.texts().axisLabels());

        g.setFill(style.grid());
        for (AxisTicks.Tick tick : ticks.minor()) {
            double x = Math.floor(scale.toX(tick.day()));
            if (x >= 0 && x < width) {
                g.fillRect(x, AXIS_HEIGHT / 2, 1, height - AXIS_HEIGHT / 2);
            }
        }
        g.setFill(style.majorGrid());
        for (AxisTicks.Tick tick : ticks.major()) {
            double x = Math.floor(scale.toX(tick.day()));
            if (x >= 0 && x < width) {
                g.fillRect(x, 0, 1, height);
            }
        }
        g.fillRect(0, AXIS_HEIGHT, width, 1);

        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(bold);
        g.setFill(style.text());
        List<AxisTicks.Tick> major = ticks.major();
        for (int i = 0; i < major.size(); i++) {
            AxisTicks.Tick tick = major.get(i);
            double x = scale.toX(tick.day()) + 4;
            double nextX = i + 1 < major.size() ? scale.toX(major.get(i + 1).day()) : Double.MAX_VALUE;
            double labelWidth = measure.width(tick.label(), bold);
            // The label of a period that began off-screen sticks to the left edge until the next one pushes it; once
            // pushed past the edge it is left out, as a cut name ("0s" for "1940s") reads like a stray tick.
            double drawX = Math.min(Math.max(x, 4), nextX - labelWidth - 8);
            if (drawX >= 2 && drawX < width) {
                g.fillText(tick.label(), drawX, AXIS_HEIGHT * 0.27);
            }
        }
        g.setFont(font);
        g.setFill(style.mutedText());
        for (AxisTicks.Tick tick : ticks.minor()) {
            double x = scale.toX(tick.day()) + 4;
            // A minor label cut by an edge reads as nonsense ("pr" for "Apr", "J" for "Jul"): leave it out.
            if (x >= 2 && x + measure.width(tick.label(), font) <= width) {
                g.fillText(tick.label(), x, AXIS_HEIGHT * 0.72);
            }
        }
    }
}
