package dev.timelineexplorer.view;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** Colour choices that keep drawn data legible on light and dark backgrounds. */
public final class ReadableColors {
    private static final Color DARK_TEXT = Color.web("#1f2328");

    private ReadableColors() {}

    /**
     * The data's colour, lightened when it would nearly vanish into a dark background (dark theme): a navy chosen for
     * white paper must still be seen on charcoal. Unchanged on light backgrounds or for non-colour backgrounds.
     */
    public static Color onBackground(Color color, Paint background) {
        if (!(background instanceof Color back)) {
            return color;
        }
        double contrast = (luminance(color) + 0.05) / (luminance(back) + 0.05);
        if (luminance(back) < 0.2 && contrast < 2.2) {
            return color.interpolate(Color.WHITE, 0.35);
        }
        return color;
    }

    /** Near-black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        return luminance(background) > 0.6 ? DARK_TEXT : Color.WHITE;
    }

    /**
     * A colour laid over another as the screen would blend them, given as one opaque colour: filling with it costs
     * the software pipeline far less than a translucent fill. Paints that are not colours are returned as they are.
     *
     * @param top the colour on top, with its own opacity
     * @param opacity a further opacity for the top colour, from 0 to 1
     * @param under the colour underneath
     */
    public static Paint over(Paint top, double opacity, Paint under) {
        if (!(top instanceof Color c) || !(under instanceof Color u)) {
            return top;
        }
        double a = c.getOpacity() * opacity;
        return new Color(
                c.getRed() * a + u.getRed() * (1 - a),
                c.getGreen() * a + u.getGreen() * (1 - a),
                c.getBlue() * a + u.getBlue() * (1 - a),
                u.getOpacity());
    }

    /** Relative brightness from 0 (black) to 1 (white), weighting green most as the eye does. */
    public static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
