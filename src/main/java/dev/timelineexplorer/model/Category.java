package dev.timelineexplorer.model;

import java.util.Objects;

/**
 * A kind of event, such as war or treaty.
 *
 * @param id the identifier events use
 * @param name the name shown to people, in one or more languages
 * @param color the colour as {@code #RRGGBB}
 */
public record Category(String id, LocalizedText name, String color) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }

    /** A category with a plain name. */
    public Category(String id, String name, String color) {
        this(id, LocalizedText.of(name), color);
    }

    /** The same category with another colour. */
    public Category withColor(String value) {
        return new Category(id, name, value);
    }
}
