package dev.timelineexplorer.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.view.map.MapShading;
import dev.timelineexplorer.view.map.MapShading.Side;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The map comparing the two Koreas' relations on a date: four classes, the legend and the status bar. */
class MapShadingsTest {
    private static final Dataset DATASET = BundledDataset.load().dataset();
    private static final I18n ENGLISH = new I18n(Locale.ENGLISH);

    private static MapShading.Compared on(String iso) {
        return (MapShading.Compared) MapShadings.relations(DATASET, day(iso), ENGLISH);
    }

    private static double day(String iso) {
        return HistoricalDate.parse(iso).firstDay();
    }

    @Test
    void givenJune1975_whenShaded_thenEachStateIsInTheClassItsPeriodsGive() {
        MapShading.Compared shading = on("1975-06-01");

        assertThat(shading.side("AU"))
                .as("both, until Australia broke with Pyongyang in November")
                .isEqualTo(Side.BOTH);
        assertThat(shading.side("US")).isEqualTo(Side.FIRST);
        assertThat(shading.side("JP")).isEqualTo(Side.FIRST);
        assertThat(shading.side("CU")).isEqualTo(Side.SECOND);
        assertThat(shading.side("CN")).isEqualTo(Side.SECOND);
        assertThat(shading.side("IN")).isEqualTo(Side.BOTH);
        assertThat(shading.side("KR")).isEqualTo(Side.NEITHER);
        assertThat(shading.side("UN")).as("organisations have no relations").isEqualTo(Side.NEITHER);
        assertThat(shading.title()).isEqualTo("1 June 1975");
    }

    @Test
    void givenTheDayBothKoreasJoinedTheUn_whenShaded_thenTheEasternBlocHasTurnedToSeoul() {
        MapShading.Compared shading = on("1991-09-17");

        assertThat(shading.side("HU")).as("Hungary, the first, in 1989").isEqualTo(Side.BOTH);
        assertThat(shading.side("RU")).isEqualTo(Side.BOTH);
        assertThat(shading.side("CN")).as("China waited until August 1992").isEqualTo(Side.SECOND);
        assertThat(shading.side("MM")).as("Burma broke with Pyongyang in 1983").isEqualTo(Side.FIRST);
        assertThat(shading.side("GB")).isEqualTo(Side.FIRST);
    }

    @Test
    void givenMid2024_whenShaded_thenTheBreaksAndCubaShow() {
        MapShading.Compared shading = on("2024-06-01");

        assertThat(shading.side("CU")).as("Cuba and Seoul, February 2024").isEqualTo(Side.BOTH);
        assertThat(shading.side("MY")).as("Malaysia, broken in 2021").isEqualTo(Side.FIRST);
        assertThat(shading.side("UA")).as("Ukraine, broken in 2022").isEqualTo(Side.FIRST);
        assertThat(shading.side("GB")).isEqualTo(Side.BOTH);
        assertThat(shading.side("TW")).as("Taiwan, since 1992").isEqualTo(Side.NEITHER);
        assertThat(shading.side("US")).isEqualTo(Side.FIRST);
    }

    @Test
    void givenTheComparison_whenLabelledAndCounted_thenTheLegendAndStatusBarNameBothKoreas() {
        MapShading.Compared shading = on("1975-06-01");
        long both =
                shading.sides().values().stream().filter(s -> s == Side.BOTH).count();
        long rok = both
                + shading.sides().values().stream().filter(s -> s == Side.FIRST).count();
        long dprk = both
                + shading.sides().values().stream()
                        .filter(s -> s == Side.SECOND)
                        .count();

        String status = MapShadings.status(DATASET, day("1975-06-01"), ENGLISH);
        String korean = MapShadings.status(DATASET, day("1975-06-01"), new I18n(Locale.KOREAN));

        assertThat(shading.labels()).containsExactly("Relations with both", "ROK only", "DPRK only", "Neither");
        assertThat(status).isEqualTo("1 June 1975: ROK " + rok + " · DPRK " + dprk + " · both " + both);
        assertThat(korean).isEqualTo("1975년 6월 1일: 한국 " + rok + " · 북한 " + dprk + " · 양쪽 " + both);
        assertThat(rok).isBetween(85L, 100L);
        assertThat(dprk).isBetween(75L, 95L);
    }
}
