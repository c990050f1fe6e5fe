package dev.timelineexplorer.model;

import java.util.Objects;

/**
 * A country or organisation taking part in events.
 *
 * @param code the code events use, such as {@code KR} or {@code UN}
 * @param name the name shown to people
 * @param color the colour as {@code #RRGGBB}
 * @param kind country or organisation
 */
public record Country(String code, String name, String color, CountryKind kind) {
    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(kind, "kind");
    }
}
