package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Extras;
import dev.timelineexplorer.model.edit.Edits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fields the format does not define are kept when a dataset is read, and written back when it is saved. */
class UnknownFieldsRoundTripTest {
    private static final String FILE = """
            {
              "title": "Mine",
              "x-editor": {"by": "Ana", "version": 3, "ok": true, "list": [1.50, null, "a\\"b"]},
              "countries": [{"code": "KR", "name": "South Korea", "color": "#123456", "population": 51700000}],
              "events": [
                {"id": "a", "title": "A", "start": "2000", "countries": ["KR"], "x-color": "red"},
                {"id": "b", "title": "B", "start": "2001", "weight": 2}
              ]
            }
            """;

    private static Dataset read(String text) throws IOException {
        LoadResult result =
                new DatasetLoader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mine.json");
        assertThat(result.errors()).isEmpty();
        return result.dataset();
    }

    private static String write(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.write(dataset, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenAFileWithFieldsTheFormatDoesNotDefine_whenReadAndWritten_thenTheyComeBackAsTheyWere() throws IOException {
        Dataset dataset = read(FILE);

        assertThat(dataset.extras().of(Extras.ROOT))
                .containsExactly(Map.entry(
                        "x-editor", "{\"by\":\"Ana\",\"version\":3,\"ok\":true,\"list\":[1.50,null,\"a\\\"b\"]}"));
        assertThat(dataset.extras().of(Extras.event("a"))).containsExactly(Map.entry("x-color", "\"red\""));
        assertThat(dataset.extras().of(Extras.event("b"))).containsExactly(Map.entry("weight", "2"));
        assertThat(dataset.extras().of(Extras.country("KR"))).containsExactly(Map.entry("population", "51700000"));

        Dataset again = read(write(dataset));
        assertThat(again).isEqualTo(dataset);
        assertThat(again.extras()).isEqualTo(dataset.extras());
    }

    /** Fields the format does not define at every level: relationships, map, periods, sources, categories, eras. */
    private static final String NESTED = """
            {
              "title": "Nested",
              "relationships": [{"id": "rok", "name": "ROK", "x-rel": 1}, {"id": "dprk", "name": "DPRK"}],
              "map": {"centralMeridian": 150, "x-projection": "equal-earth"},
              "countries": [{"code": "JP", "name": "Japan", "color": "#123456", "periods": [
                {"start": "1965-12-18", "x-treaty": "basic",
                 "sources": [{"title": "MOFA", "url": "https://www.mofa.go.kr/", "x-archived": "2020"}]},
                {"relationship": "dprk", "start": "2002", "x-note": {"a": [1]}}
              ]}],
              "categories": [{"id": "war", "name": "War", "color": "#aa0000", "x-icon": "sword"}],
              "eras": [{"title": "Cold War", "start": "1947", "end": "1991", "x-era": true}],
              "events": [{"id": "a", "title": "A", "start": "2000", "countries": ["JP"], "category": "war",
                "sources": [{"title": "S", "url": "https://example.org/a", "x-page": 12}]}]
            }
            """;

    @Test
    void givenFieldsTheFormatDoesNotDefineAtEveryLevel_whenReadAndWritten_thenEachComesBackWhereItWas()
            throws IOException {
        Dataset dataset = read(NESTED);

        String written = write(dataset);

        for (String field : new String[] {
            "\"x-rel\": 1",
            "\"x-projection\": \"equal-earth\"",
            "\"x-treaty\": \"basic\"",
            "\"x-archived\": \"2020\"",
            "\"x-note\": {",
            "\"x-icon\": \"sword\"",
            "\"x-era\": true",
            "\"x-page\": 12"
        }) {
            assertThat(written).as("written back: %s", field).contains(field);
        }
        Dataset again = read(written);
        assertThat(again).isEqualTo(dataset);
        assertThat(again.extras()).isEqualTo(dataset.extras());
        assertThat(again.extras().byOwner()).hasSize(8);
    }

    @Test
    void givenAnEditedDataset_whenWritten_thenTheUnknownFieldsOfTheEventsLeftAreKept() throws IOException {
        Dataset dataset = read(FILE);
        Dataset edited = Edits.delete(dataset, dataset.event("b")).applyTo(dataset);

        String written = write(edited);

        assertThat(written).contains("\"x-color\"").contains("\"x-editor\"").doesNotContain("\"weight\"");
        assertThat(read(written).extras().of(Extras.event("a"))).containsExactly(Map.entry("x-color", "\"red\""));
    }

    @Test
    void givenTheBundledDataset_whenWrittenAndReadBack_thenItIsEqualWithItsSettings() throws IOException {
        Dataset bundled = BundledDataset.load().dataset();

        Dataset again = read(write(bundled));

        assertThat(again).isEqualTo(bundled);
        assertThat(again.settings()).isEqualTo(bundled.settings());
        assertThat(again.countries()).isEqualTo(bundled.countries());
    }
}
