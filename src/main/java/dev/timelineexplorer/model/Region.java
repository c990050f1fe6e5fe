package dev.timelineexplorer.model;

import java.util.Locale;
import java.util.Optional;

/** A region of the world, after the United Nations' M49 scheme; organisations have none. */
public enum Region {
    AFRICA("002"),
    AMERICAS("019"),
    ASIA("142"),
    EUROPE("150"),
    OCEANIA("009");

    private final String m49;

    Region(String m49) {
        this.m49 = m49;
    }

    /** The region as written in datasets: {@code africa}, {@code americas}, {@code asia}, {@code europe}, {@code oceania}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The region's three-digit M49 code, such as {@code 142} for Asia. */
    public String m49() {
        return m49;
    }

    /** The region written as {@code id}, ignoring case, or empty. */
    public static Optional<Region> ofId(String text) {
        for (Region region : values()) {
            if (region.id().equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** The region of an M49 code such as {@code 142}, or empty. */
    public static Optional<Region> ofM49(String code) {
        for (Region region : values()) {
            if (region.m49.equals(code)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }
}
