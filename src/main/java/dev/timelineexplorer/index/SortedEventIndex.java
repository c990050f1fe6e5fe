package dev.timelineexplorer.index;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.edit.Splice;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The {@link EventIndex} of a whole list of events: a compact index over events sorted by start, answering "which
 * events touch this stretch of time?" fast enough to draw a million events in a frame.
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
final class SortedEventIndex implements EventIndex {
    private static final int BLOCK_SHIFT = 3;
    /** Positions summarised by one leaf of the max-end tree. */
    private static final int BLOCK = 1 << BLOCK_SHIFT;

    private final List<Event> events;
    private final double[] starts;
    private final double[] ends;
    /** The ends in increasing order; {@code sortedEnds[k]} is the end of the event at {@code endOrder[k]}. */
    final double[] sortedEnds;
    /** Positions in order of end, so that a subset finds its ends in order without sorting again. */
    final int[] endOrder;
    /** Implicit binary tree: node 1 is the root, node i has children 2i and 2i+1, leaves start at leafBase. */
    private final double[] maxEnd;

    private final int leafBase;

    /** How many positions {@link #copiesOf} copies at a time: a few pages of each array, well within the cache. */
    private static final int COPY_BLOCK = 4096;

    /**
     * Indexes events that are already sorted by start day (ties in any order; by end day is customary).
     *
     * @throws IllegalArgumentException if an event starts before the one preceding it
     */
    SortedEventIndex(List<Event> eventsSortedByStart) {
        this(List.copyOf(eventsSortedByStart), extents(eventsSortedByStart));
    }

    private SortedEventIndex(List<Event> events, double[][] extents) {
        this(events, extents[0], extents[1], endOrder(extents[1]));
    }

