package dev.timelineexplorer.view.map;

import static dev.timelineexplorer.view.map.MapRenderer.LEGEND_GAP;
import static dev.timelineexplorer.view.map.MapRenderer.LEGEND_MARGIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MapLegendLayoutTest {
    /** A date, then four entries, as the relations legend has them. */
    private static final double[] DATED = {110, 130, 70, 80, 60};

    /** The width a legend of these items takes on one row, margins included. */
    private static double oneRow(double[] widths) {
        return 2 * LEGEND_MARGIN
                - LEGEND_GAP
                + Arrays.stream(widths).map(w -> w + LEGEND_GAP).sum();
    }

    @Test
    void givenItemsOfAKnownWidth_whenAskedWhetherTheyFitOnOneRow_thenTheMarginsCountAndNotOnePixelMore() {
        assertThat(MapRenderer.fitsOneRow(DATED, oneRow(DATED))).isTrue();
        assertThat(MapRenderer.fitsOneRow(DATED, oneRow(DATED) - 1)).isFalse();
    }

    @Test
    void givenRoomForEverything_whenPlaced_thenTheTitleAndEntriesShareOneRow() {
        // Given / When
        double[][] places = MapRenderer.placeLegendItems(DATED, false, oneRow(DATED));

        // Then
        assertThat(Arrays.stream(places).mapToDouble(place -> place[1])).containsOnly(0.0);
        assertThat(places[1][0]).isEqualTo(LEGEND_MARGIN + 110 + LEGEND_GAP);
    }

    @Test
    void givenTheTitleAlone_whenPlaced_thenTheEntriesKeepTogetherOnTheRowBelowIt() {
        // Given / When: even where the entries would have had room beside the title
        double[][] places = MapRenderer.placeLegendItems(DATED, true, oneRow(DATED));

        // Then: not a date and three entries with the fourth alone under them
        assertThat(places[0]).containsExactly(LEGEND_MARGIN, 0);
        for (int i = 1; i < DATED.length; i++) {
            assertThat(places[i][1]).as("entry %d", i).isEqualTo(1);
        }
        assertThat(places[1][0]).isEqualTo(LEGEND_MARGIN);
    }

    @Test
    void givenALegendTooWide_whenPlaced_thenItWrapsWhereTheRowIsFull() {
        // Given / When
        double[] entries = {100, 100, 100};
        double[][] places = MapRenderer.placeLegendItems(entries, false, oneRow(entries) - 1);

        // Then
        assertThat(places[0][1]).isZero();
        assertThat(places[1][1]).isZero();
        assertThat(places[2]).containsExactly(LEGEND_MARGIN, 1);
    }
}
