package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.DatePrecision;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV opens wherever a dataset is accepted: the app's own export, edited or not, and the TimelineJS template. */
class CsvReadersTest {
    private static final String SHEET_HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,"
            + "Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n";

    private static LoadResult read(String csv, String name) throws IOException {
        return new DatasetLoader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static List<String> messages(String csv, String name) throws IOException {
        return read(csv, name).problems().stream().map(Problem::toString).toList();
    }

    private static String export(List<Event> events, String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.export(events, language, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenTheBundledEvents_whenExportedAsCsvAndOpenedAgain_thenNothingTheCsvHoldsIsLost() throws IOException {
        Dataset dataset = BundledDataset.load().dataset();

        for (String language : List.of("en", "ko")) {
            LoadResult again = read(export(dataset.events(), language), "events.csv");

            assertThat(again.problems()).as(language).isEmpty();
            List<Event> read = again.dataset().events();
            assertThat(read).hasSameSizeAs(dataset.events());
            for (int i = 0; i < read.size(); i++) {
                Event original = dataset.events().get(i);
                Event back = read.get(i);
                assertThat(back.id()).isEqualTo(original.id());
                assertThat(back.title()).isEqualTo(original.title(language));
                assertThat(back.start()).isEqualTo(original.start());
                assertThat(back.end()).isEqualTo(original.end());
                assertThat(back.countryCodes()).isEqualTo(original.countryCodes());
                assertThat(back.categoryId()).isEqualTo(original.categoryId());
                assertThat(back.summary()).isEqualTo(original.summary(language));
                assertThat(back.description()).isEqualTo(original.description(language));
                assertThat(back.sources())
                        .extracting(Source::url)
                        .isEqualTo(original.sources().stream().map(Source::url).toList());
                assertThat(back.sources())
                        .extracting(s -> s.title().text())
                        .isEqualTo(original.sources().stream()
                                .map(s -> s.title().in(language))
                                .toList());
                assertThat(back.tags()).isEqualTo(original.tags());
            }
        }
    }

    @Test
    void givenTextThatASpreadsheetWouldRunAsAFormula_whenExported_thenItIsGuardedAndReadsBackAsItWas()
            throws IOException {
        Event risky = new Event(
                "-dash-id",
                "=HYPERLINK(\"https://evil.example\",\"click\")",
                HistoricalDate.parse("-0043-03-15"),
                null,
                List.of("KR"),
                "@mention",
                "+1 for Caesar",
                "'quoted' already\n\tand a tab after a line break",
                List.of(new Source("\tTabbed title", "https://example.org/a")),
                List.of("-minus", "plain"),
                null);

        String csv = export(List.of(risky), "en");
        Event back = read(csv, "risky.csv").dataset().events().get(0);

        String row = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(row)
                .startsWith("'-dash-id,\"'=HYPERLINK(")
                .contains(",-0043-03-15,")
                .contains(",'@mention,'+1 for");
        assertThat(back.id()).isEqualTo("-dash-id");
        assertThat(back.title()).isEqualTo(risky.title());
        assertThat(back.start()).isEqualTo(risky.start());
        assertThat(back.categoryId()).isEqualTo("@mention");
        assertThat(back.summary()).isEqualTo("+1 for Caesar");
        assertThat(back.description()).isEqualTo(risky.description());
        assertThat(back.sources().get(0).title().text()).isEqualTo("\tTabbed title");
        assertThat(back.tags()).containsExactly("-minus", "plain");
    }

    @Test
    void givenAnEditedCsvWithMistakes_whenOpened_thenEachIsReportedAtItsRowAndColumnNamingTheColumn()
            throws IOException {
        String csv = "id,title,start,end,countries,source_urls,colour\r\n"
                + "a,Fine,1950,,KR,https://example.org,red\r\n"
                + "b,Bad month,1965-13-01,,KR,,\r\n"
                + "c,,1966,1960,K R,ftp://example.org,\r\n"
                + "a,Again,1970,,,,\r\n";

        assertThat(messages(csv, "edited.csv"))
                .containsExactly(
                        "edited.csv:1:7: warning: colour: unknown column (ignored)",
                        "edited.csv:3:3: error: start: \"1965-13-01\" is not a date (month must be 1-12)",
                        "edited.csv:4:2: error: title: must not be empty",
                        "edited.csv:4:4: error: end: the end (1960) is before the start (1966)",
                        "edited.csv:4:5: error: countries: \"K R\" is not a valid code (1-16 letters, digits, '-' or"
                                + " '_')",
                        "edited.csv:4:6: error: source_urls: \"ftp://example.org\" is not an http or https address",
                        "edited.csv:5:1: error: id: duplicate id \"a\" (first used on line 2)");
    }

    @Test
    void givenATimelineJsSheet_whenOpened_thenTheTitleErasAndEventsAreRead() throws IOException {
        String sheet = SHEET_HEADER
                + ",,,,,,,,,Korea and the world,<p>Since <b>1948</b></p>,,,,,title,,\r\n"
                + "1950,6,25,,1953,7,27,,,Korean War,The war <i>begins</i>.,https://example.org/war,Archive,,,,"
                + "War,\r\n"
                + "1965,6,,,,,,,,Treaty with Japan,,,,,,,Diplomacy,\r\n"
                + "1961,,,,1979,,,,,Park era,,,,,,era,,\r\n"
                + "-43,3,15,10:00,,,,,,Ides,,,,,,,,\r\n";

        LoadResult result = read(sheet, "timeline.csv");

        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "timeline.csv:6:4: warning: Time: the time of day is ignored (dates are kept to the" + " day)");
        Dataset dataset = result.dataset();
        assertThat(dataset.title().text()).isEqualTo("Korea and the world");
        assertThat(dataset.description().text()).isEqualTo("Since 1948");
        assertThat(dataset.eras())
                .singleElement()
                .satisfies(era -> assertThat(era.title().text()).isEqualTo("Park era"));
        assertThat(dataset.events())
                .extracting(Event::title)
                .containsExactly("Ides", "Korean War", "Treaty with Japan");
        Event war = dataset.events().get(1);
        assertThat(war.dateText()).isEqualTo("25 June 1950 – 27 July 1953");
        assertThat(war.description()).isEqualTo("The war begins.");
        assertThat(war.sources()).singleElement().satisfies(s -> {
            assertThat(s.url()).isEqualTo("https://example.org/war");
            assertThat(s.title().text()).isEqualTo("Archive");
        });
        assertThat(dataset.category(war.categoryId()).name().text()).isEqualTo("War");
        assertThat(dataset.events().get(2).start().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(dataset.events().get(0).start()).isEqualTo(HistoricalDate.parse("-0042-03-15"));
    }

    @Test
    void givenASheetWithMistakes_whenOpened_thenEachIsReportedAtItsRowAndColumnNamingTheColumn() throws IOException {
        String sheet = SHEET_HEADER
                + "1950,13,1,,,,,,,Bad month,,,,,,,,\r\n"
                + "x,,,,,,,,,Bad year,,,,,,,,\r\n"
                + "1960,,,,1950,,,,,Ends early,,,,,,,,\r\n"
                + "1970,,,,,,,,,,,,,,,,,\r\n";

        assertThat(messages(sheet, "sheet.csv"))
                .containsExactly(
                        "sheet.csv:2:2: error: Month: 13 is not a month (must be 1-12)",
                        "sheet.csv:3:1: error: Year: expected a whole number, found \"x\"",
                        "sheet.csv:4:5: error: End Year: the end (1950) is before the start (1960)",
                        "sheet.csv:5:1: error: Headline: missing required field \"text\" (an object with a"
                                + " \"headline\")");
    }

    @Test
    void givenACsvOfNoKnownKind_whenOpened_thenItSaysWhatHeadersItKnows() throws IOException {
        assertThat(messages("name,age\r\nAda,36\r\n", "people.csv"))
                .containsExactly("people.csv:1:1: error: not a known CSV: the header must name the columns of an"
                        + " events export (title, start, …) or of the TimelineJS template (Year, …, Headline, …)");
        assertThat(messages("title,start\r\n\"unclosed,1950\r\n", "broken.csv"))
                .singleElement()
                .asString()
                .startsWith("broken.csv:")
                .contains("malformed CSV");
    }
}
