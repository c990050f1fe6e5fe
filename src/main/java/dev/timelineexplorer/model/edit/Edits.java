package dev.timelineexplorer.model.edit;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.DatePrecision;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Makes the {@link Edit}s the window offers, working out where each event goes in the dataset's time order (by start,
 * then end; a new or changed event after those it ties with, as the reader puts a later line of the file). Each
 * method is O(log n) plus the events sharing a start day, so an edit is cheap at any size; none checks an event's
 * fields (the form does that with the reader's checks before it asks for an edit).
 */
public final class Edits {
    private Edits() {}

    /** Adds a new event. */
    public static Edit add(Dataset dataset, Event event) {
        return insert(dataset, event, EditKind.ADD_EVENT);
    }

    /** Adds a copy of an event under a new id (see {@link #freeId}). */
    public static Edit duplicate(Dataset dataset, Event event, String newId) {
        Event copy = event.withId(newId);
        Edit insert = insert(dataset, copy, EditKind.DUPLICATE_EVENT);
        return new Edit(EditKind.DUPLICATE_EVENT, event.title(), List.of(), insert.added(), List.of());
    }

    private static Edit insert(Dataset dataset, Event event, EditKind kind) {
        List<Event> events = dataset.events();
        int at = upperBound(events, -1, event);
        return new Edit(kind, event.title(), List.of(), List.of(new EventAt(at, event)), List.of());
    }

    /**
     * Deletes an event.
     *
     * @throws IllegalArgumentException when the dataset does not hold it
     */
    public static Edit delete(Dataset dataset, Event event) {
        int at = positionOf(dataset.events(), event);
        return new Edit(EditKind.DELETE_EVENT, event.title(), List.of(new EventAt(at, event)), List.of(), List.of());
    }

    /**
     * Replaces an event by another version of it (the form's changes, a move or a resize).
     *
     * @param kind what the change is called
     * @throws IllegalArgumentException when the dataset does not hold the old event
     */
    public static Edit change(Dataset dataset, Event old, Event updated, EditKind kind) {
        List<Event> events = dataset.events();
        int from = positionOf(events, old);
        int to = upperBound(events, from, updated);
        return new Edit(
                kind, updated.title(), List.of(new EventAt(from, old)), List.of(new EventAt(to, updated)), List.of());
    }

    /**
     * Moves an event to a new start, keeping its length: the end moves by as many days and keeps its precision.
     *
     * @throws InvalidDateException when the end would fall outside the years a date can have
     */
    public static Edit move(Dataset dataset, Event event, HistoricalDate newStart) {
        HistoricalDate end = event.end() == null
                ? null
                : shift(event.end(), newStart.firstDay() - event.start().firstDay());
        return change(dataset, event, withDates(event, newStart, end), EditKind.MOVE_EVENT);
    }

    /** Changes an event's start and end (null end: a point event). */
    public static Edit resize(Dataset dataset, Event event, HistoricalDate start, HistoricalDate end) {
        return change(dataset, event, withDates(event, start, end), EditKind.RESIZE_EVENT);
    }

    /** The event with other dates, everything else kept. */
    public static Event withDates(Event event, HistoricalDate start, HistoricalDate end) {
        return new Event(
                event.id(),
                event.title(),
                start,
                end,
                event.countryCodes(),
                event.categoryId(),
                event.summary(),
                event.description(),
                event.sources(),
                event.tags(),
                event.texts());
    }

    /**
     * A date moved by a number of days, kept to its precision: a year-only date moves to the year the day falls in.
     *
     * @throws InvalidDateException when it would fall outside the years a date can have
     */
    public static HistoricalDate shift(HistoricalDate date, long days) {
        long day = date.firstDay() + days;
        if (day < HistoricalDate.FIRST_EPOCH_DAY || day >= HistoricalDate.END_EPOCH_DAY) {
            // The date's own check says what is wrong, in its words.
            HistoricalDate.ofYear(
                    day < HistoricalDate.FIRST_EPOCH_DAY ? HistoricalDate.MIN_YEAR - 1 : HistoricalDate.MAX_YEAR + 1);
        }
        LocalDate moved = LocalDate.ofEpochDay(day);
        DatePrecision precision = date.precision();
        return switch (precision) {
            case YEAR -> HistoricalDate.ofYear(moved.getYear());
            case MONTH -> HistoricalDate.ofMonth(moved.getYear(), moved.getMonthValue());
            default -> HistoricalDate.ofEpochDay(day);
        };
    }

    /**
     * Replaces a country by another version of it (its name, colour, region or periods).
     *
     * @param kind {@link EditKind#CHANGE_COUNTRY} or {@link EditKind#CHANGE_PERIODS}
     * @throws IllegalArgumentException when the dataset does not hold the old country
     */
    public static Edit changeCountry(Dataset dataset, Country old, Country updated, EditKind kind) {
        int at = dataset.countries().indexOf(old);
        if (at < 0) {
            throw new IllegalArgumentException("no country " + old.code() + " in " + dataset);
        }
        return new Edit(
                kind, updated.name().text(), List.of(), List.of(), List.of(new CountryChange(at, old, updated)));
    }

    /** Adds a country at the end of the dataset's list. */
    public static Edit addCountry(Dataset dataset, Country country) {
        return new Edit(
                EditKind.CHANGE_COUNTRY,
                country.name().text(),
                List.of(),
                List.of(),
                List.of(new CountryChange(dataset.countries().size(), null, country)));
    }

    /** An id no event of the dataset has: the base itself, else the base with -2, -3 ... */
    public static String freeId(Dataset dataset, String base) {
        String id = base;
        for (int n = 2; dataset.event(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * The position of an event in a list sorted by start, by a binary search on its start day.
     *
     * @throws IllegalArgumentException when the list does not hold it
     */
    public static int positionOf(List<Event> events, Event event) {
        Objects.requireNonNull(event, "event");
        long start = event.startDay();
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).startDay() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < events.size() && events.get(i).startDay() == start; i++) {
            if (events.get(i) == event || events.get(i).equals(event)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the dataset has no event " + event.id() + " at its start");
    }

    /**
     * Where an event goes in a sorted list without the element at {@code skip} (-1: skip none): after every event
     * that starts earlier, or starts the same day and ends no later.
     */
    private static int upperBound(List<Event> events, int skip, Event event) {
        long start = event.startDay();
        long end = event.endDayExclusive();
        int size = skip < 0 ? events.size() : events.size() - 1;
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Event other = events.get(skip >= 0 && mid >= skip ? mid + 1 : mid);
            boolean before = other.startDay() < start || other.startDay() == start && other.endDayExclusive() <= end;
            if (before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
