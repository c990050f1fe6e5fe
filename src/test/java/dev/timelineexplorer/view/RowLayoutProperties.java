package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class RowLayoutProperties {

    /** An item's extent in epoch days, {@code [start, end)}. */
    record Interval(double start, double end) {}

    /** Items sorted by start, as the caller supplies them. */
    record Items(double[] starts, double[] ends) {
        int size() {
            return starts.length;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("Items[");
            for (int i = 0; i < starts.length; i++) {
                out.append(i == 0 ? "" : ", ")
                        .append('[')
                        .append(starts[i])
                        .append(", ")
                        .append(ends[i])
                        .append(')');
            }
            return out.append(']').toString();
        }
    }

    @Provide
    Arbitrary<Items> items() {
        // Whole-number starts in a small range give many ties and touching ends; wide ones give spread-out items.
        Arbitrary<Double> start = Arbitraries.oneOf(
                Arbitraries.integers().between(-20, 20).map(Integer::doubleValue),
                Arbitraries.doubles().between(-4_000_000, 4_000_000));
        Arbitrary<Double> length = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0.0)),
                Tuple.of(5, Arbitraries.integers().between(1, 10).map(Integer::doubleValue)),
                Tuple.of(3, Arbitraries.doubles().between(0, 100)),
                Tuple.of(1, Arbitraries.doubles().between(1e6, 1e9)));
        return Combinators.combine(start, length)
                .as((s, l) -> new Interval(s, s + l))
                .list()
                .ofMaxSize(200)
                .map(RowLayoutProperties::sortedByStart);
    }

    @Property(tries = 200)
    void givenSortedItems_whenAssigningRows_thenNoTwoItemsInARowOverlap(@ForAll("items") Items items) {
        // When
        int[] rows = RowLayout.assign(items.starts(), items.ends());

        // Then
        assertThat(rows).hasSize(items.size());
        for (int j = 0; j < items.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (rows[i] == rows[j]) {
                    assertThat(items.ends()[i])
                            .as("item %d ends before item %d in row %d starts", i, j, rows[i])
                            .isLessThanOrEqualTo(items.starts()[j]);
                }
            }
        }
    }

    @Property(tries = 200)
    void givenSortedItems_whenAssigningRows_thenRowCountIsTheMostItemsOverlappingAtOnce(@ForAll("items") Items items) {
        // When
        int[] rows = RowLayout.assign(items.starts(), items.ends());

        // Then: item j clashes with every earlier item still running at its start; those all clash with each other
        int mostAtOnce = 0;
        for (int j = 0; j < items.size(); j++) {
            int running = 1;
            for (int i = 0; i < j; i++) {
                if (items.ends()[i] > items.starts()[j]) {
                    running++;
                }
            }
            mostAtOnce = Math.max(mostAtOnce, running);
        }
        assertThat(RowLayout.rowCount(rows)).isEqualTo(mostAtOnce);
        assertThat(Arrays.stream(rows).min().orElse(0)).isNotNegative();
    }

    @Property(tries = 200)
    void givenItemsOfPositiveLength_whenAssigningRows_thenRowCountIsTheDeepestPointOfTheSweep(
            @ForAll("items") Items items) {
        // Given: only items with a positive length, so that "overlapping at a point" is plain
        List<double[]> events = new ArrayList<>();
        List<Interval> positive = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.ends()[i] > items.starts()[i]) {
                positive.add(new Interval(items.starts()[i], items.ends()[i]));
                events.add(new double[] {items.starts()[i], +1});
                events.add(new double[] {items.ends()[i], -1});
            }
        }
        Items positiveItems = sortedByStart(positive);

        // When
        int[] rows = RowLayout.assign(positiveItems.starts(), positiveItems.ends());

        // Then: at equal days, ends come before starts since extents are half-open
        events.sort(Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]));
        int depth = 0;
        int deepest = 0;
        for (double[] event : events) {
            depth += (int) event[1];
            deepest = Math.max(deepest, depth);
        }
        assertThat(RowLayout.rowCount(rows)).isEqualTo(deepest);
    }

    @Property(tries = 200)
    void givenSortedItems_whenAssigningRows_thenEachItemTakesTheLowestFreeRow(@ForAll("items") Items items) {
        // When
        int[] rows = RowLayout.assign(items.starts(), items.ends());

        // Then: every row above an item's row is still taken by an earlier item when it starts
        double[] lastEnd = new double[items.size()];
        int used = 0;
        for (int j = 0; j < items.size(); j++) {
            for (int row = 0; row < rows[j]; row++) {
                assertThat(lastEnd[row])
                        .as("row %d is busy when item %d starts", row, j)
                        .isGreaterThan(items.starts()[j]);
            }
            assertThat(rows[j]).isLessThanOrEqualTo(used);
            used = Math.max(used, rows[j] + 1);
            lastEnd[rows[j]] = items.ends()[j];
        }
    }

    @Property(tries = 200)
    void givenTheSameItems_whenAssigningRowsTwice_thenTheRowsAreTheSame(@ForAll("items") Items items) {
        // When
        int[] first = RowLayout.assign(items.starts(), items.ends());
        int[] second = RowLayout.assign(items.starts().clone(), items.ends().clone());

        // Then
        assertThat(second).isEqualTo(first);
    }

    private static Items sortedByStart(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingDouble(Interval::start)); // stable: ties keep their order
        double[] starts = new double[sorted.size()];
        double[] ends = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            starts[i] = sorted.get(i).start();
            ends[i] = sorted.get(i).end();
        }
        return new Items(starts, ends);
    }

    @Test
    void givenFourEvents_whenAssigningRows_thenTheyStackIntoTheLowestFreeRows() {
        // Given: A and B overlap, C starts as A ends, D overlaps B and C
        double[] starts = {0, 2, 5, 6};
        double[] ends = {5, 9, 7, 8};

        // When
        int[] rows = RowLayout.assign(starts, ends);

        // Then
        assertThat(rows).containsExactly(0, 1, 0, 2);
        assertThat(RowLayout.rowCount(rows)).isEqualTo(3);
        assertThat(RowLayout.rowCount(new int[0])).isZero();
    }

    @Test
    void givenUnsortedStartsOrAnEndBeforeItsStart_whenAssigningRows_thenItIsRejected() {
        assertThatThrownBy(() -> RowLayout.assign(new double[] {2, 1}, new double[] {3, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sorted by start");
        assertThatThrownBy(() -> RowLayout.assign(new double[] {2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before its start");
        assertThatThrownBy(() -> RowLayout.assign(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAMillionItems_whenAssigningRows_thenNoRowOverlaps() {
        // Given: a million events over 10,000 years, each a day to a few years wide
        int n = 1_000_000;
        Random random = new Random(42);
        double[] starts = new double[n];
        double[] ends = new double[n];
        for (int i = 0; i < n; i++) {
            starts[i] = random.nextDouble() * 3_650_000;
        }
        Arrays.sort(starts);
        for (int i = 0; i < n; i++) {
            ends[i] = starts[i] + 1 + random.nextDouble() * 1000;
        }
        // When
        int[] rows = RowLayout.assign(starts, ends);

        // Then: within each row every item starts after the previous one ended (speed is measured by --benchmark)
        int rowCount = RowLayout.rowCount(rows);
        double[] rowEnd = new double[rowCount];
        java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            assertThat(starts[i]).isGreaterThanOrEqualTo(rowEnd[rows[i]]);
            rowEnd[rows[i]] = ends[i];
        }
        assertThat(rowCount).isBetween(100, 1000);
    }

    @Provide
    Arbitrary<boolean[]> firstMasks() {
        return Arbitraries.of(true, false).array(boolean[].class).ofSize(200);
    }

    private static boolean[] maskFor(Items items, boolean[] mask) {
        return Arrays.copyOf(mask, items.size());
    }

    private static boolean overlap(Items items, int i, int j) {
        return items.starts()[i] < items.ends()[j] && items.starts()[j] < items.ends()[i];
    }

    @Property(tries = 200)
    void givenItemsPlacedFirst_whenTheOthersFillTheGaps_thenNoTwoItemsInARowOverlap(
            @ForAll("items") Items items, @ForAll("firstMasks") boolean[] mask) {
        // Given
        boolean[] first = maskFor(items, mask);

        // When
        int[] rows = RowLayout.assignFirstThenGaps(items.starts(), items.ends(), first);

        // Then
        assertThat(rows).hasSize(items.size());
        for (int j = 0; j < items.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (rows[i] == rows[j]) {
                    assertThat(overlap(items, i, j))
                            .as("items %d and %d share row %d", i, j, rows[i])
                            .isFalse();
                }
            }
        }
    }

    @Property(tries = 200)
    void
            givenItemsPlacedFirst_whenTheOthersFillTheGaps_thenTheFirstKeepTheirOwnRowsAndTheOthersGoBelowOnlyWhenNoGapFits(
                    @ForAll("items") Items items, @ForAll("firstMasks") boolean[] mask) {
        // Given
        boolean[] first = maskFor(items, mask);
        List<Interval> firstOnly = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (first[i]) {
                firstOnly.add(new Interval(items.starts()[i], items.ends()[i]));
            }
        }
        Items firstItems = sortedByStart(firstOnly);
        int[] alone = RowLayout.assign(firstItems.starts(), firstItems.ends());
        int firstRowCount = RowLayout.rowCount(alone);

        // When
        int[] rows = RowLayout.assignFirstThenGaps(items.starts(), items.ends(), first);

        // Then: the first items are where they would be without the others
        for (int i = 0, f = 0; i < items.size(); i++) {
            if (first[i]) {
                assertThat(rows[i]).as("first item %d", i).isEqualTo(alone[f++]);
            }
        }
        // and an other item is below them all only when every searched row already has something in its way
        for (int j = 0; j < items.size(); j++) {
            if (first[j] || rows[j] < firstRowCount) {
                continue;
            }
            for (int row = 0; row < Math.min(firstRowCount, RowLayout.GAP_SEARCH_ROWS); row++) {
                boolean blocked = false;
                for (int i = 0; i < items.size() && !blocked; i++) {
                    // A first item blocks by overlapping; an earlier other item by ending after this one starts.
                    blocked = i != j
                            && rows[i] == row
                            && (first[i] ? overlap(items, i, j) : i < j && items.ends()[i] > items.starts()[j]);
                }
                assertThat(blocked)
                        .as("item %d could have gone into row %d", j, row)
                        .isTrue();
            }
        }
    }

    @Test
    void givenTwoStackedBarsAndAPointBetweenThem_whenTheBarsArePlacedFirst_thenThePointTakesTheGapInTheTopRow() {
        // Given: bars [0, 100) twice and [200, 300), a point at [150, 160)
        double[] starts = {0, 0, 150, 200};
        double[] ends = {100, 100, 160, 300};
        boolean[] bars = {true, true, false, true};

        // When
        int[] rows = RowLayout.assignFirstThenGaps(starts, ends, bars);

        // Then
        assertThat(rows).containsExactly(0, 1, 0, 0);
        // An empty item starting where an other item in the row starts waits for its end, as assign() has it.
        assertThat(RowLayout.assignFirstThenGaps(
                        new double[] {0, 0, 0}, new double[] {1, 0, 0}, new boolean[] {false, true, false}))
                .containsExactly(0, 0, 1);
        assertThatThrownBy(() -> RowLayout.assignFirstThenGaps(starts, ends, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ in length");
    }
}
