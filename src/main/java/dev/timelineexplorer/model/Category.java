package dev.timelineexplorer.model;

import java.util.Objects;

/**
 * A kind of event, such as war or treaty.
 *
 * @param id the identifier events use
 * @param name the name shown to people
 * @param color the colour as {@code #RRGGBB}
 */
public record Category(String id, String name, String color) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }
}
