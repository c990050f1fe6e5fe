package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.Region;
import dev.timelineexplorer.model.RelationPeriod;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled dataset covers South Korea's relations with the whole world, in English and Korean. */
class BundledWorldDataTest {
    private static final String RELATIONS = "relations";
    private static final Dataset DATASET = dataset();

    private static Dataset dataset() {
        LoadResult result = BundledDataset.load();
        assertThat(result.problems()).isEmpty();
        return result.dataset();
    }

    private static List<Country> states() {
        return DATASET.countries().stream()
                .filter(c -> c.kind() == CountryKind.COUNTRY)
                .toList();
    }

    private static List<Event> relationEvents(String code) {
        return DATASET.events().stream()
                .filter(e ->
                        RELATIONS.equals(e.categoryId()) && e.countryCodes().contains(code))
                .toList();
    }

    @Test
    void givenTheBundledDataset_whenCounted_thenItHasAtLeast450EventsAnd185CountriesEachInAnEvent() {
        Set<String> inEvents = DATASET.events().stream()
                .flatMap(e -> e.countryCodes().stream())
                .filter(code -> DATASET.country(code).kind() == CountryKind.COUNTRY)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(DATASET.events()).hasSizeGreaterThanOrEqualTo(450);
        assertThat(inEvents).hasSizeGreaterThanOrEqualTo(185);
        assertThat(states().stream().filter(c -> !c.periods("rok").isEmpty()).map(Country::code))
                .as("every state the ROK has or had relations with is in an event")
                .allMatch(inEvents::contains);
    }

    @Test
    void givenEveryCode_whenChecked_thenItIsDeclaredOrIsAnIsoCountry() {
        for (Event event : DATASET.events()) {
            for (String code : event.countryCodes()) {
                assertThat(DATASET.country(code) != null || IsoCountries.isCode(code))
                        .as("%s in %s", code, event.id())
                        .isTrue();
            }
        }
        for (Country country : states()) {
            assertThat(IsoCountries.isCode(country.code()))
                    .as("%s is ISO 3166-1", country.code())
                    .isTrue();
        }
    }

    @Test
    void givenEveryCountry_whenItsRegionIsRead_thenEachStateHasOneAndOrganisationsNone() {
        Map<Region, Integer> perRegion = new EnumMap<>(Region.class);
        for (Country country : DATASET.countries()) {
            if (country.kind() == CountryKind.ORGANIZATION) {
                assertThat(country.region()).as(country.code()).isNull();
            } else {
                assertThat(country.region()).as(country.code()).isNotNull();
                perRegion.merge(country.region(), 1, Integer::sum);
            }
        }

        assertThat(perRegion).containsOnlyKeys(Region.values());
        assertThat(perRegion.get(Region.AFRICA)).isGreaterThanOrEqualTo(45);
        assertThat(perRegion.get(Region.EUROPE)).isGreaterThanOrEqualTo(40);
        assertThat(perRegion.get(Region.OCEANIA)).isGreaterThanOrEqualTo(12);
    }

    @Test
    void givenEveryText_whenReadInKoreanAndEnglish_thenBothAreWritten() {
        assertThat(DATASET.settings().languages()).containsExactly("en", "ko");
        for (Event event : DATASET.events()) {
            for (String language : List.of("en", "ko")) {
                assertThat(event.texts().title().values()).as(event.id()).containsKey(language);
                assertThat(event.texts().summary().values()).as(event.id()).containsKey(language);
                assertThat(event.texts().description().values()).as(event.id()).containsKey(language);
            }
            assertThat(event.title("ko")).as(event.id()).isNotEqualTo(event.title("en"));
        }
        for (Country country : DATASET.countries()) {
            assertThat(country.name().values()).as(country.code()).containsKeys("en", "ko");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Africa
                "AO | 1992-01-06",
                "BW | 1968-04-18",
                "CM | 1961-08-10",
                "ET | 1963-12-23",
                "GA | 1962-10-01",
                "EG | 1995-04-13",
                "LY | 1980-12-29",
                "DZ | 1990-01-15",
                // Americas
                "US | 1949-01-01",
                "CA | 1963-01-14",
                "MX | 1962-01-26",
                "BR | 1959-10-31",
                "AR | 1962-02-15",
                "CL | 1962-04-18",
                "CO | 1962-03-10",
                "PE | 1963-04-01",
                "CU | 2024-02-14",
                // Asia
                "JP | 1965-12-18",
                "MN | 1990-03-26",
                "PH | 1949-03-03",
                "TH | 1958-10-01",
                "SG | 1975-08-08",
                "ID | 1973-09-18",
                "TL | 2002-05-20",
                "CN | 1992-08-24",
                "SY | 2025-04-10",
                // Europe
                "GB | 1949-01-18",
                "DE | 1955-12-01",
                "NO | 1959-03-02",
                "NL | 1961-04-04",
                "IS | 1962-10-10",
                "CH | 1963-02-11",
                "VA | 1963-12-11",
                "RU | 1990-09-30",
                // Oceania
                "AU | 1961-10-30",
                "PG | 1976-05-19",
                "WS | 1972-09-15",
                "NR | 1979-08-20",
            })
    void givenAState_whenItsRelationsBegan_thenTheEventAndThePeriodSayTheSameDay(String code, String iso) {
        HistoricalDate date = HistoricalDate.parse(iso);

        assertThat(relationEvents(code))
                .as("relation events of %s", code)
                .extracting(Event::start)
                .contains(date);
        assertThat(DATASET.country(code).periods("rok"))
                .extracting(RelationPeriod::start)
                .contains(date);
    }

