package dev.timelineexplorer.model;

import java.util.List;
import java.util.Objects;

/**
 * A historical event: a point in time when {@code end} is null, otherwise a span from {@code start} to {@code end}.
 *
 * @param id unique within its dataset
 * @param title the short name shown on the timeline
 * @param start when it began (or happened)
 * @param end when it ended, or null for a point event
 * @param countryCodes codes of the countries and organisations involved, resolved through {@link Dataset#country}
 * @param categoryId the category's id, or null
 * @param summary one sentence, may be empty
 * @param description plain text with paragraphs separated by a blank line, may be empty
 * @param sources references, possibly none
 * @param tags free keywords, possibly none
 * @param texts the title, summary and description in every language given, or null when they are plain strings; the
 *     plain fields then hold the default language's
 */
public record Event(
        String id,
        String title,
        HistoricalDate start,
        HistoricalDate end,
        List<String> countryCodes,
        String categoryId,
        String summary,
        String description,
        List<Source> sources,
        List<String> tags,
        EventTexts texts) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        countryCodes = List.copyOf(countryCodes);
        summary = Objects.requireNonNullElse(summary, "");
        description = Objects.requireNonNullElse(description, "");
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
    }

    /** The title in a language, else the default (see {@link LocalizedText#in}). */
    public String title(String language) {
        return texts == null ? title : texts.title().in(language);
    }

    /** The summary in a language, else the default. */
    public String summary(String language) {
        return texts == null ? summary : texts.summary().in(language);
    }

    /** The description in a language, else the default. */
    public String description(String language) {
        return texts == null ? description : texts.description().in(language);
    }

    /** The same event under another id (a copy of it, say); this event when the id is its own. */
    public Event withId(String newId) {
        return newId.equals(id)
                ? this
                : new Event(
                        newId, title, start, end, countryCodes, categoryId, summary, description, sources, tags, texts);
    }

    /** Whether the event has an end date, so is drawn as a bar. */
    public boolean isSpan() {
        return end != null;
    }

    /** First day the event may cover, in epoch days. */
    public long startDay() {
        return start.firstDay();
    }

    /**
     * The day after the last day the event may cover, in epoch days. A point event known only to the year covers
     * that whole year.
     */
    public long endDayExclusive() {
        return (end == null ? start : end).endDayExclusive();
    }

    /** The date or date range written for people, such as "25 June 1950 – 27 July 1953". */
    public String dateText() {
        return end == null || end.equals(start)
                ? start.toDisplayString()
                : start.toDisplayString() + " – " + end.toDisplayString();
    }
}
