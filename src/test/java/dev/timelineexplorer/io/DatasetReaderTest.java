package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.DatePrecision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DatasetReaderTest {
    private final DatasetLoader reader = new DatasetLoader();

    private LoadResult read(String json) throws IOException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private LoadResult read(byte[] bytes) throws IOException {
        return reader.read(new ByteArrayInputStream(bytes), "test.json");
    }

    private List<String> messages(String json) throws IOException {
        return read(json).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void givenAMinimalDataset_whenRead_thenEventsAreKeptWithDefaults() throws IOException {
        LoadResult result = read("{\"events\": [{\"title\": \"Treaty\", \"start\": \"1965-06-22\"},"
                + " {\"title\": \"War\", \"start\": \"1950\", \"end\": \"1953-07\", \"countries\": [\"KR\"]}]}");

        assertThat(result.problems()).isEmpty();
        Dataset dataset = result.dataset();
        assertThat(dataset.title().text()).isEqualTo("test.json");
        assertThat(dataset.events()).extracting(e -> e.title()).containsExactly("War", "Treaty");
        assertThat(dataset.events().get(0).start().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(dataset.events().get(1).id()).isEqualTo("treaty-1965-06-22");
        assertThat(dataset.country("KR").name().text()).isEqualTo("South Korea");
        assertThat(dataset.country("KR").color()).matches("#[0-9A-F]{6}");
    }

    @Test
    void givenDeclaredCountriesAfterTheEvents_whenRead_thenCodesResolve() throws IOException {
        LoadResult result = read("{\"events\": [{\"title\": \"A\", \"start\": \"2007\", \"countries\": [\"UN\"]}],"
                + " \"countries\": [{\"code\": \"UN\", \"name\": \"United Nations\", \"kind\": \"organization\"}]}");

        assertThat(result.isValid()).isTrue();
        assertThat(result.dataset().country("UN").kind()).isEqualTo(CountryKind.ORGANIZATION);
    }

    @Test
    void givenABadMonth_whenRead_thenTheErrorPointsAtTheValue() throws IOException {
        String json = "{\n  \"events\": [\n    {\"title\": \"X\", \"start\": \"1965-13-01\"}\n  ]\n}";

        assertThat(messages(json))
                .containsExactly("test.json:3:29: error: events[0].start: \"1965-13-01\" is not a date"
                        + " (month must be 1-12)");
    }

    @Test
    void givenSeveralProblems_whenRead_thenAllAreReportedInFileOrder() throws IOException {
        String json = String.join(
                "\n",
                "{",
                "  \"events\": [",
                "    {\"id\": \"a\", \"title\": 5, \"start\": \"1965\"},",
                "    {\"id\": \"a\", \"title\": \"B\"},",
                "    {\"title\": \"C\", \"start\": \"1990\", \"end\": \"1980\", \"countries\": [\"XX\"]},",
                "    {\"title\": \"D\", \"start\": \"1990\", \"sources\": [{\"url\": \"javascript:alert(1)\"}]}",
                "  ],",
                "  \"countries\": [{\"code\": \"KR\", \"color\": \"blue\"}]",
                "}");

        assertThat(messages(json))
                .containsExactly(
                        "test.json:3:26: error: events[0].title: expected a string or an object of languages such as {\"en\":"
                                + " \"...\", \"ko\": \"...\"}, found a number",
                        "test.json:4:5: error: events[1].start: missing required field \"start\""
                                + " (a date such as \"1965-06-22\")",
                        "test.json:4:12: error: events[1].id: duplicate id \"a\" (first used on line 3)",
                        "test.json:5:44: error: events[2].end: the end (1980) is before the start (1990)",
                        "test.json:5:66: error: events[2].countries[0]: unknown country code \"XX\""
                                + " (declare it in \"countries\" or use an ISO 3166-1 alpha-2 code)",
                        "test.json:6:57: error: events[3].sources[0].url: \"javascript:alert(1)\""
                                + " is not an http or https address",
                        "test.json:8:41: error: countries[0].color: \"blue\" is not a colour"
                                + " (use #RRGGBB, such as \"#0047A0\")");
        assertThat(read(json).dataset()).isNull();
    }

    @Test
    void givenUnknownFields_whenRead_thenWarnedButValid() throws IOException {
        LoadResult result =
                read("{\"version\": 2, \"events\": [{\"title\": \"A\", \"start\": \"2000\", \"mood\": \"ok\"}]}");

        assertThat(result.isValid()).isTrue();
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "test.json:1:2: warning: version: unknown field (not used, and kept as it is when the file is saved)",
                        "test.json:1:67: warning: events[0].mood: unknown field (not used, and kept as it is when the file is saved)");
    }

    @Test
    void givenMoreWarningsThanAreListed_whenRead_thenTheFileOpensAndTheRestAreCountedAsWarnings() throws IOException {
        // Given: 250 unknown fields, each a warning, past the 200 listed (a fuzzing finding: the count was an error)
        StringBuilder json = new StringBuilder("{\"events\": [{\"title\": \"A\", \"start\": \"2000\"");
        for (int i = 0; i < 250; i++) {
            json.append(", \"extra").append(i).append("\": 1");
        }
        json.append("}]}");

        // When
        LoadResult result = read(json.toString());

        // Then
        assertThat(result.dataset()).isNotNull();
        assertThat(result.errors()).isEmpty();
        assertThat(result.problems()).hasSize(201);
        assertThat(result.problems().get(200).toString())
                .isEqualTo("test.json: warning: and 50 more problems not listed");
    }

    @Test
    void givenAnErrorPastTheListedProblems_whenRead_thenTheCountIsAnErrorAndNothingOpens() throws IOException {
        // Given: 200 warnings, then a bad date
        StringBuilder json = new StringBuilder("{\"events\": [{\"title\": \"A\"");
        for (int i = 0; i < 200; i++) {
            json.append(", \"extra").append(i).append("\": 1");
        }
        json.append(", \"start\": \"2000-13\"}]}");

        // When
        LoadResult result = read(json.toString());

        // Then
        assertThat(result.dataset()).isNull();
        assertThat(result.errors())
                .extracting(Problem::toString)
                .containsExactly("test.json: error: and 1 more problems not listed");
    }

    @Test
    void givenMissingEvents_whenRead_thenReported() throws IOException {
        assertThat(messages("{\"title\": \"T\"}"))
                .containsExactly("test.json:1:1: error: missing required field \"events\" (an array)");
        assertThat(messages("[1, 2]"))
                .containsExactly("test.json:1:1: error: the top level must be a JSON object with an \"events\" array,"
                        + " found an array");
        assertThat(messages("{\"events\": {}}"))
                .containsExactly("test.json:1:12: error: events: expected an array, found an object");
    }

    @Test
    void givenMalformedJson_whenRead_thenASyntaxErrorIsLocated() throws IOException {
        assertThat(messages(""))
                .containsExactly("test.json:1:1: error: the file is empty;"
                        + " a dataset is a JSON object with an \"events\" array");
        assertThat(messages("{\"events\": [\n{\"title\": \"A\",\n"))
                .singleElement()
                .asString()
                .startsWith("test.json:3:")
                .endsWith("error: the file ends too early: the JSON is incomplete (was it truncated?)");
        assertThat(messages("{\"events\": [], \"events\": []}"))
                .singleElement()
                .asString()
                .isEqualTo("test.json:1:16: error: duplicate key \"events\" in the same object");
        assertThat(messages("{\"events\": []} {}"))
                .singleElement()
                .asString()
                .isEqualTo("test.json:1:16: error: unexpected content after the end of the JSON document");
        assertThat(messages("{\"events\": []} x"))
                .singleElement()
                .asString()
                .startsWith("test.json:1:")
                .endsWith("error: unexpected content after the end of the JSON document");
        assertThat(messages("// note\n{\"events\": []}"))
                .singleElement()
                .asString()
                .isEqualTo("test.json:1:1: error: comments are not allowed in JSON");
        assertThat(messages("{\"events\": [{\"title\": \"A\", \"start\": \"2000\", \"n\": NaN}]}"))
                .singleElement()
                .asString()
                .contains("error: NaN and Infinity are not JSON numbers");
        assertThat(messages("{\"events\": [],}"))
                .singleElement()
                .asString()
                .startsWith("test.json:1:15: error: malformed JSON");
    }

    @Test
    void givenDuplicateKeysInsideAnEvent_whenRead_thenEachIsReportedAndReadingGoesOn() throws IOException {
        String json = "{\"events\": [{\"title\": \"A\", \"title\": \"B\", \"start\": \"2000\"},"
                + " {\"title\": \"C\", \"start\": \"20000\"}]}";

        assertThat(messages(json))
                .containsExactly(
                        "test.json:1:28: error: events[0].title: duplicate key \"title\" in the same object",
                        "test.json:1:84: error: events[1].start: \"20000\" is not a date"
                                + " (expected YYYY, YYYY-MM or YYYY-MM-DD (with a leading - for years BC))");
    }

    @Test
    void givenInvalidUtf8_whenRead_thenReportedAsAnEncodingProblem() throws IOException {
        byte[] bytes = "{\"title\": \"caf\u00e9\", \"events\": []}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(read(bytes).problems())
                .singleElement()
                .asString()
                .startsWith("test.json:1:")
                .endsWith("error: invalid UTF-8 bytes: the file must be saved as UTF-8");
    }

    @Test
    void givenAByteOrderMark_whenRead_thenAccepted() throws IOException {
        byte[] json = "{\"events\": []}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[json.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(json, 0, bytes, 3, json.length);

        assertThat(read(bytes).isValid()).isTrue();
    }

    @Test
    @Timeout(10)
    void givenHostileNesting_whenRead_thenRefusedQuickly() throws IOException {
        String deep = "[".repeat(100_000);

        assertThat(messages("{\"events\": " + deep))
                .singleElement()
                .asString()
                .contains("error: the JSON is nested too deeply (more than 32 levels)");
    }

    @Test
    void givenNestingPastTheLimit_whenRead_thenTheErrorPointsAtTheLevelThatPassedIt() throws IOException {
        // Line 3 opens levels 3 to 35 after 4 spaces: the 33rd level is the 31st bracket on that line, column 35.
        String json = "{\n  \"events\": [\n    " + "[".repeat(33) + "]".repeat(33) + "\n  ]\n}\n";

        assertThat(messages(json))
                .containsExactly("test.json:3:35: error: the JSON is nested too deeply (more than 32 levels)");
    }

    @Test
    void givenWrongTypesEverywhere_whenRead_thenEachIsNamed() throws IOException {
        String json = "{\"title\": [], \"countries\": [{\"code\": \"Z Z\"}], \"categories\": [{\"name\": \"n\"}],"
                + " \"eras\": [{\"title\": \"E\", \"start\": \"1990\", \"end\": \"1989\"}],"
                + " \"events\": [7, {\"title\": \"\", \"start\": 1965, \"tags\": \"x\"}]}";

        assertThat(messages(json))
                .containsExactly(
                        "test.json:1:11: error: title: expected a string or an object of languages such as {\"en\": \"...\","
                                + " \"ko\": \"...\"}, found an array",
                        "test.json:1:38: error: countries[0].code: \"Z Z\" is not a valid code"
                                + " (1-16 letters, digits, '-' or '_')",
                        "test.json:1:62: error: categories[0].id: missing required field \"id\"",
                        "test.json:1:126: error: eras[0].end: the end (1989) is before the start (1990)",
                        "test.json:1:147: error: events[0]: expected an object, found a number",
                        "test.json:1:160: error: events[1].title: must not be empty",
                        "test.json:1:173: error: events[1].start: expected a date string such as \"1965-06-22\","
                                + " found a number",
                        "test.json:1:187: error: events[1].tags: expected an array, found a string");
    }
}
