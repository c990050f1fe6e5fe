package dev.timelineexplorer.view;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the time cursor: a line across the main band at the cursor's date, with a handle at the top that names the
 * date. The handle is where a drag most naturally starts, though the whole line can be dragged.
 */
final class CursorRenderer {
    /** The handle's height, pixels. */
    static final double HANDLE_HEIGHT = 18;

    /** How near the line a press grabs it, pixels. */
    static final double GRAB = 6;

    private static final double HANDLE_PADDING = 7;
    private static final double HANDLE_TOP = 1;

    private final TextMeasure measure;

    CursorRenderer(TextMeasure measure) {
        this.measure = measure;
    }

    void draw(TimelineFrame frame, TimeScale scale, Painter g) {
        double day = frame.cursorDay();
        if (Double.isNaN(day)) {
            return;
        }
        double x = Math.round(scale.toX(day)) + 0.5;
        if (x < -1 || x > frame.width() + 1) {
            return;
        }
        TimelineStyle style = frame.style();
        Paint color = style.selection();
        g.setFill(color);
        g.fillRect(x - 1, 0, 2, frame.mainHeight());
        Font font = style.badgeFont();
        String label = frame.texts().cursorLabel(day);
        double width = measure.width(label, font) + 2 * HANDLE_PADDING;
        // Centred on the line, kept whole inside the band.
        double left = Math.max(0, Math.min(frame.width() - width, x - width / 2));
        g.fillRoundRect(left, HANDLE_TOP, width, HANDLE_HEIGHT, HANDLE_HEIGHT, HANDLE_HEIGHT);
        g.setFill(ReadableColors.textOn(color instanceof Color c ? c : Color.web("#0969da")));
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, left + width / 2, HANDLE_TOP + HANDLE_HEIGHT / 2);
        g.setTextAlign(TextAlignment.LEFT);
    }
}
