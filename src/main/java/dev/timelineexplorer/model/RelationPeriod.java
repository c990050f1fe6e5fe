package dev.timelineexplorer.model;

import java.util.Objects;

/**
 * A stretch of time during which a country had the relationship a dataset is about (for the bundled dataset,
 * diplomatic relations with the Republic of Korea).
 *
 * @param start when it began
 * @param end when it ended, or null while it lasts
 * @param note what happened, possibly empty
 */
public record RelationPeriod(HistoricalDate start, HistoricalDate end, LocalizedText note) {
    public RelationPeriod {
        Objects.requireNonNull(start, "start");
        note = note == null ? LocalizedText.EMPTY : note;
    }

    /**
     * Whether the relationship held on a day, in epoch days: from the first day the start may mean, until the day
     * after the last day the end may mean (a period with no end lasts).
     */
    public boolean activeOn(long epochDay) {
        return epochDay >= start.firstDay() && (end == null || epochDay < end.endDayExclusive());
    }
}
