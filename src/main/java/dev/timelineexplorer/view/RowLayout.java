package dev.timelineexplorer.view;

import java.util.Arrays;
import java.util.Objects;

/**
 * Stacks timeline items into rows so that no two items in a row overlap, using as few rows as possible.
 *
 * <p>Each item covers a horizontal extent {@code [start, end)} in epoch days, which the caller widens to include the
 * item's marker, its label and a gap, converted to days at the current zoom. Items are given in start order; each goes
 * into the lowest row (row 0 is the top) whose last item ends at or before its start. This greedy rule needs exactly as
 * many rows as items that overlap at one point, which is the fewest possible, and it is deterministic: the same items
 * get the same rows, so rows stay put while the user pans at a fixed zoom.
 *
 * <p>Runs in {@code O(n log r)} time for {@code n} items and {@code r} rows.
 */
public final class RowLayout {

    private RowLayout() {}

    /**
     * Assigns a row to every item.
     *
     * @param starts where each item starts, in epoch days, in non-decreasing order
     * @param ends where each item ends (exclusive), in epoch days, not before its start; {@code ends[i]} belongs to
     *     {@code starts[i]}
     * @return the row of each item, 0-based from the top, in the order given
     * @throws IllegalArgumentException when the arrays differ in length, the starts are not sorted, an end is before
     *     its start, or a value is NaN
     */
    public static int[] assign(double[] starts, double[] ends) {
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        validate(starts, ends);
        int n = starts.length;
        int[] rows = new int[n];
        EndHeap busy = new EndHeap();
        IntHeap free = new IntHeap();
        int rowCount = 0;
        for (int i = 0; i < n; i++) {
            while (busy.size() > 0 && busy.minEnd() <= starts[i]) {
                free.add(busy.removeMin());
            }
            int row = free.size() > 0 ? free.removeMin() : rowCount++;
            rows[i] = row;
            busy.add(ends[i], row);
        }
        return rows;
    }

    /**
     * The most rows of first items a later item looks through for a gap. Rows further down are off screen on any
     * window, and looking through them all would make a layout cost items times rows.
     */
    static final int GAP_SEARCH_ROWS = 64;

    /**
     * Assigns rows in two rounds: the items marked {@code first} get exactly the rows {@link #assign} would give them
     * alone, so no later item can push them down; then each other item, in start order, takes the lowest row among
     * the first {@value #GAP_SEARCH_ROWS} where it overlaps none of the first items and starts at or after the end of
     * the last other item placed there (the rule of {@link #assign}), or else a row below all the first items. The timeline uses it to keep bars (wars, deployments, terms) on top while points fill the gaps between
     * them, rather than starting below the lowest bar anywhere in the layout.
     *
     * @param starts where each item starts, in epoch days, in non-decreasing order
     * @param ends where each item ends (exclusive), in epoch days, not before its start
     * @param first which items are placed in the first round; same length as {@code starts}
     * @return the row of each item, 0-based from the top, in the order given
     * @throws IllegalArgumentException as {@link #assign} does, or when {@code first} differs in length
     */
    public static int[] assignFirstThenGaps(double[] starts, double[] ends, boolean[] first) {
        return assignFirstThenGaps(starts, ends, first, GAP_SEARCH_ROWS);
    }

