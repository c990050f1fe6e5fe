package dev.timelineexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoricalDateTest {

    @ParameterizedTest
    @CsvSource({
        "1965, YEAR, 1965",
        "1965-06, MONTH, June 1965",
        "1965-06-22, DAY, 22 June 1965",
        "-0043, YEAR, 44 BC",
        "-0043-03-15, DAY, 15 March 44 BC",
        "0000, YEAR, 1 BC",
        "0001, YEAR, 1",
    })
    void givenAWrittenDate_whenParsed_thenPrecisionAndDisplayAreAsWritten(
            String text, DatePrecision precision, String display) {
        HistoricalDate date = HistoricalDate.parse(text);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.toDisplayString()).isEqualTo(display);
        assertThat(date.toIsoString()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1965-13-01 | month must be 1-12",
                "1965-00 | month must be 1-12",
                "1965-02-30 | day must be 1-28 in February 1965",
                "2000-02-30 | day must be 1-29 in February 2000",
                "1965-06-00 | day must be 1-31",
                "65 | expected YYYY, YYYY-MM or YYYY-MM-DD (with a leading - for years BC)",
                "1965/06/22 | expected YYYY, YYYY-MM or YYYY-MM-DD (with a leading - for years BC)",
                "1965-6-22 | expected YYYY, YYYY-MM or YYYY-MM-DD (with a leading - for years BC)",
                "+1965 | expected YYYY, YYYY-MM or YYYY-MM-DD (with a leading - for years BC)",
            })
    void givenAnInvalidDate_whenParsed_thenTheMessageSaysWhy(String text, String message) {
        assertThatThrownBy(() -> HistoricalDate.parse(text))
                .isInstanceOf(InvalidDateException.class)
                .hasMessage(message);
    }

    @Test
    void givenDatesOfEachPrecision_whenAskedForTheirDays_thenTheyCoverTheWholePeriod() {
        HistoricalDate year = HistoricalDate.parse("1965");
        HistoricalDate month = HistoricalDate.parse("1965-02");
        HistoricalDate day = HistoricalDate.parse("1965-06-22");

        assertThat(year.firstDay()).isEqualTo(LocalDate.of(1965, 1, 1).toEpochDay());
        assertThat(year.endDayExclusive()).isEqualTo(LocalDate.of(1966, 1, 1).toEpochDay());
        assertThat(month.endDayExclusive() - month.firstDay()).isEqualTo(28);
        assertThat(day.endDayExclusive() - day.firstDay()).isEqualTo(1);
    }

    @Test
    void givenBcDates_whenConverted_thenAstronomicalYearZeroIsOneBc() {
        assertThat(HistoricalDate.yearText(0)).isEqualTo("1 BC");
        assertThat(HistoricalDate.yearText(-43)).isEqualTo("44 BC");
        assertThat(HistoricalDate.parse("-9999").firstDay())
                .isLessThan(HistoricalDate.parse("0001").firstDay());
        assertThat(HistoricalDate.ofEpochDay(HistoricalDate.parse("-0043-03-15").firstDay()))
                .isEqualTo(HistoricalDate.parse("-0043-03-15"));
    }

    @Test
    void givenYearsOutsideTheRange_whenCreated_thenRejected() {
        assertThatThrownBy(() -> HistoricalDate.ofYear(10000)).hasMessage("year must be between -9999 and 9999");
    }
}
