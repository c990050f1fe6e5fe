package dev.timelineexplorer.view;

import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.model.Era;
import javafx.scene.shape.StrokeLineCap;

/**
 * Draws the overview strip under the main band in two layers: the whole dataset's eras and density, which change only
 * with the events, the size or the style, and over them the window on the visible range, which moves with every pan
 * and zoom. The screen keeps the first layer on a canvas of its own and redraws only the window; an export draws both.
 */
final class OverviewRenderer {
    // Density is cached: it changes only with the events and the overview's mapping.
    private EventIndex countedEvents;
    private TimeScale countedScale;
    private int[] counts = new int[0];

    /** The strip's background, its eras and the density of the shown events. */
    void drawDensity(TimelineFrame frame, Painter g) {
        TimelineStyle style = frame.style();
        TimeScale scale = frame.overviewScale();
        double width = frame.width();
        double height = TimelineMetrics.OVERVIEW_HEIGHT;
        g.setFill(style.axis());
        g.fillRect(0, 0, width, height);
        g.setFill(style.majorGrid());
        g.fillRect(0, 0, width, 1);
        if (frame.dataset() != null) {
            g.setFill(style.era());
            for (Era era : frame.dataset().eras()) {
                double x0 = Math.round(scale.toX(era.startDay()));
                double x1 = Math.round(scale.toX(era.endDayExclusive()));
                g.fillRect(x0, 1, x1 - x0, height - 1);
            }
        }
        int columns = (int) Math.ceil(width);
        if (frame.events() != countedEvents || !scale.equals(countedScale)) {
            counts = frame.events().countCoveringPerBucket(scale.startDay(), scale.toDay(columns), columns);
            countedEvents = frame.events();
            countedScale = scale;
        }
        int max = 0;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        g.setFill(style.overview());
        double barArea = height - 10;
        if (max > 0) {
            double logMax = Math.log1p(max);
            for (int c = 0; c < columns; c++) {
                if (counts[c] > 0) {
                    double h = Math.max(2, Math.round(barArea * Math.log1p(counts[c]) / logMax));
                    g.fillRect(c, height - 3 - h, 1, h);
                }
            }
        }
    }

    /** The window on the visible range, with handles on its edges to drag. */
    void drawWindow(TimelineFrame frame, Painter g) {
        TimelineStyle style = frame.style();
        double height = TimelineMetrics.OVERVIEW_HEIGHT;
        double[] window = windowEdges(frame);
        double wx0 = window[0];
        double wx1 = window[1];
        g.setFill(style.overviewWindow());
        g.fillRect(wx0, 2, wx1 - wx0, height - 4);
        g.setStroke(style.selection());
        g.setLineWidth(1.5);
        g.strokeRect(wx0, 2, wx1 - wx0, height - 4);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(3);
        g.strokeLine(wx0, height / 2 - 6, wx0, height / 2 + 6);
        g.strokeLine(wx1, height / 2 - 6, wx1, height / 2 + 6);
        g.setLineCap(StrokeLineCap.SQUARE);
    }

    /** The left and right edges of the window on the visible range, at least 4 pixels apart. */
    static double[] windowEdges(TimelineFrame frame) {
        TimeScale scale = frame.overviewScale();
        double wx0 = scale.toX(frame.range().startDay());
        double wx1 = scale.toX(frame.range().endDay());
        if (wx1 - wx0 < 4) {
            double mid = (wx0 + wx1) / 2;
            wx0 = mid - 2;
            wx1 = mid + 2;
        }
        return new double[] {wx0, wx1};
    }
}
