package dev.timelineexplorer.view;

import static dev.timelineexplorer.view.TimelineMetrics.AXIS_HEIGHT;
import static dev.timelineexplorer.view.TimelineMetrics.ERA_LINE_HEIGHT;

import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Era;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws eras as tinted background bands of the main band, with their names in a strip under the axis: one line per
 * level of overlapping eras, at most two. A name follows the visible part of its era and takes the first free line;
 * when no line is free, or the era is too narrow, the name is left out rather than drawn over another.
 */
final class EraRenderer {
    private final TextMeasure measure;

    EraRenderer(TextMeasure measure) {
        this.measure = measure;
    }

    /** The height of the strip of era names under the axis, in pixels (4 when the dataset has no eras). */
    static double stripHeight(Dataset dataset) {
        if (dataset == null || dataset.eras().isEmpty()) {
            return 4;
        }
        List<Era> eras = dataset.eras();
        int depth = 1;
        for (Era a : eras) {
            int overlapping = 0;
            for (Era b : eras) {
                if (b.startDay() <= a.startDay() && b.endDayExclusive() > a.startDay()) {
                    overlapping++;
                }
            }
            depth = Math.max(depth, overlapping);
        }
        return Math.min(depth, 2) * ERA_LINE_HEIGHT + 4;
    }

    /**
     * Fills the band under the axis: the background, tinted by the eras that cover each stretch. Each stretch between
     * era edges is filled once with its colour worked out here, opaque: translucent fills over the whole band cost the
     * software pipeline a blend of every pixel, several milliseconds a frame.
     */
    void drawBands(TimelineFrame frame, TimeScale scale, Painter g) {
        TimelineStyle style = frame.style();
        double top = AXIS_HEIGHT + 1;
        double height = frame.mainHeight() - top;
        double width = scale.width();
        Dataset dataset = frame.dataset();
        List<Era> visible = new ArrayList<>();
        if (dataset != null) {
            TimeRange view = scale.toTimeRange();
            for (Era era : dataset.eras()) {
                if (view.intersects(era.startDay(), era.endDayExclusive())) {
                    visible.add(era);
                }
            }
        }
        if (!(style.background() instanceof Color background)) {
            // A gradient or image background cannot be blended here: lay the tints over it.
            g.setFill(style.background());
            g.fillRect(0, top, width, height);
            for (Era era : visible) {
                double x0 = Math.max(-1, Math.round(scale.toX(era.startDay())));
                double x1 = Math.min(width + 1, Math.round(scale.toX(era.endDayExclusive())));
                g.setFill(tint(era, style));
                g.fillRect(x0, top, x1 - x0, height);
            }
            return;
        }
        TreeSet<Double> edges = new TreeSet<>(List.of(0.0, width));
        for (Era era : visible) {
            edges.add(clampX(Math.round(scale.toX(era.startDay())), width));
            edges.add(clampX(Math.round(scale.toX(era.endDayExclusive())), width));
        }
        Double x0 = null;
        for (double x1 : edges) {
            if (x0 != null && x1 > x0) {
                double middle = scale.toDay((x0 + x1) / 2);
                Color colour = background;
                for (Era era : visible) {
                    if (era.startDay() <= middle && middle < era.endDayExclusive()) {
                        if (ReadableColors.over(tint(era, style), 1, colour) instanceof Color blended) {
                            colour = blended;
                        }
                    }
                }
                g.setFill(colour);
                g.fillRect(x0, top, x1 - x0, height);
            }
            x0 = x1;
        }
    }

    private static double clampX(double x, double width) {
        return Math.max(0, Math.min(width, x));
    }

    private static Paint tint(Era era, TimelineStyle style) {
        return era.color() == null ? style.era() : Color.web(era.color(), 0.07);
    }

    /** Draws the names of the eras in view in the strip under the axis. */
    void drawNames(TimelineFrame frame, TimeScale scale, Painter g) {
        Dataset dataset = frame.dataset();
        if (dataset == null || dataset.eras().isEmpty()) {
            return;
        }
        TimelineStyle style = frame.style();
        Font eraFont = style.eraFont();
        int lines = (int) ((stripHeight(dataset) - 4) / ERA_LINE_HEIGHT);
        double[] lineEnd = new double[Math.max(lines, 0)];
        Arrays.fill(lineEnd, Double.NEGATIVE_INFINITY);
        g.setFont(eraFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(style.eraText());
        TimeRange view = scale.toTimeRange();
        for (Era era : dataset.eras()) {
            if (!view.intersects(era.startDay(), era.endDayExclusive())) {
                continue;
            }
            double x0 = Math.max(-1, Math.round(scale.toX(era.startDay())));
            double x1 = Math.min(scale.width() + 1, Math.round(scale.toX(era.endDayExclusive())));
            String title = frame.texts().eraName(era).toUpperCase(Locale.ROOT);
            double textWidth = measure.width(title, eraFont);
            double textX = Math.max(x0 + 6, Math.min(6, x1 - textWidth - 6));
            if (textX + textWidth > x1 - 4) {
                continue;
            }
            for (int line = 0; line < lineEnd.length; line++) {
                if (textX >= lineEnd[line] + 12) {
                    lineEnd[line] = textX + textWidth;
                    g.fillText(title, textX, AXIS_HEIGHT + 2 + line * ERA_LINE_HEIGHT + ERA_LINE_HEIGHT / 2);
                    break;
                }
            }
        }
    }
}
