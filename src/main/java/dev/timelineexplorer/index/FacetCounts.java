package dev.timelineexplorer.index;

import java.util.Map;

/**
 * How many events each filter entry would show if it were checked, the rest of the filter unchanged (see {@link
 * FilterIndex#facets}).
 *
 * @param countries by country code ({@link EventFilter#NO_COUNTRY} for events with none)
 * @param categories by category id ({@link EventFilter#NO_CATEGORY} for events without one)
 */
public record FacetCounts(Map<String, Integer> countries, Map<String, Integer> categories) {
    /** No counts at all, before a dataset. */
    public static final FacetCounts NONE = new FacetCounts(Map.of(), Map.of());

    public FacetCounts {
        countries = Map.copyOf(countries);
        categories = Map.copyOf(categories);
    }

    /** The count for a country, 0 when it has no event. */
    public int country(String code) {
        return countries.getOrDefault(code, 0);
    }

    /** The count for a category, 0 when it has no event. */
    public int category(String id) {
        return categories.getOrDefault(id, 0);
    }
}
