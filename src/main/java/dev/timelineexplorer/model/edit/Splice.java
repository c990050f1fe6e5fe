package dev.timelineexplorer.model.edit;

import java.util.Arrays;

/**
 * How a list changes when some positions are taken out and some put in: the kept elements keep their order, shifted
 * by what was taken out before them and put in before them. Copies arrays of any element type in runs (one {@link
 * System#arraycopy} per run), so a dataset, its event index's arrays and its filter index all move their elements the
 * same way, in O(n) with a small constant instead of sorting again.
 */
public final class Splice {
    private final int sizeBefore;
    private final int[] removed;
    private final int[] added;

    /**
     * @param sizeBefore the list's length before
     * @param removed the positions taken out of the list before, increasing
     * @param added the positions put in, in the list after, increasing
     * @throws IllegalArgumentException when a position is outside its list or out of order
     */
    public Splice(int sizeBefore, int[] removed, int[] added) {
        this.sizeBefore = sizeBefore;
        this.removed = removed.clone();
        this.added = added.clone();
        int sizeAfter = sizeAfter();
        check(this.removed, sizeBefore, "removed");
        check(this.added, sizeAfter, "added");
    }

    private static void check(int[] positions, int size, String what) {
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] < 0 || positions[i] >= size || i > 0 && positions[i] <= positions[i - 1]) {
                throw new IllegalArgumentException(
                        what + " positions must increase within 0.." + (size - 1) + ": " + Arrays.toString(positions));
            }
        }
    }

    /** The list's length after. */
    public int sizeAfter() {
        return sizeBefore - removed.length + added.length;
    }

    /** The positions put in, in the list after, increasing. */
    public int[] added() {
        return added.clone();
    }

    /** Told of each run of kept elements: where it starts before, where it starts after, and its length. */
    @FunctionalInterface
    public interface RunConsumer {
        void accept(int from, int to, int length);
    }

    /** Calls {@code action} for each run of kept elements, in order. */
    public void forEachRun(RunConsumer action) {
        int from = 0;
        int to = 0;
        int r = 0;
        int a = 0;
        int sizeAfter = sizeAfter();
        while (from < sizeBefore) {
            if (r < removed.length && removed[r] == from) {
                from++;
                r++;
                continue;
            }
            if (a < added.length && added[a] == to) {
                to++;
                a++;
                continue;
            }
            int run = sizeBefore - from;
            if (r < removed.length) {
                run = Math.min(run, removed[r] - from);
            }
            if (a < added.length) {
                run = Math.min(run, added[a] - to);
            }
            run = Math.min(run, sizeAfter - to);
            action.accept(from, to, run);
            from += run;
            to += run;
        }
    }

    /**
     * Copies the kept elements of {@code before} (an array of {@code sizeBefore}) to their positions in {@code after}
     * (an array of {@link #sizeAfter()} of the same type); the added positions are left for the caller to fill.
     */
    public void copyKept(Object before, Object after) {
        forEachRun((from, to, length) -> System.arraycopy(before, from, after, to, length));
    }

    /**
     * The bits of a set over the list before, moved to the positions after: kept runs copied a word at a time, the
     * added positions left clear. O(n / 64) with no look-up per member.
     */
    public java.util.BitSet moveBits(java.util.BitSet before) {
        long[] source = before.toLongArray();
        long[] target = new long[(sizeAfter() + 63) >>> 6];
        forEachRun((from, to, length) -> copyBits(source, from, target, to, length));
        return java.util.BitSet.valueOf(target);
    }

    /** Copies {@code length} bits from one word array to another, ORing them in (the target's bits there are clear). */
    static void copyBits(long[] source, int from, long[] target, int to, int length) {
        int end = from + length;
        while (from < end) {
            int sourceWord = from >>> 6;
            if (sourceWord >= source.length) {
                return; // the rest of the source is clear
            }
            int sourceBit = from & 63;
            int targetBit = to & 63;
            // As many bits as fit in what is left of both the source word and the target word.
            int count = Math.min(end - from, Math.min(64 - sourceBit, 64 - targetBit));
            long bits = source[sourceWord] >>> sourceBit;
            if (count < 64) {
                bits &= (1L << count) - 1;
            }
            target[to >>> 6] |= bits << targetBit;
            from += count;
            to += count;
        }
    }

    /**
     * Where each element of the list before is after ({@code -1} for those taken out), in one pass: for remapping
     * many positions at once, such as the members of a filter index's sets.
     */
    public int[] positionsAfter() {
        int[] result = new int[sizeBefore];
        int to = 0;
        int r = 0;
        int a = 0;
        for (int from = 0; from < sizeBefore; from++) {
            if (r < removed.length && removed[r] == from) {
                result[from] = -1;
                r++;
                continue;
            }
            while (a < added.length && added[a] == to) {
                to++;
                a++;
            }
            result[from] = to++;
        }
        return result;
    }

    /** Where an element of the list before is after, or -1 when it was taken out. O(k) for k changes. */
    public int positionAfter(int positionBefore) {
        int at = Arrays.binarySearch(removed, positionBefore);
        if (at >= 0) {
            return -1;
        }
        // Shifted back by what was taken out before it, then forward past each position put in at or before it.
        int position = positionBefore - (-at - 1);
        for (int p : added) {
            if (p <= position) {
                position++;
            } else {
                break;
            }
        }
        return position;
    }
}
