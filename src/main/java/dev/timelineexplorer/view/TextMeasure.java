package dev.timelineexplorer.view;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of short texts (axis labels, era names, badge counts) in pixels, measured with the real font once and then
 * remembered: measuring a text node costs microseconds, and the same few labels come back frame after frame. The
 * memory is bounded; it starts again when full or when the font changes.
 */
final class TextMeasure {
    private static final int MAX_ENTRIES = 4096;

    private final Text measurer = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();

    /** The width of {@code text} in {@code font}, in pixels. */
    double width(String text, Font font) {
        Map<String, Double> byText = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double known = byText.get(text);
        if (known != null) {
            return known;
        }
        if (byText.size() >= MAX_ENTRIES) {
            byText.clear();
        }
        measurer.setFont(font);
        measurer.setText(text);
        double width = measurer.getLayoutBounds().getWidth();
        byText.put(text, width);
        return width;
    }
}
