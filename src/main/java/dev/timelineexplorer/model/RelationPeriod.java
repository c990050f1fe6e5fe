package dev.timelineexplorer.model;

import java.util.List;
import java.util.Objects;

/**
 * A stretch of time during which a country had one of the relationships a dataset is about (for the bundled dataset,
 * diplomatic relations with the Republic of Korea, or with the Democratic People's Republic of Korea).
 *
 * @param relationship the id of the {@link Relationship} it belongs to
 * @param start when it began
 * @param end when it ended, or null while it lasts
 * @param note what happened, possibly empty
 * @param sources the pages its dates come from, possibly none
 */
public record RelationPeriod(
        String relationship, HistoricalDate start, HistoricalDate end, LocalizedText note, List<Source> sources) {
    public RelationPeriod {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(start, "start");
        note = note == null ? LocalizedText.EMPTY : note;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A period of a dataset's only relationship, without sources. */
    public RelationPeriod(HistoricalDate start, HistoricalDate end, LocalizedText note) {
        this(Relationship.DEFAULT_ID, start, end, note, List.of());
    }

    /**
     * Whether the relationship held on a day, in epoch days: from the first day the start may mean, until the day
     * after the last day the end may mean (a period with no end lasts).
     */
    public boolean activeOn(long epochDay) {
        return epochDay >= start.firstDay() && (end == null || epochDay < end.endDayExclusive());
    }
}
