package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Relationship;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several relationships in one dataset: declared, named by periods, checked, written and read back. */
class RelationshipsFormatTest {
    private static final String TWO_KOREAS = """
            {
              "languages": ["en", "ko"],
              "title": "Two Koreas",
              "relationships": [
                {"id": "rok", "name": {"en": "Relations with the ROK", "ko": "한국과의 관계"}, "color": "#1F6FB2"},
                {"id": "dprk", "name": {"en": "Relations with the DPRK", "ko": "북한과의 관계"}, "color": "#C0392B"}
              ],
              "countries": [
                {"code": "AU", "periods": [
                  {"start": "1961-10-30"},
                  {"relationship": "dprk", "start": "1974-07-31", "end": "1975-11",
                   "sources": [{"title": "NCNK", "url": "https://www.ncnk.org/resources/briefing-papers"}]},
                  {"relationship": "dprk", "start": "2000-05-08", "note": "Restored"}
                ]},
                {"code": "CU", "periods": [{"relationship": "dprk", "start": "1960-08-29"}, {"start": "2024-02-14"}]}
              ],
              "events": []
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
    void givenTwoRelationships_whenRead_thenEachPeriodBelongsToTheOneItNamesOrTheFirst() throws IOException {
        LoadResult result = read(TWO_KOREAS);

        assertThat(result.problems()).isEmpty();
        Dataset dataset = result.dataset();
        assertThat(dataset.settings().relationships())
                .extracting(Relationship::id, Relationship::color)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rok", "#1F6FB2"),
                        org.assertj.core.groups.Tuple.tuple("dprk", "#C0392B"));
        assertThat(dataset.settings().comparesRelationships()).isTrue();
        Country australia = dataset.country("AU");
        assertThat(australia.periods("rok")).hasSize(1);
        assertThat(australia.periods("dprk")).hasSize(2);
        assertThat(australia.periods("dprk").get(0).sources())
                .singleElement()
                .satisfies(
                        source -> assertThat(source.url()).isEqualTo("https://www.ncnk.org/resources/briefing-papers"));
        assertThat(australia.relatedOn("dprk", day("1975-06-01"))).isTrue();
        assertThat(australia.relatedOn("dprk", day("1990-01-01")))
                .as("broken in 1975")
                .isFalse();
        assertThat(australia.relatedOn("rok", day("1990-01-01"))).isTrue();
        Country cuba = dataset.country("CU");
        assertThat(cuba.relatedOn("rok", day("2000-01-01"))).isFalse();
        assertThat(cuba.relatedOn("dprk", day("2000-01-01"))).isTrue();
        assertThat(cuba.relatedOn("rok", day("2024-02-14"))).isTrue();
    }

    @Test
    void givenTwoRelationships_whenWrittenAndReadBack_thenTheyAndThePeriodsAreEqual() throws IOException {
        Dataset dataset = read(TWO_KOREAS).dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DatasetWriter.write(dataset, out);
        String written = out.toString(StandardCharsets.UTF_8);
        LoadResult again = read(written);

        assertThat(again.problems()).isEmpty();
        assertThat(again.dataset().settings()).isEqualTo(dataset.settings());
        assertThat(again.dataset().countries()).isEqualTo(dataset.countries());
        assertThat(written).contains("\"relationships\"").doesNotContain("\"relationship\": \"rok\"");
    }

    @Test
    void givenOneRelationshipInWords_whenReadAndWritten_thenItStaysOneRelationshipInWords() throws IOException {
        String json = """
                {"relationship": "Diplomatic relations",
                 "countries": [{"code": "JP", "periods": [{"start": "1965-12-18"}]}], "events": []}
                """;
        Dataset dataset = read(json).dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DatasetWriter.write(dataset, out);

        assertThat(dataset.settings().relationships()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(Relationship.DEFAULT_ID);
            assertThat(r.name().text()).isEqualTo("Diplomatic relations");
        });
        assertThat(dataset.settings().comparesRelationships()).isFalse();
        assertThat(dataset.country("JP").relatedOn(day("1966-01-01"))).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"relationship\": \"Diplomatic relations\"")
                .doesNotContain("\"relationships\"");
        assertThat(read(out.toString(StandardCharsets.UTF_8)).dataset().settings())
                .isEqualTo(dataset.settings());
    }

    @Test
    void givenAnUnknownRelationshipOrOverlappingPeriodsOfOne_whenRead_thenEachIsALocatedError() throws IOException {
        String json = """
                {"relationships": [{"id": "rok"}, {"id": "dprk"}],
                 "countries": [
                  {"code": "AU", "periods": [{"relationship": "prc", "start": "1972"}]},
                  {"code": "MY", "periods": [
                    {"relationship": "dprk", "start": "1973-06-30", "end": "2021-03-19"},
                    {"relationship": "dprk", "start": "2020"},
                    {"start": "1960-02-23"}
                  ]}
                 ], "events": []}
                """;

        List<String> problems = messages(json);

        assertThat(problems)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("test.json:3:47: error: countries[0].periods[0].relationship:")
                        .contains("unknown relationship \"prc\" (the dataset declares \"rok\", \"dprk\")"))
                .anySatisfy(p -> assertThat(p)
                        .contains("countries[1].periods[1].start")
                        .contains("before the one above ends (19 March 2021)"))
                .noneSatisfy(p -> assertThat(p).contains("countries[1].periods[2]"));
    }

    @Test
    void givenBothFormsOrABadRelationship_whenRead_thenEachIsLocated() throws IOException {
        String json = """
                {"relationship": "Relations",
                 "relationships": [{"id": "rok"}, {"id": "rok"}, {"name": "no id"}, {"id": "has space"}],
                 "events": []}
                """;

        List<String> problems = messages(json);

        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("relationship:").contains("not both"))
                .anySatisfy(p -> assertThat(p).contains("relationships[1].id").contains("declared twice"))
                .anySatisfy(p -> assertThat(p).contains("relationships[2].id"))
                .anySatisfy(p -> assertThat(p).contains("relationships[3].id").contains("not a valid id"));
    }

    @Test
    void givenRelationshipProblems_whenSaidInKorean_thenNoEnglishSentenceRemains() throws IOException {
        String json = """
                {"relationship": "Relations",
                 "relationships": [{"id": "rok"}, {"id": "rok"}, {"id": "has space"}],
                 "countries": [{"code": "AU", "periods": [{"relationship": "prc", "start": "1972"}]}],
                 "events": []}
                """;

        List<String> korean = read(json).problems().stream()
                .map(problem -> ProblemMessages.message(problem, java.util.Locale.KOREAN))
                .toList();

        assertThat(korean)
                .hasSize(4)
                .allSatisfy(message -> assertThat(message.replaceAll("\"[^\"]*\"", ""))
                        .as(message)
                        .doesNotContainPattern("[A-Za-z]{3,}"))
                .anySatisfy(message -> assertThat(message).contains("알 수 없는 관계 \"prc\""));
    }
}
