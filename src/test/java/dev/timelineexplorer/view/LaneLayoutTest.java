package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaneLayoutTest {
    private static boolean[] none(int n) {
        return new boolean[n];
    }

    @Test
    void givenLanesThatFit_whenLaidOut_thenEachGetsTheRowsItsEventsNeedOneUnderAnother() {
        LaneLayout layout = new LaneLayout(new int[] {2, 1, 4}, none(3), none(3), 10, 0, -1);

        assertThat(layout.firstRow(0)).isZero();
        assertThat(layout.firstRow(1)).isEqualTo(2);
        assertThat(layout.firstRow(2)).isEqualTo(3);
        assertThat(layout.rows(2)).isEqualTo(4);
        assertThat(layout.overflows(2)).isFalse();
        assertThat(layout.totalRows()).isEqualTo(7);
        assertThat(layout.foldRow()).isEqualTo(-1);
    }

    @Test
    void givenLanesThatDoNotFit_whenLaidOut_thenTheTallestAreCutToTheSameRowsAndTheRestFits() {
        // 10 rows of room: 1 + 2 + cap + cap <= 10 gives a cap of 3 for the two tall lanes, and the row left over
        // goes to the first lane still cut.
        LaneLayout layout = new LaneLayout(new int[] {1, 2, 9, 20}, none(4), none(4), 10, 0, -1);

        assertThat(layout.rows(0)).isEqualTo(1);
        assertThat(layout.rows(1)).isEqualTo(2);
        assertThat(layout.rows(2)).isEqualTo(4);
        assertThat(layout.rows(3)).isEqualTo(3);
        assertThat(layout.overflows(2)).isTrue();
        assertThat(layout.overflows(3)).isTrue();
        assertThat(layout.overflows(1)).isFalse();
        assertThat(layout.totalRows()).isEqualTo(10);
    }

    @Test
    void givenManyLanes_whenLaidOut_thenEachKeepsTheFewestRowsAndTheLanesScroll() {
        int[] wanted = new int[50];
        java.util.Arrays.fill(wanted, 8);

        LaneLayout layout = new LaneLayout(wanted, none(50), none(50), 12, 1000, -1);

        assertThat(layout.rows(7)).isEqualTo(LaneLayout.MIN_ROWS);
        assertThat(layout.totalRows()).isEqualTo(50 * LaneLayout.MIN_ROWS);
        assertThat(layout.scroll()).as("clamped to the last screen").isEqualTo(50 * LaneLayout.MIN_ROWS - 12);
    }

    @Test
    void givenCollapsedAndEmptyLanes_whenLaidOut_thenCollapsedTakeOneRowAndEmptyFoldIntoOneRowAtTheEnd() {
        boolean[] collapsed = {false, true, false, false};
        boolean[] empty = {false, false, true, true};

        LaneLayout layout = new LaneLayout(new int[] {3, 5, 0, 0}, collapsed, empty, 20, 0, -1);

        assertThat(layout.rows(1)).isEqualTo(1);
        assertThat(layout.overflows(1)).isFalse();
        assertThat(layout.rows(2)).isZero();
        assertThat(layout.foldedCount()).isEqualTo(2);
        assertThat(layout.foldRow()).isEqualTo(4);
        assertThat(layout.totalRows()).isEqualTo(5);
    }

    @Test
    void givenALaneBelowTheArea_whenRevealed_thenTheScrollBringsItsRowsIntoView() {
        int[] wanted = new int[30];
        java.util.Arrays.fill(wanted, 3);

        LaneLayout layout = new LaneLayout(wanted, none(30), none(30), 9, 0, 20);

        assertThat(layout.isVisible(layout.firstRow(20))).isTrue();
        assertThat(layout.isVisible(layout.firstRow(20) + 2)).isTrue();

        LaneLayout back = new LaneLayout(wanted, none(30), none(30), 9, layout.scroll(), 2);
        assertThat(back.scroll()).isEqualTo(back.firstRow(2));
    }
}
