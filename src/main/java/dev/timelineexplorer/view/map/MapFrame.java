package dev.timelineexplorer.view.map;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything one map frame is drawn from.
 *
 * @param screen the shapes placed on screen
 * @param width the whole drawing's width, pixels
 * @param height the whole drawing's height, pixels: the map, and the legend's row under it when there is a legend
 * @param shading what the colours say
 * @param excluded the countries the filter hides, greyed
 * @param outlined the countries outlined (the selected event's)
 * @param hovered the country under the pointer, or null
 * @param focused the country the keyboard is on, or null
 * @param names the name of a code, for titles in vector output
 * @param style colours and font
 * @param legend whether to draw the legend
 * @param excludedLabel the legend's label for countries the filter hides, such as "filtered out"
 */
public record MapFrame(
        MapScreen screen,
        double width,
        double height,
        MapShading shading,
        Set<String> excluded,
        Set<String> outlined,
        String hovered,
        String focused,
        Function<String, String> names,
        MapStyle style,
        boolean legend,
        String excludedLabel) {
    public MapFrame {
        Objects.requireNonNull(screen, "screen");
        Objects.requireNonNull(shading, "shading");
        excluded = Set.copyOf(excluded);
        outlined = Set.copyOf(outlined);
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(excludedLabel, "excludedLabel");
    }
}
