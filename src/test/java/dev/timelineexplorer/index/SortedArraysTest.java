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
}
