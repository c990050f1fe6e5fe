package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.cli.AppCommand;
import dev.timelineexplorer.io.timelinejs.TimelineJsSniffer;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.DatePrecision;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineJsReaderTest {
    private static final String SAMPLE = "timelinejs-sample.json";
    private static final Path SAMPLE_FILE = Path.of("src/test/resources/dev/timelineexplorer/io/" + SAMPLE);

    private final DatasetLoader reader = new DatasetLoader();

    @TempDir
    Path dir;

    private LoadResult readSample() throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(SAMPLE))) {
            return reader.read(in, SAMPLE);
        }
    }

    private LoadResult read(String json) throws IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "tl.json");
    }

    private List<String> messages(String json) throws IOException {
        return read(json).problems().stream().map(Problem::toString).toList();
    }

    private static Event event(Dataset dataset, String title) {
        return dataset.events().stream()
                .filter(e -> e.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + title));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    // ------------------------------------------------------------------ the sample

    @Test
    void givenTheSample_whenRead_thenTheTitleSlideNamesTheDataset() throws IOException {
        LoadResult result = readSample();

        assertThat(result.errors()).isEmpty();
        Dataset dataset = result.dataset();
        assertThat(dataset.title().text()).isEqualTo("Korea: Five Thousand Years of History");
        assertThat(dataset.description().text())
                .isEqualTo("From the legendary founding of Gojoseon to the Seoul Olympics & beyond.\n\n"
                        + "A sample timeline in the TimelineJS format.");
        assertThat(dataset.countries()).isEmpty();
        assertThat(dataset.events()).hasSize(13);
    }

    @Test
    void givenTheSample_whenRead_thenEventsAreInTimeOrderWithTheirPrecision() throws IOException {
        Dataset dataset = readSample().dataset();

        assertThat(dataset.events())
                .extracting(Event::title)
                .startsWith("Founding of Gojoseon", "Fall of Gojoseon", "Three Kingdoms of Korea")
                .endsWith("Korean War", "Seoul Olympics");
        Event gojoseon = event(dataset, "Founding of Gojoseon");
        assertThat(gojoseon.start()).isEqualTo(HistoricalDate.ofYear(-2332));
        assertThat(gojoseon.dateText()).isEqualTo("2333 BC");
        assertThat(gojoseon.isSpan()).isFalse();
        assertThat(event(dataset, "Fall of Gojoseon").dateText()).isEqualTo("108 BC");
        assertThat(event(dataset, "Three Kingdoms of Korea").dateText()).isEqualTo("57 BC – 668");
        Event goryeo = event(dataset, "Goryeo founded");
        assertThat(goryeo.start().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(goryeo.dateText()).isEqualTo("July 918");
        Event war = event(dataset, "Korean War");
        assertThat(war.start().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(war.dateText()).isEqualTo("25 June 1950 – 27 July 1953");
        assertThat(event(dataset, "Seoul Olympics").start()).isEqualTo(HistoricalDate.of(1988, 9, 17));
    }

    @Test
    void givenTheSample_whenRead_thenIdsAreKeptOrGenerated() throws IOException {
        Dataset dataset = readSample().dataset();

        assertThat(dataset.event("korean-war").title()).isEqualTo("Korean War");
        assertThat(dataset.event("gojoseon").title()).isEqualTo("Founding of Gojoseon");
        assertThat(event(dataset, "Fall of Gojoseon").id()).isEqualTo("fall-of-gojoseon--0107");
        assertThat(event(dataset, "Liberation").id()).isEqualTo("liberation-1945-08-15");
    }

    @Test
    void givenTheSample_whenRead_thenGroupsBecomeCategoriesWithColours() throws IOException {
        Dataset dataset = readSample().dataset();

        assertThat(dataset.categories())
                .extracting(c -> c.id() + "=" + c.name())
                .containsExactly(
                        "ancient-kingdoms=Ancient kingdoms",
                        "dynasties=Dynasties",
                        "culture=Culture",
                        "war=War",
                        "independence=Independence");
        assertThat(dataset.categories()).allSatisfy(c -> assertThat(c.color()).matches("#[0-9A-F]{6}"));
        assertThat(dataset.categories()).extracting(c -> c.color()).doesNotHaveDuplicates();
        assertThat(dataset.category(event(dataset, "Imjin War").categoryId())
                        .name()
                        .text())
                .isEqualTo("War");
    }

    @Test
    void givenTheSample_whenRead_thenHtmlBecomesPlainText() throws IOException {
        Dataset dataset = readSample().dataset();

        assertThat(dataset.events()).allSatisfy(e -> {
            assertThat(e.title() + e.summary() + e.description()).doesNotContain("<", "alert", "&amp;", "color:");
        });
        Event movement = event(dataset, "March 1st Movement");
        assertThat(movement.description())
                .isEqualTo("A declaration of independence is read in Seoul.\n\nProtests spread > across the country.");
        assertThat(event(dataset, "Hunminjeongeum promulgated").description())
                .isEqualTo("King Sejong publishes Hunminjeongeum, the \"correct sounds for the instruction of the"
                        + " people\".\n\n28 letters\nHangul Day – 9 October");
        assertThat(event(dataset, "Imjin War").description()).contains("Yi Sun-sin's fleet cuts the invaders' supply");
        assertThat(event(dataset, "Liberation").description())
                .isEqualTo("Japan surrenders; Korea is liberated.\nThe peninsula is divided at the 38th parallel.");
        assertThat(dataset.eras()).extracting(e -> e.title().text()).containsExactly("Three Kingdoms", "Joseon");
    }

    @Test
    void givenTheSample_whenRead_thenTheSummaryIsTheFirstSentence() throws IOException {
        Dataset dataset = readSample().dataset();

        assertThat(event(dataset, "Founding of Gojoseon").summary())
                .isEqualTo("According to the Samguk yusa, Dangun founded Gojoseon in 2333 BC.");
        assertThat(event(dataset, "Korean War").summary()).isEqualTo("North Korea invades the South.");
    }

    @Test
    void givenTheSample_whenRead_thenHttpMediaBecomeSourcesAndOthersAreWarnedAbout() throws IOException {
        LoadResult result = readSample();
        Dataset dataset = result.dataset();

        assertThat(event(dataset, "Imjin War").sources())
                .containsExactly(new Source("Wikipedia", "https://en.wikipedia.org/wiki/Imjin_War"));
        assertThat(event(dataset, "Hunminjeongeum promulgated").sources())
                .containsExactly(new Source("en.wikipedia.org", "https://en.wikipedia.org/wiki/Hunminjeongeum"));
        assertThat(event(dataset, "Korean War").sources()).isEmpty();
        assertThat(result.warnings())
                .extracting(Problem::toString)
                .containsExactly(
                        SAMPLE + ":119:24: warning: events[11].media.url: ignored media:"
                                + " \"javascript:alert(document.cookie)\" is not an http or https address",
                        SAMPLE + ":124:67: warning: events[12].start_date.hour: the time of day is ignored"
                                + " (dates are kept to the day)");
    }

    @Test
    void givenTheSample_whenValidatedOnTheCommandLine_thenOk() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = AppCommand.run(
                new String[] {"--validate", SAMPLE_FILE.toString()},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new AppCommand());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualToIgnoringNewLines(SAMPLE_FILE + ": OK (13 events, 0 countries)");
        assertThat(err.toString()).contains(SAMPLE_FILE + ":119:24: warning: events[11].media.url: ignored media");
    }

    @Test
    void givenAFileOnDisk_whenReadByPath_thenTimelineJsIsRecognisedToo() throws IOException {
        Path file = dir.resolve("korea.json");
        Files.copy(SAMPLE_FILE, file);

        LoadResult result = reader.read(file);

        assertThat(result.isValid()).isTrue();
        assertThat(result.dataset().events()).hasSize(13);
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo("korea.json"));
    }

    // ------------------------------------------------------------------ malformed timelines

    @Test
    void givenAMissingHeadline_whenRead_thenTheErrorPointsAtTheTextObject() throws IOException {
        String json = lines(
                "{\"events\": [",
                "  {\"start_date\": {\"year\": 1950}, \"text\": {\"text\": \"no headline\"}},",
                "  {\"start_date\": {\"year\": 1951}, \"text\": {\"headline\": \" <b> </b> \"}},",
                "  {\"start_date\": {\"year\": 1952}}",
                "]}");

        assertThat(messages(json))
                .containsExactly(
                        "tl.json:2:42: error: events[0].text.headline: missing required field \"headline\"",
                        "tl.json:3:55: error: events[1].text.headline: must not be empty",
                        "tl.json:4:3: error: events[2].text: missing required field \"text\""
                                + " (an object with a \"headline\")");
        assertThat(read(json).isValid()).isFalse();
    }

    @Test
    void givenBadDateParts_whenRead_thenEachIsReportedAtItsValue() throws IOException {
        String json = lines(
                "{\"events\": [",
                "  {\"start_date\": {\"year\": \"1965\", \"month\": \"13\"}, \"text\": {\"headline\": \"A\"}},",
                "  {\"start_date\": {\"year\": 1965, \"month\": 2, \"day\": 30}, \"text\": {\"headline\": \"B\"}},",
                "  {\"start_date\": {\"month\": 2}, \"text\": {\"headline\": \"C\"}},",
                "  {\"start_date\": {\"year\": 0}, \"text\": {\"headline\": \"D\"}},",
                "  {\"start_date\": {\"year\": \"1965\", \"day\": 3}, \"text\": {\"headline\": \"E\"}},",
                "  {\"start_date\": {\"year\": -12000}, \"text\": {\"headline\": \"F\"}}",
                "]}");

        assertThat(messages(json))
                .containsExactly(
                        "tl.json:2:44: error: events[0].start_date.month: 13 is not a month (must be 1-12)",
                        "tl.json:3:52: error: events[1].start_date.day: 30 is not a day"
                                + " (day must be 1-28 in February 1965)",
                        "tl.json:4:18: error: events[2].start_date.year: missing required field \"year\"",
                        "tl.json:5:27: error: events[3].start_date.year: there is no year 0 (1 BC is -1, 1 AD is 1)",
                        "tl.json:6:42: error: events[4].start_date.day: a day needs a month",
                        "tl.json:7:27: error: events[5].start_date.year: -12000 is out of range"
                                + " (years from 10000 BC to 9999)");
    }

    @Test
    void givenAnEndBeforeTheStart_whenRead_thenTheErrorPointsAtTheEnd() throws IOException {
        String json = lines(
                "{\"events\": [{",
                "  \"start_date\": {\"year\": 1953, \"month\": 7, \"day\": 27},",
                "  \"end_date\": {\"year\": 1950, \"month\": 6},",
                "  \"text\": {\"headline\": \"Backwards\"}",
                "}]}");

        assertThat(messages(json))
                .containsExactly("tl.json:3:15: error: events[0].end_date: the end (June 1950) is before the start"
                        + " (27 July 1953)");
    }

    @Test
    void givenValuesOfTheWrongType_whenRead_thenTheMismatchesAreReported() throws IOException {
        String json = lines(
                "{\"title\": {\"text\": {\"headline\": 7}},",
                " \"events\": [",
                "  {\"start_date\": \"1950\", \"text\": {\"headline\": \"A\"}},",
                "  {\"start_date\": {\"year\": true}, \"text\": {\"headline\": [\"B\"]}},",
                "  {\"start_date\": {\"year\": 1950.5}, \"text\": \"C\", \"group\": 3},",
                "  {\"start_date\": {\"year\": \"MCML\"}, \"text\": {\"headline\": \"D\"}, \"media\": \"x.png\"},",
                "  42",
                " ],",
                " \"eras\": {}",
                "}");

        assertThat(messages(json))
                .containsExactly(
                        "tl.json:1:33: error: title.text.headline: expected a string, found a number",
                        "tl.json:3:18: error: events[0].start_date: expected a date object such as"
                                + " {\"year\": \"1950\", \"month\": \"6\"}, found a string",
                        "tl.json:4:27: error: events[1].start_date.year: expected a whole number or a string of"
                                + " digits, found true or false",
                        "tl.json:4:55: error: events[1].text.headline: expected a string, found an array",
                        "tl.json:5:27: error: events[2].start_date.year: expected a whole number, found 1950.5",
                        "tl.json:5:44: error: events[2].text: expected an object, found a string",
                        "tl.json:5:58: error: events[2].group: expected a string, found a number",
                        "tl.json:6:27: error: events[3].start_date.year: expected a whole number, found \"MCML\"",
                        "tl.json:6:72: error: events[3].media: expected an object, found a string",
                        "tl.json:7:3: error: events[4]: expected an object, found a number",
                        "tl.json:9:10: error: eras: expected an array, found an object");
    }

    @Test
    void givenDuplicatesAndSyntaxErrors_whenRead_thenTheyAreLocated() throws IOException {
        String dupes = lines(
                "{\"events\": [",
                "  {\"start_date\": {\"year\": 1950, \"year\": 1951}, \"text\": {\"headline\": \"A\"}, \"unique_id\": \"a\"},",
                "  {\"start_date\": {\"year\": 1952}, \"text\": {\"headline\": \"B\"}, \"unique_id\": \"a\"}",
                "]}");
        String broken =
                lines("{\"events\": [", "  {\"start_date\": {\"year\": 1950}, \"text\": {\"headline\": \"A\"},]}");

        assertThat(messages(dupes))
                .containsExactly(
                        "tl.json:2:33: error: events[0].start_date.year: duplicate key \"year\" in the same object",
                        "tl.json:3:74: error: events[1].unique_id: duplicate id \"a\" (first used on line 2)");
        assertThat(messages(broken))
                .hasSize(1)
                .first()
                .asString()
                .startsWith("tl.json:2:")
                .contains("malformed JSON");
    }

    @Test
    void givenUnknownFieldsAndSeveralSpellingsOfDates_whenRead_thenWarnedOnceAndRead() throws IOException {
        String json = lines(
                "{\"events\": [",
                "  {\"start_date\": {\"year\": \" 1950 \", \"month\": \"\", \"day\": null}, \"text\": {\"headline\": \"A\"},"
                        + " \"colour\": 1},",
                "  {\"start_date\": {\"year\": \"+1951\"}, \"text\": {\"headline\": \"A\"}, \"colour\": 2, \"group\": \"\"}",
                "]}");

        LoadResult result = read(json);

        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly("tl.json:2:101: warning: events[0].colour: unknown field (ignored)");
        assertThat(result.dataset().title().text()).isEqualTo("tl.json");
        assertThat(result.dataset().events()).extracting(Event::id).containsExactly("a-1950", "a-1951");
        assertThat(result.dataset().events().get(0).start().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(result.dataset().categories()).isEmpty();
    }

    // ------------------------------------------------------------------ format detection

    @Test
    void givenTheAppsOwnFormat_whenRead_thenItIsNotTakenForTimelineJs() throws IOException {
        LoadResult own = read("{\"title\": \"Mine\", \"events\": [{\"title\": \"War\", \"start\": \"1950\","
                + " \"description\": \"mentions \\\"start_date\\\"\"}]}");
        LoadResult ownEventsFirst =
                read("{\"events\": [{\"title\": \"War\", \"start\": \"1950\"}], \"title\": \"start_date\"}");

        assertThat(own.problems()).isEmpty();
        assertThat(own.dataset().title().text()).isEqualTo("Mine");
        assertThat(ownEventsFirst.problems()).isEmpty();
        assertThat(ownEventsFirst.dataset().events()).extracting(Event::title).containsExactly("War");
    }

    @Test
    void givenATimelineWithOnlyATitleSlideObject_whenRead_thenItIsTimelineJs() throws IOException {
        LoadResult result = read("{\"title\": {\"text\": {\"headline\": \"Empty\"}}, \"events\": []}");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().title().text()).isEqualTo("Empty");
    }

    @Test
    void givenALargeOwnFile_whenRead_thenItIsDecidedByItsFirstEventAndStreamed() throws IOException {
        StringBuilder json = new StringBuilder("{\"events\": [");
        for (int i = 0; i < 3000; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"title\": \"E")
                    .append(i)
                    .append("\", \"start\": \"1950\", \"tags\": [\"start_date\", \"headline\"]}");
        }
        json.append("], \"title\": \"Big\"}");
        assertThat(json.length()).isGreaterThan(TimelineJsSniffer.PROBE_BYTES);

        LoadResult result = read(json.toString());

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().title().text()).isEqualTo("Big");
        assertThat(result.dataset().events()).hasSize(3000);
    }

    @Test
    void givenAnOwnFileWhoseFirstEventOutgrowsTheProbe_whenRead_thenTheWholeFileDecides() throws IOException {
        String json = "{\"events\": [{\"tags\": [\"start_date\"], \"description\": \""
                + "x".repeat(TimelineJsSniffer.PROBE_BYTES) + "\", \"title\": \"Long\", \"start\": \"1950\"}]}";

        LoadResult result = read(json);

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().events()).extracting(Event::title).containsExactly("Long");
    }

    @Test
    void givenATimelineJsFileWhoseFirstSlideOutgrowsTheProbe_whenRead_thenItIsRecognised() throws IOException {
        String json = "{\"events\": [{\"text\": {\"headline\": \"Long\", \"text\": \""
                + "x".repeat(TimelineJsSniffer.PROBE_BYTES) + "\"}, \"start_date\": {\"year\": 1950}}]}";

        LoadResult result = read(json);

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().events()).extracting(Event::title).containsExactly("Long");
        assertThat(result.dataset().events().get(0).description()).hasSize(TimelineJsSniffer.PROBE_BYTES);
    }
}
