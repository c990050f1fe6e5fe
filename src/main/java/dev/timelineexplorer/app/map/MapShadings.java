package dev.timelineexplorer.app.map;

import dev.timelineexplorer.app.settings.DateTexts;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.Relationship;
import dev.timelineexplorer.view.map.MapShading;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;

/** The map's shadings in the interface's words, for the map panel and for exports alike. */
public final class MapShadings {
    private MapShadings() {}

    /** Countries shaded by their counts of events in view. */
    public static MapShading counts(Map<String, Integer> counts, I18n i18n) {
        return new MapShading.Counts(counts, i18n.text("map.legendEvents"), i18n.text("map.legendNone"));
    }

    /** The states with a relation period active on a day. */
    public static Set<String> activeOn(Dataset dataset, double day) {
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
    public static String date(double day, I18n i18n) {
        return DateTexts.of(i18n).date(HistoricalDate.ofEpochDay((long) Math.floor(day)));
    }

    /** The default colours of a first and a second relationship, when the dataset gives none. */
    private static final Color FIRST = Color.web("#1F6FB2");

    private static final Color SECOND = Color.web("#C0392B");

    /**
     * Which of the dataset's first two relationships each state has on a day; states with neither are left out.
     * Empty unless the dataset compares relationships.
     */
    public static Map<String, MapShading.Side> sidesOn(Dataset dataset, double day) {
        Map<String, MapShading.Side> sides = new LinkedHashMap<>();
        if (!dataset.settings().comparesRelationships()) {
            return sides;
        }
        String first = dataset.settings().relationships().get(0).id();
        String second = dataset.settings().relationships().get(1).id();
        long epochDay = (long) Math.floor(day);
        for (Country country : dataset.countries()) {
            if (country.kind() != CountryKind.COUNTRY) {
                continue;
            }
            boolean a = country.relatedOn(first, epochDay);
            boolean b = country.relatedOn(second, epochDay);
            if (a || b) {
                sides.put(
                        country.code(),
                        a && b ? MapShading.Side.BOTH : a ? MapShading.Side.FIRST : MapShading.Side.SECOND);
            }
        }
        return sides;
    }

    /**
     * The legend's labels of the four sides, in the order of {@link MapShading.Side}: "Relations with both", "ROK
     * only", "DPRK only", "Neither".
     */
    public static List<String> sideLabels(Dataset dataset, I18n i18n) {
        List<Relationship> relationships = dataset.settings().relationships();
        return List.of(
                i18n.text("map.legendBoth"),
                i18n.text("map.legendOnly", relationships.get(0).shortName(i18n.language())),
                i18n.text("map.legendOnly", relationships.get(1).shortName(i18n.language())),
                i18n.text("map.legendNeither"));
    }

    private static Color color(Relationship relationship, Color fallback) {
        return relationship.color() == null ? fallback : Color.web(relationship.color());
    }

    /**
     * The states with relations on a day shaded, the legend titled with the date and naming the relationship; for a
     * dataset that compares two relationships, each state shaded by which it has (both, one, the other, neither).
     */
    public static MapShading relations(Dataset dataset, double day, I18n i18n) {
        if (dataset.settings().comparesRelationships()) {
            List<Relationship> relationships = dataset.settings().relationships();
            return new MapShading.Compared(
                    sidesOn(dataset, day),
                    date(day, i18n),
                    sideLabels(dataset, i18n),
                    color(relationships.get(0), FIRST),
                    color(relationships.get(1), SECOND));
        }
        String relationship = dataset.settings().relationship() == null
                ? i18n.text("map.legendActive")
                : dataset.settings().relationship().in(i18n.language());
        return new MapShading.Active(
                activeOn(dataset, day), date(day, i18n), relationship, i18n.text("map.legendInactive"));
    }

    /**
     * What the status bar says of a day, such as "24 August 1992: relations with 73 states", or for two relationships
     * "1 June 1975: ROK 92 · DPRK 82 · both 45".
     */
    public static String status(Dataset dataset, double day, I18n i18n) {
        return status(dataset, relations(dataset, day, i18n), day, i18n);
    }

    /**
     * The status bar's words for a relations shading already made for that day: its classes are counted, not the
     * periods walked again (the map reshades every frame of Play).
     */
    static String status(Dataset dataset, MapShading shading, double day, I18n i18n) {
        if (shading instanceof MapShading.Compared compared) {
            Map<MapShading.Side, Long> counts = new java.util.EnumMap<>(MapShading.Side.class);
            compared.sides().values().forEach(side -> counts.merge(side, 1L, Long::sum));
            long both = counts.getOrDefault(MapShading.Side.BOTH, 0L);
            List<Relationship> relationships = dataset.settings().relationships();
            return i18n.text(
                    "map.statusCompared",
                    date(day, i18n),
                    relationships.get(0).shortName(i18n.language()),
                    both + counts.getOrDefault(MapShading.Side.FIRST, 0L),
                    relationships.get(1).shortName(i18n.language()),
                    both + counts.getOrDefault(MapShading.Side.SECOND, 0L),
                    both);
        }
        int active = shading instanceof MapShading.Active a ? a.codes().size() : 0;
        return i18n.text("map.status", date(day, i18n), active);
    }
}
