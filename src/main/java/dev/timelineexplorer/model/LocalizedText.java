package dev.timelineexplorer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A text in one or more languages, keyed by BCP 47 language tags ({@code en}, {@code ko}, {@code pt-BR}), such as an
 * event's title {@code {"en": "Korean War", "ko": "6·25 전쟁"}}. A text written as a plain string has one value under
 * the empty tag, meaning "whatever language the dataset is in".
 *
 * <p>The first value is the text's default: a reader puts the dataset's default language first when the text has it.
 * {@link #in} picks the requested language, else the same base language ({@code ko} for {@code ko-KR}), else the
 * default. Immutable.
 */
public final class LocalizedText {
    /** No text at all: {@link #text()} is empty. */
    public static final LocalizedText EMPTY = new LocalizedText(Map.of("", ""));

    private final Map<String, String> values;

    private LocalizedText(Map<String, String> values) {
        this.values = values;
    }

    /** A text in no particular language. */
    public static LocalizedText of(String text) {
        Objects.requireNonNull(text, "text");
        return text.isEmpty() ? EMPTY : new LocalizedText(Map.of("", text));
    }

    /**
     * A text in several languages, in the order given, the first being the default.
     *
     * @throws IllegalArgumentException when there is no value
     */
    public static LocalizedText of(Map<String, String> byLanguage) {
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        byLanguage.forEach((language, text) ->
                copy.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text")));
        return new LocalizedText(Collections.unmodifiableMap(copy));
    }

    /** The default text: the first value. */
    public String text() {
        return values.values().iterator().next();
    }

    /** The text in a language, else in its base language, else the default. */
    public String in(String language) {
        if (language != null && !language.isEmpty()) {
            String exact = values.get(language);
            if (exact != null) {
                return exact;
            }
            int dash = language.indexOf('-');
            if (dash > 0) {
                String base = values.get(language.substring(0, dash));
                if (base != null) {
                    return base;
                }
            }
        }
        return text();
    }

    /** The values by language tag, in order, the default first; the empty tag for a text in no language. */
    public Map<String, String> values() {
        return values;
    }

    /** Whether the text was given in languages (as an object), not as one plain string. */
    public boolean isTagged() {
        return !values.containsKey("");
    }

    /** Whether the default text is empty. */
    public boolean isEmpty() {
        return text().isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && values.equals(that.values)
                && values.keySet()
                        .iterator()
                        .next()
                        .equals(that.values.keySet().iterator().next());
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** The default text. */
    @Override
    public String toString() {
        return text();
    }
}
