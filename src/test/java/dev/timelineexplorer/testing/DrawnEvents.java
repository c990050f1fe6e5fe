package dev.timelineexplorer.testing;

import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.view.TimelineView;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Where an event is drawn, found as a person would find it, without asking the hit map that clicks are tested
 * against: its x from the time scale (the middle of the visible part of its span), its y from the pixels of a
 * snapshot, the first run of its category's colour down that column. Run on the JavaFX thread.
 */
public final class DrawnEvents {
    private DrawnEvents() {}

    /** The point in the view where a bar event of a coloured category is drawn, if its colour is found there. */
    public static Optional<Point2D> locate(TimelineView view, Dataset dataset, Event event) {
        return locate(view, dataset, event, 0, Double.MAX_VALUE);
    }

    /**
     * The point where a bar event of a coloured category is drawn between two heights of the view (a lane's rows),
     * if its colour is found there.
     */
    public static Optional<Point2D> locate(TimelineView view, Dataset dataset, Event event, double top, double bottom) {
        Color colour = Color.web(dataset.category(event.categoryId()).color());
        double start = Math.max(event.startDay(), view.getVisibleRange().startDay());
        double end = Math.min(event.endDayExclusive(), view.getVisibleRange().endDay());
        // The time scale is the time area's; a grouped view has the lanes' header column left of it.
        double x = view.laneHeaderWidth() + view.timeScale().toX((start + end) / 2);
        WritableImage image = view.snapshot(null, null);
        PixelReader pixels = image.getPixelReader();
        int column = (int) Math.round(x);
        if (column < 0 || column >= image.getWidth()) {
            return Optional.empty();
        }
        for (int y = (int) Math.max(0, top); y < Math.min(image.getHeight(), bottom); y++) {
            if (close(pixels.getColor(column, y), colour)
                    && y + 2 < image.getHeight()
                    && close(pixels.getColor(column, y + 2), colour)) {
                // The middle of the run of that colour: the bar's centre line.
                int runEnd = y;
                while (runEnd + 1 < image.getHeight() && close(pixels.getColor(column, runEnd + 1), colour)) {
                    runEnd++;
                }
                return Optional.of(new Point2D(x, (y + runEnd) / 2.0));
            }
        }
        return Optional.empty();
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed())
                        + Math.abs(a.getGreen() - b.getGreen())
                        + Math.abs(a.getBlue() - b.getBlue())
                < 0.12;
    }
}
