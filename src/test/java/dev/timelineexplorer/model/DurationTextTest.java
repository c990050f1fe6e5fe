package dev.timelineexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Known to the day: the largest unit and the one just below it, when non-zero.
                "1950-06-25 | 1953-07-27 | 3 years, 1 month",
                "1965-06-22 | 1965-08-25 | 2 months, 3 days",
                "1965-06-22 | 1965-06-27 | 5 days",
                "1965-06-22 | 1965-06-23 | 1 day",
                "1965-06-22 | 1966-06-22 | 1 year",
                "1965-06-22 | 1967-06-24 | 2 years",
                "1965-06-22 | 1966-07-22 | 1 year, 1 month",
                "1991-01-31 | 1991-03-01 | 1 month, 1 day",
                "-0043-03-15 | -0042-03-15 | 1 year",
                // Known to the month: whole months.
                "1950-06 | 1953-07 | 3 years, 1 month",
                "1950-06-25 | 1950-09 | 3 months",
                "1950-06 | 1952-06-30 | 2 years",
                // Known to the year: whole years.
                "1945 | 1954 | 9 years",
                "1950-06-25 | 1951 | 1 year",
                "1948-08 | 1991 | 43 years",
            })
    void givenASpan_whenItsDurationIsWritten_thenItHonoursThePrecisionOfBothEnds(
            String start, String end, String expected) {
        HistoricalDate from = HistoricalDate.parse(start);
        HistoricalDate to = HistoricalDate.parse(end);

        String text = DurationText.between(from, to);

        assertThat(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1965-06-22, 1965-06-22", "1965-06, 1965-06-30", "1965, 1965-12-31", "1965-06-22, 1965-06-01"})
    void givenASpanOfNoLengthAtItsPrecision_whenItsDurationIsWritten_thenItIsEmpty(String start, String end) {
        HistoricalDate from = HistoricalDate.parse(start);
        HistoricalDate to = HistoricalDate.parse(end);

        String text = DurationText.between(from, to);

        assertThat(text).isEmpty();
    }

    @Test
    void givenASpanEvent_whenItsDurationIsWritten_thenItIsMeasuredFromStartToEnd() {
        Event war = event(HistoricalDate.of(1950, 6, 25), HistoricalDate.of(1953, 7, 27));

        String text = DurationText.between(war);

        assertThat(text).isEqualTo("3 years, 1 month");
    }

    @Test
    void givenAPointEvent_whenItsDurationIsWritten_thenItIsEmpty() {
        Event treaty = event(HistoricalDate.of(1965, 6, 22), null);

        String text = DurationText.between(treaty);

        assertThat(text).isEmpty();
    }

    private static Event event(HistoricalDate start, HistoricalDate end) {
        return new Event("e", "Event", start, end, List.of(), null, "", "", List.of(), List.of(), null);
    }
}
