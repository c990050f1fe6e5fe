package dev.timelineexplorer.model;

import java.util.List;
import java.util.Objects;

/**
 * A country or organisation taking part in events.
 *
 * @param code the code events use, such as {@code KR} or {@code UN}
 * @param name the name shown to people, in one or more languages
 * @param color the colour as {@code #RRGGBB}
 * @param kind country or organisation
 * @param region the region of a country, or null (organisations, and codes of no known region)
 * @param periods the periods of the relationships the dataset is about, each relationship's in time order; empty when
 *     it never had one
 */
public record Country(
        String code, LocalizedText name, String color, CountryKind kind, Region region, List<RelationPeriod> periods) {
    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(kind, "kind");
        periods = List.copyOf(periods);
    }

    /** A country or organisation with a plain name, no region and no relation periods. */
    public Country(String code, String name, String color, CountryKind kind) {
        this(code, LocalizedText.of(name), color, kind, null, List.of());
    }

    /** The same country with another colour. */
    public Country withColor(String value) {
        return new Country(code, name, value, kind, region, periods);
    }

    /** Whether any of its relationships held on a day, in epoch days (for a dataset of one relationship: it). */
    public boolean relatedOn(long epochDay) {
        for (RelationPeriod period : periods) {
            if (period.activeOn(epochDay)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a relationship, by its id, held on a day, in epoch days. */
    public boolean relatedOn(String relationship, long epochDay) {
        for (RelationPeriod period : periods) {
            if (period.relationship().equals(relationship) && period.activeOn(epochDay)) {
                return true;
            }
        }
        return false;
    }

    /** The periods of one relationship, by its id, in time order. */
    public List<RelationPeriod> periods(String relationship) {
        return periods.stream()
                .filter(p -> p.relationship().equals(relationship))
                .toList();
    }
}
