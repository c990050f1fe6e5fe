package dev.timelineexplorer.model;

import java.util.List;
import java.util.Objects;

/**
 * What a dataset says about itself besides its contents.
 *
 * @param languages the BCP 47 tags of the languages its texts are in, the default first; empty when it does not say
 * @param relationship what the countries' relation periods stand for, such as "Diplomatic relations with the Republic
 *     of Korea"; empty when it has none
 * @param centralMeridian the longitude at the middle of its world map, in degrees from -180 to 180, or null for the
 *     map's default (Greenwich)
 */
public record DatasetSettings(List<String> languages, LocalizedText relationship, Double centralMeridian) {
    /** No languages declared, no relationship, the default map. */
    public static final DatasetSettings NONE = new DatasetSettings(List.of(), LocalizedText.EMPTY, null);

    public DatasetSettings {
        languages = List.copyOf(languages);
        Objects.requireNonNull(relationship, "relationship");
        if (centralMeridian != null && !(centralMeridian >= -180 && centralMeridian <= 180)) {
            throw new IllegalArgumentException("central meridian out of range: " + centralMeridian);
        }
    }

    /** The default language, or empty when none is declared. */
    public String defaultLanguage() {
        return languages.isEmpty() ? "" : languages.get(0);
    }
}
