package dev.timelineexplorer.model;

import java.util.Objects;

/**
 * The texts of an event given in several languages. Only events with such texts carry one: an event of plain strings
 * keeps just its strings, so a million of them cost no more than before.
 *
 * @param title the title in every language given
 * @param summary the summary, possibly empty
 * @param description the description, possibly empty
 */
public record EventTexts(LocalizedText title, LocalizedText summary, LocalizedText description) {
    public EventTexts {
        Objects.requireNonNull(title, "title");
        summary = summary == null ? LocalizedText.EMPTY : summary;
        description = description == null ? LocalizedText.EMPTY : description;
    }
}
