package dev.timelineexplorer.index;

import java.util.function.IntPredicate;

/** Binary search over sorted arrays, written once for every count the indexes need. */
final class SortedArrays {
    private SortedArrays() {}

    /**
     * The first index in {@code [0, length)} at which a condition holds, or {@code length} when it holds nowhere. The
     * condition must be monotone: false up to some index, true from there on (as "value &gt; bound" is on sorted
     * values).
     */
    static int firstWhere(int length, IntPredicate holds) {
        int low = 0;
        int high = length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (holds.test(mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** How many values of a sorted array are below a bound. */
    static int countBelow(double[] sorted, double bound) {
        return firstWhere(sorted.length, i -> sorted[i] >= bound);
    }

    /** How many values of a sorted array are at or below a bound. */
    static int countAtOrBelow(double[] sorted, double bound) {
        return firstWhere(sorted.length, i -> sorted[i] > bound);
    }

    /** How many values of a sorted array are below a bound. */
    static int countBelow(int[] sorted, double bound) {
        return firstWhere(sorted.length, i -> sorted[i] >= bound);
    }

    /** How many values of a sorted array are at or below a bound. */
    static int countAtOrBelow(int[] sorted, double bound) {
        return firstWhere(sorted.length, i -> sorted[i] > bound);
    }

    /**
     * How many values of a sorted array are below a bound, knowing at least {@code from} are: a search that gallops
     * from there, O(log d) for an answer d places on, so that counting at many rising bounds costs little more than
     * the distance walked.
     */
    static int countBelowFrom(double[] sorted, double bound, int from) {
        return firstFrom(sorted, bound, from, false);
    }

    /** How many values of a sorted array are at or below a bound, knowing at least {@code from} are. */
    static int countAtOrBelowFrom(double[] sorted, double bound, int from) {
        return firstFrom(sorted, bound, from, true);
    }

    /** The first index at or after {@code from} whose value is past the bound (above it, or at it unless inclusive). */
    private static int firstFrom(double[] sorted, double bound, int from, boolean inclusive) {
        int low = from;
        int high = from;
        int step = 1;
        while (high < sorted.length && (inclusive ? sorted[high] <= bound : sorted[high] < bound)) {
            low = high + 1;
            high += step;
            step <<= 1;
        }
        high = Math.min(high, sorted.length);
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (inclusive ? sorted[mid] > bound : sorted[mid] >= bound) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
