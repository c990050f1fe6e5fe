package dev.timelineexplorer.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.view.TickUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KoreanAxisLabelsTest {
    private final KoreanAxisLabels labels = KoreanAxisLabels.INSTANCE;

    @Test
    void givenTicks_whenLabelledInKorean_thenDaysMonthsAndYearsReadAsKoreanWritesThem() {
        assertThat(labels.minor(TickUnit.DAY, LocalDate.of(1950, 6, 25))).isEqualTo("25일");
        assertThat(labels.minor(TickUnit.MONTH, LocalDate.of(1965, 6, 1))).isEqualTo("6월");
        assertThat(labels.minor(TickUnit.YEAR, LocalDate.of(1965, 1, 1))).isEqualTo("1965년");
        assertThat(labels.minor(TickUnit.YEAR, LocalDate.of(-43, 1, 1))).isEqualTo("기원전 44년");
    }

    @Test
    void givenPeriods_whenNamedInKorean_thenMonthsDecadesCenturiesAndMillenniaRead() {
        assertThat(labels.major(TickUnit.MONTH, LocalDate.of(1965, 6, 1), LocalDate.of(1965, 7, 1)))
                .isEqualTo("1965년 6월");
        assertThat(labels.major(TickUnit.DECADE, LocalDate.of(1960, 1, 1), LocalDate.of(1970, 1, 1)))
                .isEqualTo("1960년대");
        assertThat(labels.major(TickUnit.CENTURY, LocalDate.of(1901, 1, 1), LocalDate.of(2001, 1, 1)))
                .isEqualTo("20세기");
        assertThat(labels.major(TickUnit.CENTURY, LocalDate.of(-299, 1, 1), LocalDate.of(-199, 1, 1)))
                .isEqualTo("기원전 3세기");
        assertThat(labels.major(TickUnit.MILLENNIUM, LocalDate.of(-999, 1, 1), LocalDate.of(1, 1, 1)))
                .isEqualTo("기원전 1천년기");
    }
}
