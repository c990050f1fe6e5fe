package dev.timelineexplorer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.DatasetSettings;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.LocalizedText;
import dev.timelineexplorer.model.RelationPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationCountsTest {
    private static RelationPeriod period(String relationship, String start, String end) {
        return new RelationPeriod(
                relationship,
                HistoricalDate.parse(start),
                end == null ? null : HistoricalDate.parse(end),
                LocalizedText.EMPTY,
                List.of());
    }

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void givenPeriodsOfTwoRelationships_whenCounted_thenEachDayCountsTheStatesOfOneAsTheyBeganAndEnded() {
        Country australia = new Country(
                "AU",
                LocalizedText.of("Australia"),
                "",
                CountryKind.COUNTRY,
                null,
                List.of(
                        period("rok", "1961-10-30", null),
                        period("dprk", "1974-07-31", "1975-11"),
                        period("dprk", "2000-05", null)));
        Country cuba = new Country(
                "CU",
                LocalizedText.of("Cuba"),
                "",
                CountryKind.COUNTRY,
                null,
                List.of(period("dprk", "1960-08-29", null), period("rok", "2024-02-14", null)));
        Country un = new Country(
                "UN",
                LocalizedText.of("UN"),
                "",
                CountryKind.ORGANIZATION,
                null,
                List.of(period("rok", "1991-09-17", null)));
        Dataset dataset = new Dataset(
                LocalizedText.of("t"),
                LocalizedText.EMPTY,
                DatasetSettings.NONE,
                List.of(australia, cuba, un),
                List.of(),
                List.of(),
                List.of());

        RelationCounts rok = RelationCounts.of(dataset, "rok");
        RelationCounts dprk = RelationCounts.of(dataset, "dprk");

        assertThat(rok.countOn(day("1950-01-01"))).isZero();
        assertThat(rok.countOn(day("1961-10-30"))).isEqualTo(1);
        assertThat(rok.countOn(day("2000-01-01")))
                .as("an organisation is not a state")
                .isEqualTo(1);
        assertThat(rok.countOn(day("2024-02-14"))).isEqualTo(2);
        assertThat(dprk.countOn(day("1960-08-28"))).isZero();
        assertThat(dprk.countOn(day("1975-01-01"))).isEqualTo(2);
        assertThat(dprk.countOn(day("1975-11-30")))
                .as("to the end of the month it ended")
                .isEqualTo(2);
        assertThat(dprk.countOn(day("1975-12-01"))).isEqualTo(1);
        assertThat(dprk.countOn(day("2000-05-01"))).isEqualTo(2);
        assertThat(dprk.max()).isEqualTo(2);
        assertThat(dprk.firstDay()).isEqualTo(day("1960-08-29"));
    }
}