    /**
     * Indexes events whose extents and order of end are already known (a lane's share of an index): no event is asked
     * for its dates again and nothing is sorted. The arrays and list are kept as given, so they must not change.
     *
     * @param starts each event's start in epoch days, in non-decreasing order
     * @param ends each event's end (exclusive) in epoch days
     * @param endOrder the positions in order of end, ties by position
     */
    private SortedEventIndex(List<Event> events, double[] starts, double[] ends, int[] endOrder) {
        this.events = events;
        this.starts = starts;
        this.ends = ends;
        this.endOrder = endOrder;
        this.sortedEnds = new double[ends.length];
        for (int k = 0; k < endOrder.length; k++) {
            sortedEnds[k] = ends[endOrder[k]];
        }
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

    /**
     * The index of the events after an edit, from this one: the kept events' extents and end order are moved to
     * their new positions and the added events merged in, in O(n) without sorting again.
     *
     * @param eventsAfter the dataset's events after the edit
     * @param splice how the positions moved
     * @throws IllegalArgumentException when an added event breaks the start order
     */
    SortedEventIndex splice(List<Event> eventsAfter, Splice splice) {
        int n = splice.sizeAfter();
        if (eventsAfter.size() != n) {
            throw new IllegalArgumentException("expected " + n + " events after the edit, got " + eventsAfter.size());
        }
        double[] newStarts = new double[n];
        double[] newEnds = new double[n];
        splice.copyKept(starts, newStarts);
        splice.copyKept(ends, newEnds);
        int[] added = splice.added();
        for (int p : added) {
            Event event = eventsAfter.get(p);
            newStarts[p] = event.startDay();
            newEnds[p] = event.endDayExclusive();
        }
        for (int p : added) {
            if (p > 0 && newStarts[p] < newStarts[p - 1] || p + 1 < n && newStarts[p + 1] < newStarts[p]) {
                throw new IllegalArgumentException("event " + eventsAfter.get(p).id() + " breaks the start order");
            }
        }
        // The kept events stay in end order (ties by position, which the move keeps); the added ones merge in.
        int[] moved = splice.positionsAfter();
        Integer[] addedOrder = new Integer[added.length];
        for (int i = 0; i < added.length; i++) {
            addedOrder[i] = added[i];
        }
        Arrays.sort(addedOrder, (a, b) -> newEnds[a] != newEnds[b] ? Double.compare(newEnds[a], newEnds[b]) : a - b);
        int[] newEndOrder = new int[n];
        int k = 0;
        int a = 0;
        for (int old : endOrder) {
            int position = moved[old];
            if (position < 0) {
                continue;
            }
            while (a < addedOrder.length && endsBefore(newEnds, addedOrder[a], position)) {
                newEndOrder[k++] = addedOrder[a++];
            }
            newEndOrder[k++] = position;
        }
        while (a < addedOrder.length) {
            newEndOrder[k++] = addedOrder[a++];
        }
        return new SortedEventIndex(eventsAfter, newStarts, newEnds, newEndOrder);
    }

    private static boolean endsBefore(double[] ends, int a, int b) {
        return ends[a] < ends[b] || ends[a] == ends[b] && a < b;
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

    /**
     * The indexes of the events at several sets of positions (the lanes of a grouping), their extents taken from this
     * index's arrays and their order of end from this index's, so that nothing is sorted again: one pass over the
     * chosen positions and one over the events in order of end, {@code O(n + m)} for {@code m} positions in all.
     */
    List<EventIndex> copiesOf(List<BitSet> sets) {
        int n = size();
        int count = sets.size();
        int[][] members = new int[count][];
        int[] perPosition = new int[n + 1];
        for (int lane = 0; lane < count; lane++) {
            BitSet set = sets.get(lane);
            int[] positions = new int[set.cardinality()];
            int k = 0;
            long[] words = set.toLongArray();
            for (int w = 0; w < words.length; w++) {
                for (long word = words[w]; word != 0; word &= word - 1) {
                    int position = (w << 6) + Long.numberOfTrailingZeros(word);
                    positions[k++] = position;
                    perPosition[position + 1]++;
                }
            }
            members[lane] = positions;
        }
        // For each position, which lanes hold it and where: a compressed table, filled in position order.
        for (int p = 0; p < n; p++) {
            perPosition[p + 1] += perPosition[p];
        }
        int[] next = java.util.Arrays.copyOf(perPosition, n);
        int[] laneAt = new int[perPosition[n]];
        int[] localAt = new int[perPosition[n]];
        for (int lane = 0; lane < count; lane++) {
            int[] positions = members[lane];
            for (int k = 0; k < positions.length; k++) {
                int slot = next[positions[k]]++;
                laneAt[slot] = lane;
                localAt[slot] = k;
            }
        }
        int[][] endOrders = new int[count][];
        for (int lane = 0; lane < count; lane++) {
            endOrders[lane] = new int[members[lane].length];
        }
        int[] filled = new int[count];
        for (int position : endOrder) {
            for (int slot = perPosition[position]; slot < perPosition[position + 1]; slot++) {
                int lane = laneAt[slot];
                endOrders[lane][filled[lane]++] = localAt[slot];
            }
        }
        // The extents are copied a block of positions at a time, lane by lane within it: the block of this index's
        // arrays stays in the cache while each lane's copies are written one after another. Copying in plain position
        // order writes to the arrays of every lane at once, more streams than the processor follows: a fifth slower at
        // 100,000 events in 40 lanes. The events are not copied: a lane sees them through its positions.
        double[][] laneStarts = new double[count][];
        double[][] laneEnds = new double[count][];
        for (int lane = 0; lane < count; lane++) {
            laneStarts[lane] = new double[members[lane].length];
            laneEnds[lane] = new double[members[lane].length];
        }
        int[] copied = new int[count];
        for (int blockEnd = COPY_BLOCK; blockEnd < n + COPY_BLOCK; blockEnd += COPY_BLOCK) {
            for (int lane = 0; lane < count; lane++) {
                int[] positions = members[lane];
                double[] toStarts = laneStarts[lane];
                double[] toEnds = laneEnds[lane];
                int k = copied[lane];
                for (; k < positions.length && positions[k] < blockEnd; k++) {
                    int position = positions[k];
                    toStarts[k] = starts[position];
                    toEnds[k] = ends[position];
                }
                copied[lane] = k;
            }
        }
        List<EventIndex> copies = new java.util.ArrayList<>(count);
        for (int lane = 0; lane < count; lane++) {
            copies.add(new SortedEventIndex(
                    new PositionsView(events, members[lane]), laneStarts[lane], laneEnds[lane], endOrders[lane]));
        }
        return copies;
    }

    @Override
    public int size() {
        return starts.length;
    }

    @Override
    public List<Event> events() {
        return events;
    }

    @Override
    public Event event(int position) {
        return events.get(position);
    }

    @Override
    public double start(int position) {
        return starts[position];
    }

    @Override
    public double end(int position) {
        return ends[position];
    }

    @Override
    public double minStart() {
        return starts.length == 0 ? Double.NaN : starts[0];
    }

    @Override
    public double maxEnd() {
        return sortedEnds.length == 0 ? Double.NaN : sortedEnds[sortedEnds.length - 1];
    }

    @Override
    public void forEachIntersecting(double t0, double t1, IntConsumer action) {
        forEachIntersecting(t0, t1, null, action);
    }

    /** Reports positions below {@code limit} in blocks {@code [lo, hi)} of this node whose end is after t0. */
    private void visit(
            int node, int lo, int hi, int lastBlock, int limit, double t0, BitSet chosen, IntConsumer action) {
        if (lo > lastBlock || maxEnd[node] <= t0) {
            return;
        }
        if (node >= leafBase) {
            int from = lo << BLOCK_SHIFT;
            int to = Math.min(from + BLOCK, limit);
            for (int i = from; i < to; i++) {
                if (ends[i] > t0 && (chosen == null || chosen.get(i))) {
                    action.accept(i);
                }
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        visit(2 * node, lo, mid, lastBlock, limit, t0, chosen, action);
        visit(2 * node + 1, mid, hi, lastBlock, limit, t0, chosen, action);
    }

    @Override
    public int countEndedBy(double day) {
        return SortedArrays.countAtOrBelow(sortedEnds, day);
    }

    @Override
    public EventIndex subset(BitSet positions) {
        return new EventSubset(this, positions);
    }

    @Override
    public int positionOf(Event event) {
        double start = event.startDay();
        for (int i = SortedArrays.countBelow(starts, start); i < starts.length && starts[i] == start; i++) {
            if (events.get(i) == event) {
                return i;
            }
        }
        return -1;
    }

    /**
     * As {@link EventIndex#countCoveringPerBucket}, with the searches for each slice starting where the last one
     * ended: hundreds of slices of a lane or of the whole timeline at each frame cost a walk, not two full searches
     * each.
     */
    @Override
    public int[] countCoveringPerBucket(double t0, double t1, int buckets) {
        double[] edges = EventIndex.bucketEdges(t0, t1, buckets);
        int[] counts = new int[buckets];
        int startedBefore = 0;
        int endedBy = 0;
        for (int i = 0; i < buckets; i++) {
            double from = edges[i];
            double to = edges[i + 1];
            // The edges rise, so both counts only grow from one slice to the next.
            startedBefore = SortedArrays.countBelowFrom(starts, to, startedBefore);
            endedBy = SortedArrays.countAtOrBelowFrom(sortedEnds, from, endedBy);
            counts[i] = from < to ? startedBefore - endedBy : 0;
        }
        return counts;
    }

    @Override
    public int countStartingBefore(double day) {
        return SortedArrays.countBelow(starts, day);
    }

    /**
     * The visit of {@link #forEachIntersecting}, with the events started before {@code t1} that a subset does not
     * hold skipped cheaply: {@code chosen} (null for all) tells which positions to report.
     */
    void forEachIntersecting(double t0, double t1, BitSet chosen, IntConsumer action) {
        requireNumbers(t0, t1);
        if (!(t0 < t1)) {
            return;
        }
        // Events starting in [t0, t1) all intersect; only those that started before t0 need the tree.
        int startedBefore = SortedArrays.countBelow(starts, t0);
        int startedBeforeEnd = SortedArrays.countBelow(starts, t1);
        if (startedBefore > 0 && maxEnd[1] > t0) {
            int lastBlock = (startedBefore - 1) >>> BLOCK_SHIFT;
            visit(1, 0, leafBase, lastBlock, startedBefore, t0, chosen, action);
        }
        if (chosen == null) {
            for (int i = startedBefore; i < startedBeforeEnd; i++) {
                action.accept(i);
            }
        } else {
            for (int i = chosen.nextSetBit(startedBefore);
                    i >= 0 && i < startedBeforeEnd;
                    i = chosen.nextSetBit(i + 1)) {
                action.accept(i);
            }
        }
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

    static void requireNumbers(double t0, double t1) {
        if (Double.isNaN(t0) || Double.isNaN(t1)) {
            throw new IllegalArgumentException("interval bounds must be numbers: [" + t0 + ", " + t1 + ")");
        }
    }

    @Override
    public String toString() {
        return "EventIndex[" + size() + " events, " + minStart() + " to " + maxEnd() + "]";
    }

    /** The events at some positions of a list, in their order, read through: a lane's events without a copy. */
    private static final class PositionsView extends java.util.AbstractList<Event> implements java.util.RandomAccess {
        private final List<Event> all;
        private final int[] positions;

        PositionsView(List<Event> all, int[] positions) {
            this.all = all;
            this.positions = positions;
        }

        @Override
        public Event get(int index) {
            return all.get(positions[index]);
        }

        @Override
        public int size() {
            return positions.length;
        }
    }
}
