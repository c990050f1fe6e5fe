package dev.timelineexplorer.view;

import java.util.Arrays;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of event labels in pixels, remembered per event position. Measuring a text node costs microseconds, which
 * adds up when thousands of labels enter the view while zooming, so ASCII labels are summed from per-character
 * widths (measured once per font) with a small margin for kerning; other labels are measured exactly.
 */
final class LabelWidths {
    private final Text measurer = new Text();
    private final double[] ascii = new double[128];
    private float[] byPosition = new float[0];

    LabelWidths() {
        Arrays.fill(ascii, -1);
    }

    /** Forgets everything: the events or the font changed. */
    void reset(int size, Font font) {
        measurer.setFont(font);
        Arrays.fill(ascii, -1);
        byPosition = new float[size];
        Arrays.fill(byPosition, -1);
    }

    /** The width of the label of the event at a position when it is known, else a negative number. */
    double known(int position) {
        return byPosition[position];
    }

    /** The width of the label of the event at a position. */
    double of(int position, String label) {
        float known = byPosition[position];
        if (known >= 0) {
            return known;
        }
        double width = measure(label);
        byPosition[position] = (float) width;
        return width;
    }

    private double measure(String label) {
        double sum = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c >= 128) {
                return exact(label);
            }
            if (ascii[c] < 0) {
                ascii[c] = exact(String.valueOf(c));
            }
            sum += ascii[c];
        }
        return Math.ceil(sum * 1.02 + 1);
    }

    private double exact(String text) {
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }
}
