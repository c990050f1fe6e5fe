package dev.timelineexplorer.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortedArraysTest {

    @Test
    void givenSortedValuesWithTies_whenCounting_thenBelowLeavesTheTiesOutAndAtOrBelowTakesThemIn() {
        // Given
        double[] values = {1, 2, 2, 2, 5};
        int[] days = {1, 2, 2, 2, 5};

        // Then
        assertThat(SortedArrays.countBelow(values, 2)).isEqualTo(1);
        assertThat(SortedArrays.countAtOrBelow(values, 2)).isEqualTo(4);
        assertThat(SortedArrays.countBelow(days, 2.5)).isEqualTo(4);
        assertThat(SortedArrays.countAtOrBelow(days, 5)).isEqualTo(5);
        assertThat(SortedArrays.countBelow(values, 0)).isZero();
        assertThat(SortedArrays.countAtOrBelow(new double[0], 3)).isZero();
    }

    @Test
    void givenAConditionThatHoldsFromSomeIndexOn_whenSearched_thenThatIndexIsFound() {
        assertThat(SortedArrays.firstWhere(10, i -> i >= 7)).isEqualTo(7);
        assertThat(SortedArrays.firstWhere(10, i -> false)).isEqualTo(10);
        assertThat(SortedArrays.firstWhere(10, i -> true)).isZero();
    }

    @Test
    void givenRisingBounds_whenCountedFromTheLastAnswer_thenEachCountIsThatOfAFullSearch() {
        // Given: runs of ties and gaps, so that the gallop crosses both
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i / 7) * 3 + (i % 11 == 0 ? 1 : 0);
        }
        java.util.Arrays.sort(values);
        int below = 0;
        int atOrBelow = 0;

        for (double bound = -2; bound < values[values.length - 1] + 3; bound += 0.5) {
            // When
            below = SortedArrays.countBelowFrom(values, bound, below);
            atOrBelow = SortedArrays.countAtOrBelowFrom(values, bound, atOrBelow);

            // Then
            assertThat(below).as("below %s", bound).isEqualTo(SortedArrays.countBelow(values, bound));
            assertThat(atOrBelow).as("at or below %s", bound).isEqualTo(SortedArrays.countAtOrBelow(values, bound));
        }
        assertThat(below).isEqualTo(values.length);
    }
}
