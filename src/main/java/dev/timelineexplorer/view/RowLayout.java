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
        if (starts.length != ends.length) {
            throw new IllegalArgumentException(
                    "starts and ends differ in length: " + starts.length + " and " + ends.length);
        }
        int n = starts.length;
        int[] rows = new int[n];
        EndHeap busy = new EndHeap();
        IntHeap free = new IntHeap();
        int rowCount = 0;
        double previousStart = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double start = starts[i];
            double end = ends[i];
            if (!(start >= previousStart)) {
                throw new IllegalArgumentException("item " + i + " starts at " + start + ", before the item ahead of it"
                        + " (" + previousStart + "); items must be sorted by start");
            }
            if (!(end >= start)) {
                throw new IllegalArgumentException("item " + i + " ends at " + end + ", before its start " + start);
            }
            previousStart = start;
            while (busy.size() > 0 && busy.minEnd() <= start) {
                free.add(busy.removeMin());
            }
            int row = free.size() > 0 ? free.removeMin() : rowCount++;
            rows[i] = row;
            busy.add(end, row);
        }
        return rows;
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
