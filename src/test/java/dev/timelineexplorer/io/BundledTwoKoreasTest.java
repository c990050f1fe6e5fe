package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.RelationPeriod;
import dev.timelineexplorer.model.Relationship;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both Koreas' relations in the bundled dataset: the DPRK's periods pinned to the dates their sources give, breaks
 * and restorations, successions, and every UN member but the two Koreas with a ROK period.
 */
class BundledTwoKoreasTest {
    private static final Dataset DATASET = load();

    private static Dataset load() {
        try (InputStream in = BundledTwoKoreasTest.class.getResourceAsStream(
                "/dev/timelineexplorer/data/korea-foreign-relations.json")) {
            LoadResult result = new DatasetLoader().read(in, "korea-foreign-relations.json");
            assertThat(result.errors()).isEmpty();
            return result.dataset();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void givenTheBundledDataset_whenRead_thenItComparesTheRokAndTheDprk() {
        assertThat(DATASET.settings().relationships())
                .extracting(Relationship::id)
                .containsExactly("rok", "dprk");
        assertThat(DATASET.settings().relationships())
                .allSatisfy(r -> assertThat(r.name().in("ko")).isNotBlank())
                .allSatisfy(r -> assertThat(r.color()).matches("#[0-9A-Fa-f]{6}"));
        long withDprk = DATASET.countries().stream()
                .filter(c -> !c.periods("dprk").isEmpty())
                .count();
        assertThat(withDprk)
                .as("states that had or have relations with the DPRK")
                .isGreaterThanOrEqualTo(150);
    }

    /** Establishments, each from the page cited in its period's sources (the notes say where sources differ). */
    @ParameterizedTest(name = "DPRK and {0} from {1}")
    @CsvSource({
        "RU, 1948-10-12",
        "MN, 1948-10-15",
        "PL, 1948-10-16",
        "RO, 1948-10-26",
        "HU, 1948-11-11",
        "BG, 1948-11-19",
        "AL, 1948-11-28",
        "CN, 1949-10-06",
        "VN, 1950-01-31",
        "DZ, 1958-09-25",
        "GN, 1958-10-08",
        "CU, 1960-08-29",
        "ML, 1961-08-29",
        "EG, 1963-08-24",
        "ID, 1964-04-16",
        "IQ, 1968-01-30",
        "PK, 1972-11-09",
        "SE, 1973-04-07",
        "FI, 1973-06-01",
        "MY, 1973-06-30",
        "DK, 1973-07-17",
        "IN, 1973-12-10",
        "BW, 1974-11-27",
        "CH, 1974-12-20",
        "PT, 1975-04-22",
        "MX, 1980-09-04",
        "PE, 1988-12-15",
        "UA, 1992-01-09",
        "PH, 2000-07-12",
        "GB, 2000-12-12",
        "NL, 2001-01-15",
        "CA, 2001-02-06",
        "NZ, 2001-03-26",
        "KW, 2001-04-04"
    })
    void givenAState_whenItsRelationsWithTheDprkBegan_thenThePeriodStartsOnThatDay(String code, String iso) {
        assertThat(DATASET.country(code).periods("dprk"))
                .extracting(RelationPeriod::start)
                .contains(HistoricalDate.parse(iso));
    }

    @Test
    void givenBreaksAndRestorations_whenRead_thenThePeriodsEndAndResumeOnTheirDays() {
        Country australia = DATASET.country("AU");
        Country myanmar = DATASET.country("MM");

        assertThat(australia.relatedOn("dprk", day("1975-01-01"))).isTrue();
        assertThat(australia.relatedOn("dprk", day("1990-01-01")))
                .as("broken in 1975")
                .isFalse();
        assertThat(australia.relatedOn("dprk", day("2001-01-01")))
                .as("restored in 2000")
                .isTrue();
        assertThat(myanmar.relatedOn("dprk", day("1990-01-01")))
                .as("broken after the Rangoon bombing")
                .isFalse();
        assertThat(myanmar.relatedOn("dprk", day("2007-04-26"))).isTrue();
        assertThat(DATASET.country("MY").relatedOn("dprk", day("2021-03-19"))).isTrue();
        assertThat(DATASET.country("MY").relatedOn("dprk", day("2021-03-20")))
                .as("broken by Pyongyang")
                .isFalse();
        assertThat(DATASET.country("UA").relatedOn("dprk", day("2022-07-14"))).isFalse();
        assertThat(DATASET.country("BW").relatedOn("dprk", day("2014-02-20"))).isFalse();
        assertThat(DATASET.country("DE").periods("dprk"))
                .as("the GDR's relations, then unified Germany's from 2001")
                .extracting(RelationPeriod::start)
                .containsExactly(HistoricalDate.parse("1949-11"), HistoricalDate.parse("2001-03-01"));
        assertThat(DATASET.country("RU").periods("dprk").get(0).note().in("en")).contains("Soviet");
    }

    @Test
    void givenEveryDprkPeriod_whenRead_thenItCitesAtLeastOneWebPage() {
        for (Country country : DATASET.countries()) {
            for (RelationPeriod period : country.periods("dprk")) {
                assertThat(period.sources())
                        .as("%s %s", country.code(), period.start())
                        .isNotEmpty()
                        .allSatisfy(source -> assertThat(source.url()).matches("https?://.+"));
            }
        }
    }

    @Test
    void givenTheUnMembersTheRokRecognises_whenRead_thenTheOnesADatedPageCoversHaveAPeriod() {
        List<String> recovered = List.of("MU", "NE");

        for (String code : recovered) {
            assertThat(DATASET.country(code).kind()).isEqualTo(CountryKind.COUNTRY);
            assertThat(DATASET.country(code).periods("rok")).as(code).isNotEmpty();
        }
        assertThat(DATASET.country("MU").periods("rok").get(0).start()).isEqualTo(HistoricalDate.parse("1971-07-03"));
    }

    @Test
    void givenThe1975Race_whenCounted_thenBothKoreasHadEightyToAHundredPartnersAndHalfInCommon() {
        long day = day("1975-06-01");
        List<Country> states = DATASET.countries().stream()
                .filter(c -> c.kind() == CountryKind.COUNTRY)
                .toList();

        long rok = states.stream().filter(c -> c.relatedOn("rok", day)).count();
        long dprk = states.stream().filter(c -> c.relatedOn("dprk", day)).count();
        long both = states.stream()
                .filter(c -> c.relatedOn("rok", day) && c.relatedOn("dprk", day))
                .count();

        assertThat(rok).isBetween(85L, 100L);
        assertThat(dprk).isBetween(75L, 95L);
        assertThat(both).isBetween(35L, 60L);
    }
}