    /**
     * As {@link #assignFirstThenGaps(double[], double[], boolean[])}, looking through at most {@code gapSearchRows}
     * rows for a gap: items that would find one further down go below all the first items instead. Where no more
     * rows than that are ever shown (a lane), the rows shown are the same, for less work.
     */
    public static int[] assignFirstThenGaps(double[] starts, double[] ends, boolean[] first, int gapSearchRows) {
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(first, "first");
        if (first.length != starts.length) {
            throw new IllegalArgumentException(
                    "first and starts differ in length: " + first.length + " and " + starts.length);
        }
        int firstCount = 0;
        for (boolean f : first) {
            firstCount += f ? 1 : 0;
        }
        if (firstCount == 0 || firstCount == first.length) {
            return assign(starts, ends);
        }
        validate(starts, ends);
        int[] firstRows = assign(subset(starts, first, true, firstCount), subset(ends, first, true, firstCount));
        int firstRowCount = rowCount(firstRows);
        int searched = Math.min(firstRowCount, Math.max(1, Math.min(gapSearchRows, GAP_SEARCH_ROWS)));
        // The first items of each searched row, in start order (the greedy rule fills a row left to right).
        int[][] rowItems = new int[searched][];
        int[] rowSizes = new int[searched];
        for (int row : firstRows) {
            if (row < searched) {
                rowSizes[row]++;
            }
        }
        for (int r = 0; r < searched; r++) {
            rowItems[r] = new int[rowSizes[r]];
            rowSizes[r] = 0;
        }
        int[] firstIndex = new int[firstCount];
        for (int i = 0, f = 0; i < first.length; i++) {
            if (first[i]) {
                firstIndex[f] = i;
                int row = firstRows[f++];
                if (row < searched) {
                    rowItems[row][rowSizes[row]++] = i;
                }
            }
        }
        int[] rows = new int[starts.length];
        for (int f = 0; f < firstCount; f++) {
            rows[firstIndex[f]] = firstRows[f];
        }
        // Per searched row: where its first items begin and end, and the longest gap between two of them, so that
        // most rows a later item cannot go into are passed over with three comparisons.
        double[] rowBegin = new double[searched];
        double[] rowEnd = new double[searched];
        double[] widestGap = new double[searched];
        for (int r = 0; r < searched; r++) {
            int[] items = rowItems[r];
            rowBegin[r] = starts[items[0]];
            rowEnd[r] = ends[items[items.length - 1]];
            for (int k = 1; k < items.length; k++) {
                widestGap[r] = Math.max(widestGap[r], starts[items[k]] - ends[items[k - 1]]);
            }
        }
        // Per searched row: the first of its first items that may still overlap (they end after the current start,
        // which only grows), and where the later items placed in it end.
        int[] cursor = new int[searched];
        double[] laterEnd = new double[searched];
        Arrays.fill(laterEnd, Double.NEGATIVE_INFINITY);
        int laterCount = first.length - firstCount;
        double[] belowStarts = new double[laterCount];
        double[] belowEnds = new double[laterCount];
        int[] belowItems = new int[laterCount];
        int below = 0;
        for (int i = 0; i < starts.length; i++) {
            if (first[i]) {
                continue;
            }
            double start = starts[i];
            double end = ends[i];
            int chosen = -1;
            for (int r = 0; r < searched && chosen < 0; r++) {
                if (laterEnd[r] > start) {
                    continue;
                }
                boolean outside = end <= rowBegin[r] || start >= rowEnd[r];
                if (!outside && end - start > widestGap[r]) {
                    continue; // among the row's items, and longer than any gap between them
                }
                int[] items = rowItems[r];
                while (cursor[r] < items.length && ends[items[cursor[r]]] <= start) {
                    cursor[r]++;
                }
                // The row's items do not overlap, so only the first one not yet ended can overlap this one.
                boolean clearOfFirst = cursor[r] == items.length || starts[items[cursor[r]]] >= end;
                if (clearOfFirst && laterEnd[r] <= start) {
                    chosen = r;
                }
            }
            if (chosen >= 0) {
                rows[i] = chosen;
                laterEnd[chosen] = end;
            } else {
                belowStarts[below] = start;
                belowEnds[below] = end;
                belowItems[below++] = i;
            }
        }
        int[] belowRows = assign(Arrays.copyOf(belowStarts, below), Arrays.copyOf(belowEnds, below));
        for (int b = 0; b < below; b++) {
            rows[belowItems[b]] = firstRowCount + belowRows[b];
        }
        return rows;
    }

    /** Throws as {@link #assign} does when the items are not sorted by start or an end is before its start. */
    private static void validate(double[] starts, double[] ends) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException(
                    "starts and ends differ in length: " + starts.length + " and " + ends.length);
        }
        double previousStart = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < starts.length; i++) {
            if (!(starts[i] >= previousStart)) {
                throw new IllegalArgumentException("item " + i + " starts at " + starts[i]
                        + ", before the item ahead of it (" + previousStart + "); items must be sorted by start");
            }
            if (!(ends[i] >= starts[i])) {
                throw new IllegalArgumentException(
                        "item " + i + " ends at " + ends[i] + ", before its start " + starts[i]);
            }
            previousStart = starts[i];
        }
    }

    private static double[] subset(double[] values, boolean[] mask, boolean wanted, int count) {
        double[] out = new double[count];
        int j = 0;
        for (int k = 0; k < values.length; k++) {
            if (mask[k] == wanted) {
                out[j++] = values[k];
            }
        }
        return out;
    }

    /** The number of rows an assignment uses: the highest row plus one, or 0 for no items. */
    public static int rowCount(int[] rows) {
        int max = -1;
        for (int row : rows) {
            max = Math.max(max, row);
        }
        return max + 1;
    }

    /** A binary min-heap of rows keyed by the end of their last item, in primitive arrays. */
    private static final class EndHeap {
        private double[] ends = new double[16];
        private int[] rows = new int[16];
        private int size;

        int size() {
            return size;
        }

        double minEnd() {
            return ends[0];
        }

        void add(double end, int row) {
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
                rows = Arrays.copyOf(rows, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!less(end, row, ends[parent], rows[parent])) {
                    break;
                }
                ends[i] = ends[parent];
                rows[i] = rows[parent];
                i = parent;
            }
            ends[i] = end;
            rows[i] = row;
        }

        /** Removes the entry with the smallest end and returns its row. */
        int removeMin() {
            int result = rows[0];
            size--;
            double end = ends[size];
            int row = rows[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(ends[child + 1], rows[child + 1], ends[child], rows[child])) {
                    child++;
                }
                if (!less(ends[child], rows[child], end, row)) {
                    break;
                }
                ends[i] = ends[child];
                rows[i] = rows[child];
                i = child;
            }
            ends[i] = end;
            rows[i] = row;
            return result;
        }

        private static boolean less(double endA, int rowA, double endB, int rowB) {
            return endA < endB || (endA == endB && rowA < rowB);
        }
    }

    /** A binary min-heap of free row numbers. */
    private static final class IntHeap {
        private int[] values = new int[16];
        private int size;

        int size() {
            return size;
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (values[parent] <= value) {
                    break;
                }
                values[i] = values[parent];
                i = parent;
            }
            values[i] = value;
        }

        int removeMin() {
            int result = values[0];
            size--;
            int value = values[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && values[child + 1] < values[child]) {
                    child++;
                }
                if (values[child] >= value) {
                    break;
                }
                values[i] = values[child];
                i = child;
            }
            values[i] = value;
            return result;
        }
    }
}
