package dev.timelineexplorer.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded, valid collection of events with the countries, categories and eras they refer to. Immutable; equal when
 * all its parts are equal.
 *
 * <p>It is a class rather than a record only so that it can keep lookup maps built once.
 */
public final class Dataset {
    private final LocalizedText title;
    private final LocalizedText description;
    private final DatasetSettings settings;
    private final List<Country> countries;
    private final List<Category> categories;
    private final List<Era> eras;
    private final List<Event> events;
    private Extras extras = Extras.NONE;

    private final Map<String, Country> countryByCode = new HashMap<>();
    private final Map<String, Category> categoryById = new HashMap<>();
    /** Built on first use: only reloads look events up by id, and a million-entry map is not free. */
    private volatile Map<String, Event> eventById;

    /**
     * @param title shown in the window title
     * @param description plain text, may be empty
     * @param settings languages, relationship and map settings
     * @param countries every country referred to by an event or declared, in declaration order
     * @param categories every category, in declaration order
     * @param eras background periods
     * @param events the events, sorted by start then end
     */
    public Dataset(
            LocalizedText title,
            LocalizedText description,
            DatasetSettings settings,
            List<Country> countries,
            List<Category> categories,
            List<Era> eras,
            List<Event> events) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.countries = List.copyOf(countries);
        this.categories = List.copyOf(categories);
        this.eras = List.copyOf(eras);
        this.events = List.copyOf(events);
        this.countries.forEach(c -> countryByCode.put(c.code(), c));
        this.categories.forEach(c -> categoryById.put(c.id(), c));
    }

    /** A dataset with a plain title and description and no settings. */
    public Dataset(
            String title,
            String description,
            List<Country> countries,
            List<Category> categories,
            List<Era> eras,
            List<Event> events) {
        this(
                LocalizedText.of(title),
                LocalizedText.of(description == null ? "" : description),
                DatasetSettings.NONE,
                countries,
                categories,
                eras,
                events);
    }

    /** The dataset's name, shown in the window title. */
    public LocalizedText title() {
        return title;
    }

    /** A plain-text introduction, possibly empty. */
    public LocalizedText description() {
        return description;
    }

    /** Languages, relationship and map settings. */
    public DatasetSettings settings() {
        return settings;
    }

    public List<Country> countries() {
        return countries;
    }

    public List<Category> categories() {
        return categories;
    }

    public List<Era> eras() {
        return eras;
    }

    /** The events, sorted by start then end. */
    public List<Event> events() {
        return events;
    }

    /** The country or organisation with this code, or null. */
    public Country country(String code) {
        return countryByCode.get(code);
    }

    /** The category with this id, or null when the id is null or unknown. */
    public Category category(String id) {
        return id == null ? null : categoryById.get(id);
    }

    /** Fields of its file that the format does not define, kept to be written back. */
    public Extras extras() {
        return extras;
    }

    /** The same dataset keeping other fields its format does not define. */
    public Dataset withExtras(Extras value) {
        Dataset copy = new Dataset(title, description, settings, countries, categories, eras, events);
        copy.extras = java.util.Objects.requireNonNull(value, "extras");
        return copy;
    }

    /** The event with this id, or null. */
    public Event event(String id) {
        Map<String, Event> byId = eventById;
        if (byId == null) {
            byId = new HashMap<>(events.size() * 2);
            for (Event event : events) {
                byId.put(event.id(), event);
            }
            eventById = byId;
        }
        return byId.get(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset that
                && title.equals(that.title)
                && description.equals(that.description)
                && settings.equals(that.settings)
                && countries.equals(that.countries)
                && categories.equals(that.categories)
                && eras.equals(that.eras)
                && events.equals(that.events)
                && extras.equals(that.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description, countries, categories, eras, events.size());
    }

    @Override
    public String toString() {
        return "Dataset[" + title + ", " + events.size() + " events]";
    }
}
