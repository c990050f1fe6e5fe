package dev.timelineexplorer.model;

import java.util.Objects;

/**
 * A reference backing an event.
 *
 * @param title what the source is called, in one or more languages; may be empty, never null
 * @param url an {@code http} or {@code https} address
 */
public record Source(LocalizedText title, String url) {
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }

    /** A source with a plain title. */
    public Source(String title, String url) {
        this(LocalizedText.of(title), url);
    }

    /** The title in a language, or the address when the source has no title. */
    public String label(String language) {
        String text = title.in(language);
        return text.isBlank() ? url : text;
    }

    /** The default title, or the address when the source has no title. */
    public String label() {
        return label(null);
    }
}
