package dev.timelineexplorer.view.map;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the map's colours say, with the words of its legend (the map knows no language of its own).
 */
public sealed interface MapShading {
    /** No shading: every country in the land colour, no legend. */
    MapShading NONE = new Counts(Map.of(), "", "");

    /**
     * Countries shaded by a count, darker for more, in classes that {@link CountScale} chooses.
     *
     * @param counts the count of each country code; codes missing count as 0
     * @param title the legend's title, such as "Events in view"
     * @param noneLabel the legend's label for a count of 0, such as "none"
     */
    record Counts(Map<String, Integer> counts, String title, String noneLabel) implements MapShading {
        public Counts {
            counts = Map.copyOf(counts);
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(noneLabel, "noneLabel");
        }

        /** The count of a code, 0 when it has none. */
        public int count(String code) {
            return counts.getOrDefault(code, 0);
        }
    }

    /**
     * Countries in a set shaded as active, the rest not: who has relations on a date, say.
     *
     * @param codes the active countries
     * @param title the legend's title, such as "24 August 1992"
     * @param activeLabel the legend's label for active countries
     * @param inactiveLabel the legend's label for the others
     */
    record Active(Set<String> codes, String title, String activeLabel, String inactiveLabel) implements MapShading {
        public Active {
            codes = Set.copyOf(codes);
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(activeLabel, "activeLabel");
            Objects.requireNonNull(inactiveLabel, "inactiveLabel");
        }
    }
}
