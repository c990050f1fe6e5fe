package dev.timelineexplorer.model;

import java.util.Objects;

/**
 * A named period drawn as a background band, such as the Cold War.
 *
 * @param title the name shown on the band, in one or more languages
 * @param start the first date of the period
 * @param end the last date of the period, not before {@code start}
 * @param color an optional {@code #RRGGBB} colour, or null to use the theme's
 */
public record Era(LocalizedText title, HistoricalDate start, HistoricalDate end, String color) {
    public Era {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** An era with a plain title. */
    public Era(String title, HistoricalDate start, HistoricalDate end, String color) {
        this(LocalizedText.of(title), start, end, color);
    }

    /** First day of the era, in epoch days. */
    public long startDay() {
        return start.firstDay();
    }

    /** The day after the era's last day, in epoch days. */
    public long endDayExclusive() {
        return end.endDayExclusive();
    }
}
