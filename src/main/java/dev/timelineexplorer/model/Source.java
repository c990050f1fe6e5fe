package dev.timelineexplorer.model;

import java.util.Objects;

/**
 * A reference backing an event.
 *
 * @param title what the source is called; may be empty, never null
 * @param url an {@code http} or {@code https} address
 */
public record Source(String title, String url) {
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }

    /** The title, or the address when the source has no title. */
    public String label() {
        return title.isBlank() ? url : title;
    }
}
