package dev.timelineexplorer.model.edit;

import dev.timelineexplorer.model.Country;

/**
 * One country of a dataset's list replaced, added or removed.
 *
 * @param position its index in the dataset's countries (for an added one, where it goes)
 * @param before the country as it was, or null when it is added
 * @param after the country as it becomes, or null when it is removed
 */
public record CountryChange(int position, Country before, Country after) {
    public CountryChange {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
        if (before == null && after == null) {
            throw new IllegalArgumentException("a country change needs a country before or after");
        }
    }

    /** The same change the other way round. */
    CountryChange inverse() {
        return new CountryChange(position, after, before);
    }
}
