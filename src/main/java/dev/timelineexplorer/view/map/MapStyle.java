package dev.timelineexplorer.view.map;

import java.util.Objects;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The colours and font a map is drawn with, read from its CSS properties at the start of a frame.
 *
 * @param background around the map
 * @param sea the map's sphere behind the land
 * @param land a country with nothing to show (no events, no relation)
 * @param border the lines between countries
 * @param excluded a country the filter hides
 * @param low the lightest class of counts
 * @param high the darkest class of counts
 * @param active a country active on the date shown (relations held)
 * @param selection the outline of the selected event's countries
 * @param hover the outline of the country under the pointer
 * @param text the legend's text
 * @param mutedText the legend's secondary text
 * @param font the legend's font
 */
public record MapStyle(
        Color background,
        Color sea,
        Color land,
        Color border,
        Color excluded,
        Color low,
        Color high,
        Color active,
        Color selection,
        Color hover,
        Color text,
        Color mutedText,
        Font font) {
    public MapStyle {
        Objects.requireNonNull(font, "font");
    }

    /** The light theme's colours, for exports made without a window. */
    public static final MapStyle LIGHT = new MapStyle(
            Color.web("#ffffff"),
            Color.web("#eef4fa"),
            Color.web("#e4e2dc"),
            Color.web("#ffffff"),
            Color.web("#c5c9ce"),
            Color.web("#c6dbef"),
            Color.web("#08306b"),
            Color.web("#1b998b"),
            Color.web("#d1242f"),
            Color.web("#24292f"),
            Color.web("#24292f"),
            Color.web("#57606a"),
            Font.font(12));

    /** The dark theme's colours, for exports made without a window. */
    public static final MapStyle DARK = new MapStyle(
            Color.web("#0d1117"),
            Color.web("#121d2b"),
            Color.web("#2d333b"),
            Color.web("#0d1117"),
            Color.web("#1c2128"),
            Color.web("#1f4f7a"),
            Color.web("#9ecbff"),
            Color.web("#3fb9a5"),
            Color.web("#ff7b72"),
            Color.web("#e6edf3"),
            Color.web("#e6edf3"),
            Color.web("#8d96a0"),
            Font.font(12));

    /** The colour of class {@code c} of {@code classes}: from {@link #low} to {@link #high}. */
    public Color countColor(int c, int classes) {
        if (classes <= 1) {
            return high.interpolate(low, 0.35);
        }
        return low.interpolate(high, (double) c / (classes - 1));
    }
}
