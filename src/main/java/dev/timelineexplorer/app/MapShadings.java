package dev.timelineexplorer.app;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.view.map.MapShading;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The map's shadings in the interface's words, for the map panel and for exports alike. */
final class MapShadings {
    private MapShadings() {}

    /** Countries shaded by their counts of events in view. */
    static MapShading counts(Map<String, Integer> counts, I18n i18n) {
        return new MapShading.Counts(counts, i18n.text("map.legendEvents"), i18n.text("map.legendNone"));
    }

    /** The states with a relation period active on a day. */
    static Set<String> activeOn(Dataset dataset, double day) {
        Set<String> active = new LinkedHashSet<>();
        long epochDay = (long) Math.floor(day);
        for (Country country : dataset.countries()) {
            if (country.kind() == CountryKind.COUNTRY && country.relatedOn(epochDay)) {
                active.add(country.code());
            }
        }
        return active;
    }

    /** The date of a day as the interface writes it, such as "24 August 1992". */
    static String date(double day, I18n i18n) {
        return DateTexts.of(i18n).date(HistoricalDate.ofEpochDay((long) Math.floor(day)));
    }

    /** The states with relations on a day shaded, the legend titled with the date and naming the relationship. */
    static MapShading relations(Dataset dataset, double day, I18n i18n) {
        String relationship = dataset.settings().relationship() == null
                ? i18n.text("map.legendActive")
                : dataset.settings().relationship().in(i18n.language());
        return new MapShading.Active(
                activeOn(dataset, day), date(day, i18n), relationship, i18n.text("map.legendInactive"));
    }

    /** What the status bar says of a day, such as "24 August 1992: relations with 73 states". */
    static String status(Dataset dataset, double day, I18n i18n) {
        return i18n.text("map.status", date(day, i18n), activeOn(dataset, day).size());
    }
}
