package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.io.json.StrictJson;
import dev.timelineexplorer.model.Event;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Events are read straight from the token stream rather than as trees; these pin the cases where that reading must
 * still behave exactly as a tree read would: duplicate keys at any depth, values of the wrong shape, read limits,
 * and the order of events that tie on their start.
 */
class DatasetReaderStreamingTest {
    private final DatasetLoader reader = new DatasetLoader();

    private LoadResult read(String json) throws IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private List<String> messages(String json) throws IOException {
        return read(json).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void givenDuplicateKeysNestedInSkippedValues_whenRead_thenEachIsReportedWithTheEventPath() throws IOException {
        String json = "{\"events\": [{\"title\": [{\"a\": 1, \"a\": 2}], \"mood\": [{\"b\": 1, \"b\": 2}],"
                + " \"start\": \"2000\",\n"
                + " \"sources\": [{\"url\": \"https://a.org\", \"url\": {\"c\": 1, \"c\": 2}}], \"start\": \"1999\"}]}";

        assertThat(messages(json))
                .containsExactly(
                        "test.json:1:23: error: events[0].title: expected a string or an object of languages such as"
                                + " {\"en\": \"...\", \"ko\": \"...\"}, found an array",
                        "test.json:1:33: error: events[0].a: duplicate key \"a\" in the same object",
                        "test.json:1:51: warning: events[0].mood: unknown field (not used, and kept as it is when the file is saved)",
                        "test.json:1:61: error: events[0].b: duplicate key \"b\" in the same object",
                        "test.json:2:39: error: events[0].url: duplicate key \"url\" in the same object",
                        "test.json:2:55: error: events[0].c: duplicate key \"c\" in the same object",
                        "test.json:2:66: error: events[0].start: duplicate key \"start\" in the same object");
    }

    @Test
    void givenDuplicateKeysInAnEvent_whenRead_thenTheFirstValueIsTheOneChecked() throws IOException {
        String json = "{\"events\": [{\"title\": \"A\", \"start\": \"2000\", \"title\": 5, \"mood\": 1, \"mood\": 2}]}";

        assertThat(messages(json))
                .containsExactly(
                        "test.json:1:45: error: events[0].title: duplicate key \"title\" in the same object",
                        "test.json:1:65: warning: events[0].mood: unknown field (not used, and kept as it is when the file is saved)",
                        "test.json:1:68: error: events[0].mood: duplicate key \"mood\" in the same object");
    }

    @Test
    void givenAnOverlongStringInAnyEventField_whenRead_thenTheStringLimitStillApplies() throws IOException {
        String tooLong = "\"" + "x".repeat(StrictJson.MAX_STRING_LENGTH + 1) + "\"";
        String event = "{\"events\": [{\"title\": \"A\", \"start\": \"2000\", %s}]}";

        for (String field :
                List.of("\"category\": " + tooLong, "\"countries\": [" + tooLong + "]", "\"note\": " + tooLong)) {
            assertThat(messages(String.format(event, field)))
                    .as(field.substring(0, 12))
                    .singleElement()
                    .asString()
                    .matches("test.json:1:\\d+: error: a text value is longer than 1000000 characters");
        }
    }

    @Test
    void givenEventsThatStartTogether_whenRead_thenTheyAreOrderedByEndThenFileOrder() throws IOException {
        // Spans of thousands of years are longer than a sort key records, so their ends are compared in full.
        LoadResult result = read("{\"events\": ["
                + "{\"title\": \"A\", \"start\": \"-5000\", \"end\": \"3000\"},"
                + "{\"title\": \"B\", \"start\": \"-5000-01-01\", \"end\": \"1000\"},"
                + "{\"title\": \"C\", \"start\": \"-5000\", \"end\": \"-4999\"},"
                + "{\"title\": \"D\", \"start\": \"-5000\", \"end\": \"3000\"},"
                + "{\"title\": \"E\", \"start\": \"-5000\"},"
                + "{\"title\": \"F\", \"start\": \"-5001\", \"end\": \"9999\"}]}");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().events()).extracting(Event::title).containsExactly("F", "E", "C", "B", "A", "D");
    }

    @Test
    void givenManyTagsWithTheSameHashCode_whenRead_thenEachIsKeptAsWritten() throws IOException {
        // "Aa" and "BB" hash alike, so these 64 tags share one hash code: the interner must not mix them up.
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            StringBuilder tag = new StringBuilder();
            for (int bit = 0; bit < 6; bit++) {
                tag.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            tags.add(tag.toString());
        }
        String quoted = tags.stream().map(tag -> "\"" + tag + "\"").collect(Collectors.joining(", "));
        String event = "{\"title\": \"A\", \"start\": \"2000\", \"tags\": [" + quoted + "], \"category\": %s}";
        String json = "{\"events\": [" + String.format(event, quoted.substring(0, 14)) + ", "
                + String.format(event, quoted.substring(16, 30)) + "]}";

        LoadResult result = read(json);

        assertThat(result.errors()).isEmpty();
        assertThat(result.dataset().events())
                .allSatisfy(e -> assertThat(e.tags()).isEqualTo(tags));
        assertThat(result.dataset().events()).extracting(Event::categoryId).containsExactly(tags.get(0), tags.get(1));
    }
}