    @Test
    void givenRelationsThatEnded_whenRead_thenTheirPeriodsEndAndResume() {
        assertThat(DATASET.country("TW").periods("rok")).singleElement().satisfies(period -> {
            assertThat(period.start()).isEqualTo(HistoricalDate.parse("1949-01-04"));
            assertThat(period.end()).isEqualTo(HistoricalDate.parse("1992-08-23"));
        });
        assertThat(DATASET.country("VN").periods("rok")).hasSize(2);
        assertThat(DATASET.country("VN").periods("rok").get(1).start()).isEqualTo(HistoricalDate.parse("1992-12-22"));
        assertThat(DATASET.country("DE").periods("rok").get(0).note().in("en")).contains("West Germany");
        assertThat(DATASET.country("RU").periods("rok").get(0).note().in("en")).contains("Soviet Union");
        assertThat(DATASET.country("RS").periods("rok").get(0).note().in("en")).contains("Yugoslavia");
        assertThat(DATASET.country("CZ").periods("rok").get(0).note().in("en")).contains("Czechoslovakia");
        assertThat(DATASET.country("KP").periods()).isEmpty();
    }

    @Test
    void givenEveryPeriod_whenComparedWithTheEvents_thenARelationsEventMarksEachStartAndEnd() {
        for (Country country : states()) {
            Set<HistoricalDate> eventDates =
                    relationEvents(country.code()).stream().map(Event::start).collect(Collectors.toSet());
            // The ROK's periods each have their event; the DPRK's are the map's and the chart's, told by a few.
            for (RelationPeriod period : country.periods("rok")) {
                assertThat(eventDates)
                        .as("an event where relations with %s begin on %s", country.code(), period.start())
                        .contains(period.start());
                if (period.end() != null) {
                    assertThat(eventDates)
                            .as("an event where relations with %s end on %s", country.code(), period.end())
                            .contains(period.end());
                }
            }
        }
    }

    @Test
    void givenEveryEstablishmentEvent_whenComparedWithThePeriods_thenItsCountryHasAPeriodFromThatDate() {
        List<Event> establishments = DATASET.events().stream()
                .filter(e -> RELATIONS.equals(e.categoryId()) && e.tags().contains("establishment"))
                .toList();

        assertThat(establishments).hasSizeGreaterThanOrEqualTo(180);
        for (Event event : establishments) {
            List<String> partners = event.countryCodes().stream()
                    .filter(code -> !code.equals("KR"))
                    .toList();
            assertThat(partners).as(event.id()).hasSize(1);
            assertThat(DATASET.country(partners.get(0)).periods("rok"))
                    .as(event.id())
                    .extracting(RelationPeriod::start)
                    .contains(event.start());
        }
    }

    @Test
    void givenTheFreeTradeAgreements_whenRead_thenEachIsInForceOnItsDayWithItsPartners() {
        Map<String, String> inForce = Map.of(
                "CL", "2004-04-01",
                "SG", "2006-03-02",
                "US", "2012-03-15",
                "IN", "2010-01-01",
                "AU", "2014-12-12",
                "CN", "2015-12-20");
        inForce.forEach((code, iso) -> assertThat(DATASET.events().stream()
                        .filter(e -> "trade".equals(e.categoryId())
                                && e.countryCodes().contains(code))
                        .map(Event::start))
                .as("a trade event with %s on %s", code, iso)
                .contains(HistoricalDate.parse(iso)));
    }
}
