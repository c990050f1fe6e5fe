package dev.timelineexplorer.index;

import dev.timelineexplorer.model.Event;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A compact index over events sorted by start, answering "which events touch this stretch of time?" fast enough to
 * draw a million events in a frame.
 *
 * <p>All times are in epoch days (days since 1970-01-01, negative before), as doubles: an event covers the half-open
 * extent {@code [startDay, endDayExclusive)}, which is never empty. A position is an index into the list given to the
 * constructor, so results come back in start order. Per event the index keeps only primitives: its start, its end, a
 * copy of the ends sorted on their own, and a share of a small tree of the largest end in each run of {@value #BLOCK}
 * positions (about 26 bytes an event in all).
 *
 * <p>Complexity, for n events and k results: building is O(n log n) (sorting the ends); {@link #countIntersecting}
 * is O(log n); {@link #forEachIntersecting} and {@link #intersecting} are O(log n + k) for the events that start in
 * the queried interval plus, for those that started earlier and are still running, a descent of the max-end tree
 * that skips every run whose events all ended before it; {@link #countStartsPerBucket} and {@link
 * #countCoveringPerBucket} are O(buckets · log n), never a pass over the events.
 *
 * <p>Immutable, so safe to share between threads once built (for example built in the background, read on the
 * JavaFX thread).
 */
public final class EventIndex {
    private static final int BLOCK_SHIFT = 3;
    /** Positions summarised by one leaf of the max-end tree. */
    private static final int BLOCK = 1 << BLOCK_SHIFT;

    private final List<Event> events;
    private final double[] starts;
    private final double[] ends;
    private final double[] sortedEnds;
    /** Positions in order of end, so that a subset gets its sorted ends without sorting again. */
    private final int[] endOrder;
    /** Implicit binary tree: node 1 is the root, node i has children 2i and 2i+1, leaves start at leafBase. */
    private final double[] maxEnd;

    private final int leafBase;

    /**
     * Indexes events that are already sorted by start day (ties in any order; by end day is customary).
     *
     * @throws IllegalArgumentException if an event starts before the one preceding it
     */
    public EventIndex(List<Event> eventsSortedByStart) {
        this(List.copyOf(eventsSortedByStart), extents(eventsSortedByStart));
    }

    private EventIndex(List<Event> events, double[][] extents) {
        this(events, extents[0], extents[1], endOrder(extents[1]), null);
    }

    private EventIndex(List<Event> events, double[] starts, double[] ends, int[] endOrder, double[] sortedEnds) {
        this.events = events;
        this.starts = starts;
        this.ends = ends;
        this.endOrder = endOrder;
        if (sortedEnds == null) {
            sortedEnds = new double[ends.length];
            for (int k = 0; k < endOrder.length; k++) {
                sortedEnds[k] = ends[endOrder[k]];
            }
        }
        this.sortedEnds = sortedEnds;
        int blocks = blockCount(starts.length);
        this.leafBase = blocks <= 1 ? 1 : Integer.highestOneBit(blocks - 1) << 1;
        this.maxEnd = new double[2 * leafBase];
        Arrays.fill(maxEnd, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < ends.length; i++) {
            int leaf = leafBase + (i >>> BLOCK_SHIFT);
            maxEnd[leaf] = Math.max(maxEnd[leaf], ends[i]);
        }
        for (int node = leafBase - 1; node >= 1; node--) {
            maxEnd[node] = Math.max(maxEnd[2 * node], maxEnd[2 * node + 1]);
        }
    }

    private static double[][] extents(List<Event> events) {
        double[] starts = new double[events.size()];
        double[] ends = new double[events.size()];
        int i = 0;
        for (Event event : events) {
            starts[i] = event.startDay();
            ends[i] = event.endDayExclusive();
            if (i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("events must be sorted by start: event " + i + " (" + event.id()
                        + ") starts before event " + (i - 1));
            }
            i++;
        }
        return new double[][] {starts, ends};
    }

    /** How many events are indexed. */
    public int size() {
        return starts.length;
    }

    /** The events, in position (start) order. */
    public List<Event> events() {
        return events;
    }

    /** The event at a position. */
    public Event event(int position) {
        return events.get(position);
    }

    /** The first day the event at a position covers, in epoch days. */
    public double start(int position) {
        return starts[position];
    }

    /** The day after the last day the event at a position covers, in epoch days; always after its start. */
    public double end(int position) {
        return ends[position];
    }

    /** The earliest start in epoch days, or NaN when there are no events. */
    public double minStart() {
        return starts.length == 0 ? Double.NaN : starts[0];
    }

    /** The latest end (exclusive) in epoch days, or NaN when there are no events. */
    public double maxEnd() {
        return sortedEnds.length == 0 ? Double.NaN : sortedEnds[sortedEnds.length - 1];
    }

    /**
     * Calls {@code action} with the position of every event that intersects {@code [t0, t1)}, that is with {@code
     * start < t1 && end > t0}, in increasing position order. An empty or reversed interval ({@code t1 <= t0})
     * intersects nothing. Bounds may be infinite.
     *
     * @throws IllegalArgumentException if a bound is NaN
     */
    public void forEachIntersecting(double t0, double t1, IntConsumer action) {
        requireNumbers(t0, t1);
        if (!(t0 < t1)) {
            return;
        }
        // Events starting in [t0, t1) all intersect; only those that started before t0 need the tree.
        int startedBefore = countLess(starts, t0);
        int startedBeforeEnd = countLess(starts, t1);
        if (startedBefore > 0 && maxEnd[1] > t0) {
            int lastBlock = (startedBefore - 1) >>> BLOCK_SHIFT;
            visit(1, 0, leafBase, lastBlock, startedBefore, t0, action);
        }
        for (int i = startedBefore; i < startedBeforeEnd; i++) {
            action.accept(i);
        }
    }

    /** Reports positions below {@code limit} in blocks {@code [lo, hi)} of this node whose end is after t0. */
    private void visit(int node, int lo, int hi, int lastBlock, int limit, double t0, IntConsumer action) {
        if (lo > lastBlock || maxEnd[node] <= t0) {
            return;
        }
        if (node >= leafBase) {
            int from = lo << BLOCK_SHIFT;
            int to = Math.min(from + BLOCK, limit);
            for (int i = from; i < to; i++) {
                if (ends[i] > t0) {
                    action.accept(i);
                }
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        visit(2 * node, lo, mid, lastBlock, limit, t0, action);
        visit(2 * node + 1, mid, hi, lastBlock, limit, t0, action);
    }

    /** The positions of the events intersecting {@code [t0, t1)}, in increasing order; see {@link #forEachIntersecting}. */
    public int[] intersecting(double t0, double t1) {
        int[] result = new int[countIntersecting(t0, t1)];
        int[] next = {0};
        forEachIntersecting(t0, t1, position -> result[next[0]++] = position);
        return result;
    }

    /**
     * How many events intersect {@code [t0, t1)}; exact, in O(log n). Zero for an empty or reversed interval.
     *
     * @throws IllegalArgumentException if a bound is NaN
     */
    public int countIntersecting(double t0, double t1) {
        requireNumbers(t0, t1);
        if (!(t0 < t1)) {
            return 0;
        }
        // Every event that ended by t0 also started before t1, so the difference counts exactly the rest.
        return countLess(starts, t1) - countAtMost(sortedEnds, t0);
    }

    /**
     * The boundaries of {@code buckets} equal slices of {@code [t0, t1)}, as used by {@link #countStartsPerBucket}
     * and {@link #countCoveringPerBucket}: {@code buckets + 1} non-decreasing values in epoch days, the first exactly
     * {@code t0} and the last exactly {@code t1} (no buckets: just {@code t0}); slice {@code i} is {@code [edges[i],
     * edges[i + 1])}.
     *
     * @throws IllegalArgumentException if {@code buckets} is negative, a bound is not finite, or {@code t1 < t0}
     */
    public static double[] bucketEdges(double t0, double t1, int buckets) {
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

    /**
     * How many events start in each of {@code buckets} equal slices of {@code [t0, t1)} (see {@link #bucketEdges}),
     * for density views. The counts add up to the number of events starting in {@code [t0, t1)}.
     *
     * @throws IllegalArgumentException as {@link #bucketEdges} does
     */
    public int[] countStartsPerBucket(double t0, double t1, int buckets) {
        double[] edges = bucketEdges(t0, t1, buckets);
        int[] counts = new int[buckets];
        int before = countLess(starts, edges[0]);
        for (int i = 0; i < buckets; i++) {
            int upTo = countLess(starts, edges[i + 1]);
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
    public int[] countCoveringPerBucket(double t0, double t1, int buckets) {
        double[] edges = bucketEdges(t0, t1, buckets);
        int[] counts = new int[buckets];
        for (int i = 0; i < buckets; i++) {
            double from = edges[i];
            double to = edges[i + 1];
            counts[i] = from < to ? countLess(starts, to) - countAtMost(sortedEnds, from) : 0;
        }
        return counts;
    }

    /**
     * An index of just the events at the given positions, in the same order, for example those a filter lets
     * through ({@link FilterIndex#matching}). O(n + m log m) for m chosen events.
     *
     * @throws IllegalArgumentException if a position is not below {@link #size()}
     */
    public EventIndex subset(BitSet positions) {
        if (positions.length() > size()) {
            throw new IllegalArgumentException(
                    "position " + (positions.length() - 1) + " is out of range for " + size() + " events");
        }
        int count = positions.cardinality();
        Event[] chosen = new Event[count];
        double[] subStarts = new double[count];
        double[] subEnds = new double[count];
        // Walking the words of the bit set directly is several times faster than nextSetBit for a million bits.
        long[] words = positions.toLongArray();
        int j = 0;
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                chosen[j] = events.get(i);
                subStarts[j] = starts[i];
                subEnds[j] = ends[i];
                j++;
            }
        }
        // The chosen events keep their order by end: filter the full order instead of sorting again.
        // A position's place in the subset is its rank among the chosen bits; ranks come from per-word counts that
        // stay in cache, where a position-to-place table of a million entries would be read at random.
        int[] rankBefore = new int[words.length];
        for (int w = 1; w < words.length; w++) {
            rankBefore[w] = rankBefore[w - 1] + Long.bitCount(words[w - 1]);
        }
        int[] subEndOrder = new int[count];
        double[] subSortedEnds = new double[count];
        int k = 0;
        for (int e = 0; e < endOrder.length; e++) {
            int position = endOrder[e];
            int w = position >>> 6;
            if (w < words.length) {
                long bit = 1L << position;
                if ((words[w] & bit) != 0) {
                    // Read in end order, so the sorted ends come out sorted without a random read per event.
                    subSortedEnds[k] = sortedEnds[e];
                    subEndOrder[k++] = rankBefore[w] + Long.bitCount(words[w] & (bit - 1));
                }
            }
        }
        return new EventIndex(
                Collections.unmodifiableList(Arrays.asList(chosen)), subStarts, subEnds, subEndOrder, subSortedEnds);
    }

    /** Positions sorted by end (ties by position), as packed primitive keys: far faster than boxed sorting. */
    private static int[] endOrder(double[] ends) {
        int n = ends.length;
        int[] order = new int[n];
        boolean integral = n < (1 << 24);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double end : ends) {
            integral &= end == Math.rint(end);
            min = Math.min(min, end);
            max = Math.max(max, end);
        }
        if (integral && n > 0 && max - min < (1L << 38)) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ((long) (ends[i] - min) << 24) | i;
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                order[i] = (int) (keys[i] & 0xFFFFFF);
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(ends[a], ends[b]));
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    private static int blockCount(int n) {
        return n == 0 ? 0 : ((n - 1) >>> BLOCK_SHIFT) + 1;
    }

    private static void requireNumbers(double t0, double t1) {
        if (Double.isNaN(t0) || Double.isNaN(t1)) {
            throw new IllegalArgumentException("interval bounds must be numbers: [" + t0 + ", " + t1 + ")");
        }
    }

    /** How many values of the sorted array are below x. */
    private static int countLess(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many values of the sorted array are at most x. */
    private static int countAtMost(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "EventIndex[" + size() + " events, " + minStart() + " to " + maxEnd() + "]";
    }
}
