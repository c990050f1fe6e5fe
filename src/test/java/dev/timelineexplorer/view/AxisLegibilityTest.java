package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.testing.FxTestBase;
import java.time.LocalDate;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;

/**
 * The axis with the real font, the one the app draws with (its bundled Noto Sans KR, whatever fonts the machine has):
 * enough labels at every zoom, in a view as narrow as a small window's.
 */
class AxisLegibilityTest extends FxTestBase {
    private static final double DAYS_PER_YEAR = dev.timelineexplorer.model.HistoricalDate.DAYS_PER_YEAR;
    private static final double WIDTH = 690;

    @Test
    void givenEveryZoomFrom20000YearsToAWeek_whenComputingTicksIn690Pixels_thenAtLeastFiveMinorLabelsAreInView() {
        invoke(() -> {
            TextMeasure measure = new TextMeasure();
            Font font;
            try (var in = AxisLegibilityTest.class.getResourceAsStream(
                    "/dev/timelineexplorer/fonts/NotoSansKR-Regular.subset.ttf")) {
                font = Font.loadFont(in, 12);
            }
            double widest = 20_000 * DAYS_PER_YEAR;
            for (int centreYear : new int[] {1960, -500, 1, 1066, -7000}) {
                double centre = LocalDate.of(centreYear, 7, 1).toEpochDay();
                for (int i = 0; i <= 150; i++) {
                    // Given: a span from 20,000 years down to a week, kept within years -9999 to 9999 as the view is
                    double span = widest * Math.pow(7 / widest, i / 150.0);
                    double start =
                            Math.max(TimelineView.FIRST_DAY, Math.min(centre - span / 2, TickUnit.END_DAY - span));
                    TimeScale scale = new TimeScale(start, start + span, WIDTH);

                    // When
                    AxisTicks ticks = AxisTicks.compute(
                            scale, s -> measure.width(s, font), s -> measure.width(s, font), 10, AxisLabels.ENGLISH);

                    // Then
                    assertThat(AxisTicksTest.visible(scale, ticks.minor()))
                            .as(
                                    "minor labels at a span of %.1f days around %d (%s)",
                                    span, centreYear, ticks.minorUnit())
                            .hasSizeGreaterThanOrEqualTo(5);
                }
            }
            return null;
        });
    }
}
