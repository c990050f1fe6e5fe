package dev.timelineexplorer.index;

import dev.timelineexplorer.model.Event;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Events sorted by start, indexed to answer "which events touch this stretch of time?" and "how many?" fast enough to
 * draw a million events in a frame. {@link #of} indexes a list; {@link #subset} gives the index of some of its events
 * (those a filter lets through) without copying the index.
 *
 * <p>All times are in epoch days (days since 1970-01-01, negative before), as doubles: an event covers the half-open
 * extent {@code [startDay, endDayExclusive)}, which is never empty. A position is an index into {@link #events()}, so
 * results come back in start order.
 *
 * <p>Complexity, for n events and k results: {@link #countIntersecting}, {@link #countStartingBefore} and {@link
 * #positionOf} are O(log n) (plus events sharing a start day, for the last); {@link #forEachIntersecting} is O(log n +
 * k) for clustered results; the per-bucket counts are O(buckets · log n), never a pass over the events. Immutable, so
 * safe to share between threads once built (for example built in the background, read on the JavaFX thread).
 */
public interface EventIndex {
    /**
     * Indexes events already sorted by start day (ties in any order; by end day is customary). O(n log n).
     *
     * @throws IllegalArgumentException if an event starts before the one preceding it
     */
    static EventIndex of(List<Event> eventsSortedByStart) {
        return new SortedEventIndex(eventsSortedByStart);
    }

    /** How many events are indexed. */
    int size();

    /** The events, in position (start) order. */
    List<Event> events();

    /** The event at a position. */
    Event event(int position);

    /** The position of an event (the same object), or -1 when it is not indexed. */
    int positionOf(Event event);

    /** The first day the event at a position covers, in epoch days. */
    double start(int position);

    /** The day after the last day the event at a position covers, in epoch days; always after its start. */
    double end(int position);

    /** The earliest start in epoch days, or NaN when there are no events. */
    double minStart();

    /** The latest end (exclusive) in epoch days, or NaN when there are no events. */
    double maxEnd();

    /**
     * Calls {@code action} with the position of every event that intersects {@code [t0, t1)}, that is with {@code
     * start < t1 && end > t0}, in increasing position order. An empty or reversed interval ({@code t1 <= t0})
     * intersects nothing. Bounds may be infinite.
     *
     * @throws IllegalArgumentException if a bound is NaN
     */
    void forEachIntersecting(double t0, double t1, IntConsumer action);

    /** The positions of the events intersecting {@code [t0, t1)}, in increasing order; see {@link #forEachIntersecting}. */
    default int[] intersecting(double t0, double t1) {
        int[] result = new int[countIntersecting(t0, t1)];
        int[] next = {0};
        forEachIntersecting(t0, t1, position -> result[next[0]++] = position);
        return result;
    }

    /** How many events start before a day: also the position of the first event starting on or after it. */
    int countStartingBefore(double day);

    /** How many events have ended by a day: their end (exclusive) is at or before it. */
    int countEndedBy(double day);

    /**
     * How many events intersect {@code [t0, t1)}; exact. Zero for an empty or reversed interval.
     *
     * @throws IllegalArgumentException if a bound is NaN
     */
    default int countIntersecting(double t0, double t1) {
        if (Double.isNaN(t0) || Double.isNaN(t1)) {
            throw new IllegalArgumentException("interval bounds must be numbers: [" + t0 + ", " + t1 + ")");
        }
        // Every event that ended by t0 also started before t1, so the difference counts exactly the rest.
        return t0 < t1 ? countStartingBefore(t1) - countEndedBy(t0) : 0;
    }

    /**
     * How many events start in each of {@code buckets} equal slices of {@code [t0, t1)} (see {@link #bucketEdges}),
     * for density views. The counts add up to the number of events starting in {@code [t0, t1)}.
     *
     * @throws IllegalArgumentException as {@link #bucketEdges} does
     */
    default int[] countStartsPerBucket(double t0, double t1, int buckets) {
        double[] edges = bucketEdges(t0, t1, buckets);
        int[] counts = new int[buckets];
        int before = countStartingBefore(edges[0]);
        for (int i = 0; i < buckets; i++) {
            int upTo = countStartingBefore(edges[i + 1]);
            counts[i] = upTo - before;
            before = upTo;
        }
        return counts;
    }

    /**
     * How many events intersect each of {@code buckets} equal slices of {@code [t0, t1)} (see {@link #bucketEdges});
     * a span over several slices counts in each. A slice made empty by rounding counts nothing.
     *
     * @throws IllegalArgumentException as {@link #bucketEdges} does
     */
    default int[] countCoveringPerBucket(double t0, double t1, int buckets) {
        double[] edges = bucketEdges(t0, t1, buckets);
        int[] counts = new int[buckets];
        for (int i = 0; i < buckets; i++) {
            double from = edges[i];
            double to = edges[i + 1];
            counts[i] = from < to ? countStartingBefore(to) - countEndedBy(from) : 0;
        }
        return counts;
    }

    /**
     * An index of just the events at the given positions, in the same order, for example those a filter lets through
     * ({@link FilterIndex#matching}). It shares this index's arrays: building one costs O(n / 64 + m) for m chosen
     * events, a few milliseconds for a million, instead of indexing them again.
     *
     * @throws IllegalArgumentException if a position is not below {@link #size()}
     */
    EventIndex subset(BitSet positions);

    /**
     * The boundaries of {@code buckets} equal slices of {@code [t0, t1)}, as used by {@link #countStartsPerBucket}
     * and {@link #countCoveringPerBucket}: {@code buckets + 1} non-decreasing values in epoch days, the first exactly
     * {@code t0} and the last exactly {@code t1} (no buckets: just {@code t0}); slice {@code i} is {@code [edges[i],
     * edges[i + 1])}.
     *
     * @throws IllegalArgumentException if {@code buckets} is negative, a bound is not finite, or {@code t1 < t0}
     */
    static double[] bucketEdges(double t0, double t1, int buckets) {
        if (buckets < 0) {
            throw new IllegalArgumentException("buckets must not be negative: " + buckets);
        }
        double width = t1 - t0;
        if (!Double.isFinite(t0) || !Double.isFinite(t1) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("bucket range must be finite: [" + t0 + ", " + t1 + ")");
        }
        if (t1 < t0) {
            throw new IllegalArgumentException("bucket range is reversed: [" + t0 + ", " + t1 + ")");
        }
        double[] edges = new double[buckets + 1];
        edges[0] = t0;
        for (int i = 1; i < buckets; i++) {
            // Monotone in i, and clamped so rounding never steps past t1.
            edges[i] = Math.min(t1, t0 + width * ((double) i / buckets));
        }
        if (buckets > 0) {
            edges[buckets] = t1;
        }
        return edges;
    }
}
