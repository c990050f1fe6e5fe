package dev.timelineexplorer.view;

import java.util.Objects;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The colours and fonts a timeline is drawn with, read from its CSS properties at the start of a frame so that one
 * frame is drawn in one style.
 *
 * @param background the bands' background
 * @param text event labels and major axis labels
 * @param mutedText minor axis labels and messages
 * @param grid minor grid lines
 * @param majorGrid major grid lines and separators
 * @param axis the axis and overview strips
 * @param era era bands without a colour of their own
 * @param eraText era names
 * @param selection the selection outline and the overview's window frame
 * @param badge "+N" badges
 * @param badgeText text on badges
 * @param overview density bars
 * @param overviewWindow the overview's window
 * @param neutralEvent events without a colour
 * @param font labels; the other fonts derive from it
 */
public record TimelineStyle(
        Paint background,
        Paint text,
        Paint mutedText,
        Paint grid,
        Paint majorGrid,
        Paint axis,
        Paint era,
        Paint eraText,
        Paint selection,
        Paint badge,
        Paint badgeText,
        Paint overview,
        Paint overviewWindow,
        Paint neutralEvent,
        Font font) {

    public TimelineStyle {
        Objects.requireNonNull(font, "font");
    }

    /** The current style of a view. */
    public static TimelineStyle of(TimelineView view) {
        Font font = view.labelFontProperty().get();
        return new TimelineStyle(
                view.backgroundFillProperty().get(),
                view.textFillProperty().get(),
                view.mutedTextFillProperty().get(),
                view.gridStrokeProperty().get(),
                view.majorGridStrokeProperty().get(),
                view.axisFillProperty().get(),
                view.eraFillProperty().get(),
                view.eraTextFillProperty().get(),
                view.selectionStrokeProperty().get(),
                view.badgeFillProperty().get(),
                view.badgeTextFillProperty().get(),
                view.overviewFillProperty().get(),
                view.overviewWindowFillProperty().get(),
                view.neutralEventFillProperty().get(),
                font == null ? Font.font(12) : font);
    }

    /** The font of major axis labels. */
    public Font boldFont() {
        return Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    }

    /** The font of era names: bold and a little smaller. */
    public Font eraFont() {
        return Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() - 1.5);
    }

    /** The font of "+N" badges. */
    public Font badgeFont() {
        return Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() - 1);
    }

    /** The tint behind a selected event's label. */
    public Color selectionTint() {
        return selection instanceof Color c ? c.deriveColor(0, 1, 1, 0.18) : Color.rgb(9, 105, 218, 0.18);
    }
}
