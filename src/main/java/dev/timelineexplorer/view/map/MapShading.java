package dev.timelineexplorer.view.map;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.paint.Color;

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

    /** Which of two relationships a state has on a date. */
    enum Side {
        /** Both relationships. */
        BOTH,
        /** The first only. */
        FIRST,
        /** The second only. */
        SECOND,
        /** Neither. */
        NEITHER
    }

    /**
     * States shaded four ways by which of two relationships they have: both, the first only, the second only, or
     * neither (relations with the ROK, the DPRK, both or neither on a date, say).
     *
     * @param sides the side of each state with either relationship; states missing have neither
     * @param title the legend's title, such as "1 June 1975"
     * @param labels the legend's labels of {@link Side#BOTH}, {@link Side#FIRST}, {@link Side#SECOND} and {@link
     *     Side#NEITHER}, in that order
     * @param first the colour of the first relationship alone
     * @param second the colour of the second alone
     */
    record Compared(Map<String, Side> sides, String title, List<String> labels, Color first, Color second)
            implements MapShading {
        public Compared {
            sides = Map.copyOf(sides);
            Objects.requireNonNull(title, "title");
            labels = List.copyOf(labels);
            if (labels.size() != Side.values().length) {
                throw new IllegalArgumentException("one label for each side, " + labels.size() + " given");
            }
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }

        /** The side of a state, {@link Side#NEITHER} when it has no relationship. */
        public Side side(String code) {
            return sides.getOrDefault(code, Side.NEITHER);
        }

        /** What the legend calls a side. */
        public String label(Side side) {
            return labels.get(side.ordinal());
        }

        /** The colour of a side; {@code neither} is the land's colour, given by the map's style. */
        public Color color(Side side, Color neither) {
            return switch (side) {
                case BOTH -> first.interpolate(second, 0.5);
                case FIRST -> first;
                case SECOND -> second;
                case NEITHER -> neither;
            };
        }
    }
}
