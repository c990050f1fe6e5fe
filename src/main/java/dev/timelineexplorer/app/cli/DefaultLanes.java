package dev.timelineexplorer.app.cli;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.app.window.TimelineLanes;
import dev.timelineexplorer.index.DatasetIndexes;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.index.Grouping;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Region;
import dev.timelineexplorer.view.Lane;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lanes of a picture drawn from the command line ({@code --group-by}), where there is no sidebar: the lanes the
 * window's sidebar would give with every country checked, in its first order (regions by their busiest country, and
 * countries by how many events they have, most first, then by name), named as the sidebar names them. With {@code
 * --countries}, the country lanes are those countries, in the order given.
 */
final class DefaultLanes {
    private DefaultLanes() {}

    /** The lanes of the shown events for a grouping; empty for {@link Grouping#NONE}. */
    static List<Lane> of(
            DatasetIndexes indexes, EventIndex shown, Grouping grouping, List<String> countries, I18n i18n) {
        if (grouping == Grouping.NONE) {
            return List.of();
        }
        Dataset dataset = indexes.dataset();
        String language = i18n.language();
        List<String> keys = keys(indexes, grouping, countries, i18n);
        return TimelineLanes.lanes(indexes, shown, grouping, keys, key -> name(dataset, grouping, key, language, i18n));
    }

    private static List<String> keys(DatasetIndexes indexes, Grouping grouping, List<String> countries, I18n i18n) {
        Dataset dataset = indexes.dataset();
        Comparator<Country> byCount = Comparator.comparingInt(
                        (Country c) -> indexes.filter().countryCount(c.code()))
                .reversed()
                .thenComparing(c -> c.name().in(i18n.language()), Collator.getInstance(i18n.getLocale()));
        // The sidebar's groups: the regions in their order, then organisations and countries with no region.
        Map<String, List<Country>> byRegion = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            byRegion.put(region.id(), new ArrayList<>());
        }
        byRegion.put(Grouping.ORGANIZATIONS, new ArrayList<>());
        byRegion.put(Grouping.OTHER, new ArrayList<>());
        for (Country country : dataset.countries()) {
            byRegion.get(Grouping.regionKey(country)).add(country);
        }
        Map<String, Integer> busiest = new HashMap<>();
        byRegion.forEach((region, members) -> {
            members.sort(byCount);
            busiest.put(
                    region,
                    members.isEmpty()
                            ? 0
                            : indexes.filter().countryCount(members.get(0).code()));
        });
        List<String> regions = new ArrayList<>(byRegion.keySet());
        regions.removeIf(region -> byRegion.get(region).isEmpty());
        regions.sort(Comparator.comparingInt((String r) -> isLast(r) ? 1 : 0)
                .thenComparing(Comparator.comparingInt((String r) -> isLast(r) ? 0 : busiest.get(r))
                        .reversed()));
        List<String> keys = new ArrayList<>();
        switch (grouping) {
            case COUNTRY -> {
                if (!countries.isEmpty()) {
                    keys.addAll(countries);
                } else {
                    regions.forEach(region -> byRegion.get(region).forEach(c -> keys.add(c.code())));
                    if (indexes.filter().countryCount(EventFilter.NO_COUNTRY) > 0) {
                        keys.add(EventFilter.NO_COUNTRY);
                    }
                }
            }
            case REGION -> keys.addAll(regions);
            case CATEGORY -> {
                dataset.categories().forEach(category -> keys.add(category.id()));
                if (indexes.filter().categoryCount(EventFilter.NO_CATEGORY) > 0) {
                    keys.add(EventFilter.NO_CATEGORY);
                }
            }
            case NONE -> {}
        }
        return keys.stream().distinct().toList();
    }

    private static boolean isLast(String region) {
        return region.equals(Grouping.ORGANIZATIONS) || region.equals(Grouping.OTHER);
    }

    private static String name(Dataset dataset, Grouping grouping, String key, String language, I18n i18n) {
        return switch (grouping) {
            case COUNTRY -> {
                Country country = dataset.country(key);
                yield country == null
                        ? i18n.text("sidebar.noCountry")
                        : country.name().in(language);
            }
            case CATEGORY -> {
                Category category = dataset.category(key);
                yield category == null
                        ? i18n.text("sidebar.noCategory")
                        : category.name().in(language);
            }
            case REGION -> i18n.text("region." + key);
            case NONE -> key;
        };
    }
}
