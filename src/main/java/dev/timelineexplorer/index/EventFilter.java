package dev.timelineexplorer.index;

import java.util.Set;

/**
 * What the user chose to see: countries, categories and a text query, all applied together.
 *
 * @param hiddenCountries country codes unchecked by the user; {@link #NO_COUNTRY} stands for events without any
 * @param matchAll false: show events involving any checked country; true: only events involving every checked one
 * @param hiddenCategories category ids unchecked by the user; {@link #NO_CATEGORY} stands for events without one
 * @param query text to find in title, summary, description and tags, ignoring case and accents; empty for all
 */
public record EventFilter(Set<String> hiddenCountries, boolean matchAll, Set<String> hiddenCategories, String query) {
    /** Stands for "events without a country" in {@link #hiddenCountries()}. */
    public static final String NO_COUNTRY = "";
    /** Stands for "events without a category" in {@link #hiddenCategories()}. */
    public static final String NO_CATEGORY = "";

    /** Everything shown. */
    public static final EventFilter NONE = new EventFilter(Set.of(), false, Set.of(), "");

    public EventFilter {
        hiddenCountries = Set.copyOf(hiddenCountries);
        hiddenCategories = Set.copyOf(hiddenCategories);
        query = query == null ? "" : query.strip();
    }

    public EventFilter withHiddenCountries(Set<String> value) {
        return new EventFilter(value, matchAll, hiddenCategories, query);
    }

    public EventFilter withMatchAll(boolean value) {
        return new EventFilter(hiddenCountries, value, hiddenCategories, query);
    }

    public EventFilter withHiddenCategories(Set<String> value) {
        return new EventFilter(hiddenCountries, matchAll, value, query);
    }

    public EventFilter withQuery(String value) {
        return new EventFilter(hiddenCountries, matchAll, hiddenCategories, value);
    }
}
