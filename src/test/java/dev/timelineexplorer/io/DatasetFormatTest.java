package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.Region;
import dev.timelineexplorer.model.RelationPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the format for a world of countries in several languages: regions, relation periods, texts. */
class DatasetFormatTest {
    private static final String WORLD = """
            {
              "languages": ["en", "ko"],
              "title": {"en": "Relations", "ko": "관계"},
              "relationship": {"en": "Diplomatic relations", "ko": "외교 관계"},
              "map": {"centralMeridian": 150},
              "countries": [
                {"code": "TW", "name": {"en": "Taiwan", "ko": "대만"}, "region": "asia",
                 "periods": [{"start": "1949-01-04", "end": "1992-08-23", "note": {"en": "Broken off", "ko": "단교"}}]},
                {"code": "VN", "periods": [{"start": "1956-05-23", "end": "1975-04"}, {"start": "1992-12-22"}]},
                {"code": "UN", "name": "United Nations", "kind": "organization"}
              ],
              "events": [{"title": {"en": "War", "ko": "전쟁"}, "start": "1950", "countries": ["TW", "VN", "UN", "BR"]}]
            }
            """;

    private final DatasetLoader loader = new DatasetLoader();

    private LoadResult read(String json) throws IOException {
        return loader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private List<String> messages(String json) throws IOException {
        return read(json).problems().stream().map(Problem::toString).toList();
    }

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void givenRegionsPeriodsAndTexts_whenRead_thenTheModelHoldsThem() throws IOException {
        LoadResult result = read(WORLD);

        assertThat(result.problems()).isEmpty();
        Dataset dataset = result.dataset();
        assertThat(dataset.settings().languages()).containsExactly("en", "ko");
        assertThat(dataset.settings().relationship().in("ko")).isEqualTo("외교 관계");
        assertThat(dataset.settings().centralMeridian()).isEqualTo(150.0);
        assertThat(dataset.title().in("ko")).isEqualTo("관계");
        Country taiwan = dataset.country("TW");
        assertThat(taiwan.region()).isEqualTo(Region.ASIA);
        assertThat(taiwan.name().in("ko")).isEqualTo("대만");
        assertThat(taiwan.periods()).singleElement().satisfies(period -> {
            assertThat(period.end()).isEqualTo(HistoricalDate.parse("1992-08-23"));
            assertThat(period.note().in("ko")).isEqualTo("단교");
        });
        assertThat(taiwan.relatedOn(day("1992-08-22"))).isTrue();
        assertThat(taiwan.relatedOn(day("1992-08-24"))).isFalse();
        Country vietnam = dataset.country("VN");
        assertThat(vietnam.region()).as("taken from the ISO code").isEqualTo(Region.ASIA);
        assertThat(vietnam.relatedOn(day("1975-04-30")))
                .as("the month of the end is still in")
                .isTrue();
        assertThat(vietnam.relatedOn(day("1980-01-01"))).isFalse();
        assertThat(vietnam.relatedOn(day("2024-01-01")))
                .as("a period without end lasts")
                .isTrue();
        assertThat(dataset.country("UN").region()).isNull();
        assertThat(dataset.country("BR").region()).as("undeclared ISO code").isEqualTo(Region.AMERICAS);
        assertThat(dataset.events().get(0).title("ko")).isEqualTo("전쟁");
    }

    @Test
    void givenPeriodsRegionsAndTexts_whenWrittenAndReadBack_thenNothingIsLost() throws IOException {
        Dataset dataset = read(WORLD).dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DatasetWriter.write(dataset, out);
        LoadResult again = read(out.toString(StandardCharsets.UTF_8));

        assertThat(again.problems()).isEmpty();
        assertThat(again.dataset().countries()).isEqualTo(dataset.countries());
        assertThat(again.dataset().settings()).isEqualTo(dataset.settings());
        assertThat(again.dataset().country("VN").periods())
                .extracting(RelationPeriod::start)
                .containsExactly(HistoricalDate.parse("1956-05-23"), HistoricalDate.parse("1992-12-22"));
    }

    @Test
    void givenBadPeriods_whenRead_thenEachIsLocatedAndNamed() throws IOException {
        String json = """
                {"countries": [
                  {"code": "VN", "periods": [{"start": "1975-04", "end": "1956"}]},
                  {"code": "TW", "periods": [{"start": "1949"}, {"start": "1992"}]},
                  {"code": "JP", "periods": [{"end": "1965"}]}
                ], "events": []}
                """;

        assertThat(messages(json))
                .containsExactly(
                        "test.json:2:58: error: countries[0].periods[0].end: the end (1956) is before the start"
                                + " (April 1975)",
                        "test.json:3:59: error: countries[1].periods[1].start: periods must be in time order without"
                                + " overlapping: this one starts (1992) before the one above ends (it has no end)",
                        "test.json:4:30: error: countries[2].periods[0].start: missing required field \"start\""
                                + " (a date such as \"1965-06-22\")");
    }

    @Test
    void givenABadRegionOrOneOnAnOrganisation_whenRead_thenReported() throws IOException {
        String json = """
                {"countries": [
                  {"code": "KR", "region": "Asia-Pacific"},
                  {"code": "UN", "kind": "organization", "region": "europe"}
                ], "events": []}
                """;

        assertThat(messages(json))
                .containsExactly(
                        "test.json:2:28: error: countries[0].region: \"Asia-Pacific\" is not a region (use \"africa\","
                                + " \"americas\", \"asia\", \"europe\" or \"oceania\")",
                        "test.json:3:52: error: countries[1].region: an organization has no region (organizations are"
                                + " grouped apart)");
    }

    @Test
    void givenALanguageNotDeclaredOrAMeridianOffTheGlobe_whenRead_thenReported() throws IOException {
        String json = """
                {"languages": ["en"], "map": {"centralMeridian": 200},
                 "events": [{"title": {"en": "War", "fr": "Guerre"}, "start": "1950"}]}
                """;

        assertThat(messages(json))
                .containsExactly(
                        "test.json:1:50: error: map.centralMeridian: 200 is not a longitude (-180 to 180 degrees)",
                        "test.json:2:43: error: events[0].title.fr: language \"fr\" is not declared in \"languages\""
                                + " [en]");
    }

    @Test
    void givenHangulBeforeAnError_whenRead_thenTheColumnCountsCharactersNotBytes() throws IOException {
        String json = "{\"events\": [{\"title\": \"한국 전쟁\", \"start\": \"1950-13\"}]}";

        assertThat(messages(json))
                .singleElement()
                .asString()
                .as("41 characters in, 49 bytes")
                .startsWith("test.json:1:41: error: events[0].start:");
    }
}
