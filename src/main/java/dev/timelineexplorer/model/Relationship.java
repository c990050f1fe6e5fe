package dev.timelineexplorer.model;

import java.util.Objects;

/**
 * A relationship that countries' periods stand for, such as diplomatic relations with the Republic of Korea. A dataset
 * may compare several (relations with the ROK and with the DPRK); its periods each belong to one.
 *
 * @param id how periods name it, such as {@code rok}; {@link #DEFAULT_ID} for the one relationship of a dataset that
 *     only describes it in words
 * @param name what it is called, possibly empty
 * @param shortName what a legend or the status bar calls it, such as "ROK"; empty for its id in capitals
 * @param color its colour on the map as {@code #RRGGBB}, or null for the map's own
 */
public record Relationship(String id, LocalizedText name, LocalizedText shortName, String color) {
    /** The id of the one relationship a dataset has when it gives only a {@code "relationship"} text. */
    public static final String DEFAULT_ID = "relations";

    public Relationship {
        Objects.requireNonNull(id, "id");
        name = name == null ? LocalizedText.EMPTY : name;
        shortName = shortName == null ? LocalizedText.EMPTY : shortName;
    }

    /** Its short name in a language, else its id in capitals. */
    public String shortName(String language) {
        String text = shortName.in(language);
        return text.isBlank() ? id.toUpperCase(java.util.Locale.ROOT) : text;
    }
}
