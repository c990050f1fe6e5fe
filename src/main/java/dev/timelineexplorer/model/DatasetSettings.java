package dev.timelineexplorer.model;

import java.util.List;

/**
 * What a dataset says about itself besides its contents.
 *
 * @param languages the BCP 47 tags of the languages its texts are in, the default first; empty when it does not say
 * @param relationships what the countries' relation periods stand for, such as diplomatic relations with the
 *     Republic of Korea and with the DPRK, the first being the one a period belongs to when it names none; empty when
 *     the dataset has no periods and says nothing of them
 * @param centralMeridian the longitude at the middle of its world map, in degrees from -180 to 180, or null for the
 *     map's default (Greenwich)
 */
public record DatasetSettings(List<String> languages, List<Relationship> relationships, Double centralMeridian) {
    /** No languages declared, no relationship, the default map. */
    public static final DatasetSettings NONE = new DatasetSettings(List.of(), List.of(), null);

    public DatasetSettings {
        languages = List.copyOf(languages);
        relationships = List.copyOf(relationships);
        if (centralMeridian != null && !(centralMeridian >= -180 && centralMeridian <= 180)) {
            throw new IllegalArgumentException("central meridian out of range: " + centralMeridian);
        }
    }

    /** The default language, or empty when none is declared. */
    public String defaultLanguage() {
        return languages.isEmpty() ? "" : languages.get(0);
    }

    /** The name of the first relationship, or empty: what a dataset of one relationship is about. */
    public LocalizedText relationship() {
        return relationships.isEmpty()
                ? LocalizedText.EMPTY
                : relationships.get(0).name();
    }

    /** Whether the dataset compares two relationships or more (the map then shades states by which they have). */
    public boolean comparesRelationships() {
        return relationships.size() >= 2;
    }
}
