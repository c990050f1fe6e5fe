package dev.timelineexplorer.io;

import java.util.List;

/**
 * Distinct colours for countries and categories that have none in the data. Chosen to stay apart from each other
 * and readable on light and dark backgrounds.
 */
public final class Palette {
    private static final List<String> COLORS = List.of(
            "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22",
            "#17BECF", "#393B79", "#AD494A", "#637939", "#8C6D31", "#843C39", "#7B4173", "#3182BD", "#E6550D",
            "#31A354", "#756BB1", "#636363", "#6B6ECF", "#B5CF6B", "#E7BA52");

    private Palette() {}

    /** The colour for the {@code index}-th item without a colour, as {@code #RRGGBB}; cycles after the last. */
    public static String color(int index) {
        return COLORS.get(Math.floorMod(index, COLORS.size()));
    }
}
