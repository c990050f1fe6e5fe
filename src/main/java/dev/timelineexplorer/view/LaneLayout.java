package dev.timelineexplorer.view;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where each lane of a grouped timeline goes, in rows of {@link TimelineMetrics#ROW_HEIGHT} counted from the top of
 * all lanes, and which rows the area shows. A lane gets the rows its events need, all of them when the lanes fit; when
 * they do not, every lane is cut to the same number of rows, the most that lets them all fit (the rows that leaves
 * over go one each to the lanes still cut, from the top), but never fewer than {@link #MIN_ROWS} (then the lanes
 * scroll). A collapsed lane takes one row; lanes without events take none, folded
 * together into one row at the end that says how many they are.
 *
 * <p>Rows are whole: a scroll moves by rows, so no lane is ever cut through the middle of a row.
 */
final class LaneLayout {
    /** The fewest rows an expanded lane is cut to before the lanes scroll instead. */
    static final int MIN_ROWS = 3;

    private final int[] firstRows;
    private final int[] rows;
    private final boolean[] overflow;
    private final int foldedCount;
    private final int foldRow;
    private final int totalRows;
    private final int visibleRows;
    private final int scroll;

    /**
     * @param wanted the rows each lane's events need (at least 1 is used), in lane order
     * @param collapsed which lanes are collapsed to one row
     * @param empty which lanes have no events: they are folded into one row at the end
     * @param visibleRows how many rows the area shows, at least 1
     * @param scroll the first row shown, clamped to the rows there are
     * @param reveal the lane whose rows should be in view (the scroll moves to it), or -1
     */
    LaneLayout(int[] wanted, boolean[] collapsed, boolean[] empty, int visibleRows, int scroll, int reveal) {
        Objects.requireNonNull(wanted, "wanted");
        int n = wanted.length;
        if (collapsed.length != n || empty.length != n) {
            throw new IllegalArgumentException("wanted, collapsed and empty differ in length");
        }
        this.visibleRows = Math.max(1, visibleRows);
        firstRows = new int[n];
        rows = new int[n];
        overflow = new boolean[n];
        int fixed = 0;
        int folded = 0;
        int maxWanted = 1;
        for (int i = 0; i < n; i++) {
            if (empty[i]) {
                folded++;
            } else if (collapsed[i]) {
                fixed++;
            } else {
                maxWanted = Math.max(maxWanted, Math.max(1, wanted[i]));
            }
        }
        fixed += folded > 0 ? 1 : 0;
        int room = this.visibleRows - fixed;
        int cap = largestFittingCap(wanted, collapsed, empty, room, maxWanted);
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (!empty[i]) {
                rows[i] = collapsed[i] ? 1 : Math.min(Math.max(1, wanted[i]), cap);
                used += collapsed[i] ? 0 : rows[i];
            }
        }
        // Rows the same cap leaves over go one each to the lanes still cut, from the top, so the area is used.
        for (int i = 0; i < n && used < room; i++) {
            if (!empty[i] && !collapsed[i] && wanted[i] > rows[i]) {
                rows[i]++;
                used++;
            }
        }
        int row = 0;
        for (int i = 0; i < n; i++) {
            firstRows[i] = row;
            if (empty[i]) {
                continue;
            }
            overflow[i] = !collapsed[i] && Math.max(1, wanted[i]) > rows[i];
            row += rows[i];
        }
        foldedCount = folded;
        foldRow = folded > 0 ? row : -1;
        totalRows = row + (folded > 0 ? 1 : 0);
        int maxScroll = Math.max(0, totalRows - this.visibleRows);
        int first = Math.max(0, Math.min(maxScroll, scroll));
        if (reveal >= 0 && reveal < n && !empty[reveal]) {
            int top = firstRows[reveal];
            int bottom = top + rows[reveal];
            if (top < first) {
                first = top;
            } else if (bottom > first + this.visibleRows) {
                first = Math.min(top, bottom - this.visibleRows);
            }
        }
        this.scroll = Math.max(0, Math.min(maxScroll, first));
    }

    /** The most rows every expanded lane may have so that all fit, or {@link #MIN_ROWS} when none fits. */
    private static int largestFittingCap(int[] wanted, boolean[] collapsed, boolean[] empty, int room, int maxWanted) {
        if (rowsAt(maxWanted, wanted, collapsed, empty) <= room) {
            return maxWanted;
        }
        int low = MIN_ROWS;
        int high = maxWanted;
        if (rowsAt(low, wanted, collapsed, empty) > room) {
            return low;
        }
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (rowsAt(mid, wanted, collapsed, empty) <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static long rowsAt(int cap, int[] wanted, boolean[] collapsed, boolean[] empty) {
        long sum = 0;
        for (int i = 0; i < wanted.length; i++) {
            if (!empty[i] && !collapsed[i]) {
                sum += Math.min(Math.max(1, wanted[i]), cap);
            }
        }
        return sum;
    }

    /** How many lanes. */
    int laneCount() {
        return rows.length;
    }

    /** The first row of a lane, counted from the top of all lanes. */
    int firstRow(int lane) {
        return firstRows[lane];
    }

    /** How many rows a lane has: 0 for an empty lane (it is in the folded row), 1 when collapsed. */
    int rows(int lane) {
        return rows[lane];
    }

    /** Whether a lane has more rows of events than it was given: its last row then holds "+N" badges. */
    boolean overflows(int lane) {
        return overflow[lane];
    }

    /** How many lanes have no events and are folded into one row. */
    int foldedCount() {
        return foldedCount;
    }

    /** The row saying how many lanes are empty, or -1 when none is. */
    int foldRow() {
        return foldRow;
    }

    /** The rows of all lanes, the folded row included. */
    int totalRows() {
        return totalRows;
    }

    /** How many rows the area shows. */
    int visibleRows() {
        return visibleRows;
    }

    /** The first row shown: 0 unless the lanes scroll. */
    int scroll() {
        return scroll;
    }

    /** Whether a row (counted from the top of all lanes) is in the area shown. */
    boolean isVisible(int row) {
        return row >= scroll && row < scroll + visibleRows;
    }

    @Override
    public String toString() {
        return "LaneLayout[first=" + Arrays.toString(firstRows) + ", rows=" + Arrays.toString(rows) + ", scroll="
                + scroll + "/" + totalRows + "]";
    }
}
