package dev.timelineexplorer.view.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Classes of counts for a map legend: "1", "2–4", "5–9", ... on a 1-2-5 ladder, at most {@value #MAX_CLASSES} of
 * them, the last one reaching the largest count. Counts of events per country are skewed (one country is in nearly
 * every event of a dataset about it), so classes grow geometrically.
 *
 * @param lowerBounds the smallest count of each class, ascending, the first being 1
 * @param max the largest count, the top of the last class
 */
public record CountScale(int[] lowerBounds, int max) {
    /** The most classes a legend shows. */
    public static final int MAX_CLASSES = 5;

    /** The classes for counts from 1 to a maximum; none when the maximum is below 1. */
    public static CountScale upTo(int max) {
        if (max < 1) {
            return new CountScale(new int[0], 0);
        }
        List<Integer> ladder = new ArrayList<>();
        for (long step = 1; step <= max; step *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                if (step * m <= max) {
                    ladder.add((int) (step * m));
                }
            }
        }
        // Too many rungs: keep every other one from the top down, so the classes stay geometric.
        while (ladder.size() > MAX_CLASSES) {
            List<Integer> thinned = new ArrayList<>();
            for (int i = ladder.size() - 1; i >= 0; i -= 2) {
                thinned.add(0, ladder.get(i));
            }
            if (thinned.get(0) != 1) {
                thinned.set(0, 1);
            }
            ladder = thinned;
        }
        return new CountScale(ladder.stream().mapToInt(Integer::intValue).toArray(), max);
    }

    /** How many classes there are. */
    public int classes() {
        return lowerBounds.length;
    }

    /** The class of a count, 0-based; -1 for a count below 1. */
    public int classOf(int count) {
        if (count < 1) {
            return -1;
        }
        int c = 0;
        while (c + 1 < lowerBounds.length && count >= lowerBounds[c + 1]) {
            c++;
        }
        return c;
    }

    /** A class's label: "1", "2–4" or, for the last, "50–460". */
    public String label(int c) {
        int low = lowerBounds[c];
        int high = c + 1 < lowerBounds.length ? lowerBounds[c + 1] - 1 : max;
        return low == high ? Integer.toString(low) : low + "–" + high;
    }
}
