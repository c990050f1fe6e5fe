package dev.timelineexplorer.index;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How the timeline splits its events into lanes: not at all, or one lane per country, region or category. An event
 * belongs to the lane of each of its groups: an event between Korea, Japan and China is in three country lanes.
 */
public enum Grouping {
    /** One timeline for all events. */
    NONE,
    /** A lane per country or organisation; events with no country go to the lane keyed {@link EventFilter#NO_COUNTRY}. */
    COUNTRY,
    /**
     * A lane per region of the events' countries, keyed by the region's id; organisations go to {@link
     * #ORGANIZATIONS}, countries with no region and events with no country to {@link #OTHER}.
     */
    REGION,
    /** A lane per category; events with none go to the lane keyed {@link EventFilter#NO_CATEGORY}. */
    CATEGORY;

    /** The region key of international organisations, which belong to no region. */
    public static final String ORGANIZATIONS = "organizations";
    /** The region key of countries without a region, and of events with no country. */
    public static final String OTHER = "other";

    /** The name used on the command line and in preferences: {@code none}, {@code country}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grouping named by {@link #id()}, ignoring case, or empty. */
    public static Optional<Grouping> ofId(String text) {
        for (Grouping grouping : values()) {
            if (grouping.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(grouping);
            }
        }
        return Optional.empty();
    }

    /** The region key a country's events are grouped under: its region's id, organisations, or other. */
    public static String regionKey(Country country) {
        if (country == null) {
            return OTHER;
        }
        if (country.kind() == CountryKind.ORGANIZATION) {
            return ORGANIZATIONS;
        }
        return country.region() == null ? OTHER : country.region().id();
    }

    /**
     * Gives the keys of the lanes an event belongs to, each at most once, in the order of its countries. {@link
     * #NONE} gives none.
     */
    public void keysOf(Event event, Dataset dataset, Consumer<String> keys) {
        switch (this) {
            case NONE -> {}
            case COUNTRY -> {
                if (event.countryCodes().isEmpty()) {
                    keys.accept(EventFilter.NO_COUNTRY);
                }
                for (String code : event.countryCodes()) {
                    keys.accept(code);
                }
            }
            case REGION -> {
                if (event.countryCodes().isEmpty()) {
                    keys.accept(OTHER);
                }
                // An event has a handful of countries: a scan of those before beats a set.
                var codes = event.countryCodes();
                for (int i = 0; i < codes.size(); i++) {
                    String key = regionKey(dataset.country(codes.get(i)));
                    boolean seen = false;
                    for (int j = 0; j < i && !seen; j++) {
                        seen = key.equals(regionKey(dataset.country(codes.get(j))));
                    }
                    if (!seen) {
                        keys.accept(key);
                    }
                }
            }
            case CATEGORY -> keys.accept(event.categoryId() == null ? EventFilter.NO_CATEGORY : event.categoryId());
        }
    }
}
