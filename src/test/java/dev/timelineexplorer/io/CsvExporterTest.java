package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
    private static final CSVFormat READ_FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @TempDir
    Path folder;

    private static String export(List<Event> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.export(events, "en", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Parses CSV text, checking the header, and returns the records. */
    private static List<CSVRecord> parse(Reader csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, READ_FORMAT)) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(CsvExporter.HEADER);
            return parser.getRecords();
        }
    }

    private static Event tricky() {
        return new Event(
                "ides-of-march",
                "Caesar, \"the dictator\",\nassassinated",
                HistoricalDate.parse("-0043-03-15"),
                null,
                List.of("ROME", "SENATE"),
                "politics",
                "한국어 요약; with \"quotes\"\r\nand a CRLF",
                "exported too",
                List.of(
                        new Source("first", "https://example.org/a?b=1,2&c=%22"),
                        new Source("second", "https://example.org/second")),
                List.of(),
                null);
    }

    private static Event bare() {
        return new Event(
                "bare",
                "Bare",
                HistoricalDate.parse("1950"),
                HistoricalDate.parse("1953-07"),
                List.of(),
                null,
                "",
                "",
                List.of(),
                List.of(),
                null);
    }

    @Test
    void givenTheBundledEvents_whenExported_thenTheCsvParsesBackWithOneRecordPerEvent() throws IOException {
        Dataset dataset = BundledDataset.load().dataset();

        String csv = export(dataset.events());
        List<CSVRecord> records = parse(new StringReader(csv));

        assertThat(csv).startsWith(String.join(",", CsvExporter.HEADER) + "\r\n");
        assertThat(records).hasSameSizeAs(dataset.events());
        for (int i = 0; i < records.size(); i++) {
            Event event = dataset.events().get(i);
            CSVRecord record = records.get(i);
            assertThat(record.get("id")).isEqualTo(event.id());
            assertThat(record.get("title")).isEqualTo(event.title());
            assertThat(record.get("start")).isEqualTo(event.start().toIsoString());
            assertThat(record.get("end"))
                    .isEqualTo(event.end() == null ? "" : event.end().toIsoString());
            assertThat(record.get("countries")).isEqualTo(String.join(";", event.countryCodes()));
            assertThat(record.get("summary")).isEqualTo(event.summary());
            assertThat(record.get("source_urls").lines().toList())
                    .isEqualTo(event.sources().stream().map(Source::url).toList());
            assertThat(record.get("tags")).isEqualTo(String.join(";", event.tags()));
        }
        CSVRecord koreanWar = records.stream()
                .filter(r -> r.get("id").equals("korean-war"))
                .findFirst()
                .orElseThrow();
        assertThat(koreanWar.get("start")).isEqualTo("1950-06-25");
        assertThat(koreanWar.get("end")).isEqualTo("1953-07-27");
        assertThat(koreanWar.get("countries")).isEqualTo("KR;KP;US;CN;UN");
        assertThat(koreanWar.get("category")).isEqualTo("war");
    }

    @Test
    void givenTextWithCommasQuotesAndNewlines_whenExported_thenEveryFieldSurvives() throws IOException {
        Event event = tricky();

        List<CSVRecord> records = parse(new StringReader(export(List.of(event, bare()))));

        assertThat(records).hasSize(2);
        CSVRecord record = records.get(0);
        assertThat(record.get("id")).isEqualTo("ides-of-march");
        assertThat(record.get("title")).isEqualTo("Caesar, \"the dictator\",\nassassinated");
        assertThat(record.get("start")).isEqualTo("-0043-03-15");
        assertThat(record.get("end")).isEmpty();
        assertThat(record.get("countries")).isEqualTo("ROME;SENATE");
        assertThat(record.get("category")).isEqualTo("politics");
        assertThat(record.get("summary")).isEqualTo("한국어 요약; with \"quotes\"\r\nand a CRLF");
        assertThat(record.get("description")).isEqualTo("exported too");
        assertThat(record.get("source_titles")).isEqualTo("first\nsecond");
        assertThat(record.get("source_urls"))
                .isEqualTo("https://example.org/a?b=1,2&c=%22\nhttps://example.org/second");
    }

    @Test
    void givenAnEventWithoutOptionalFields_whenExported_thenItsColumnsAreEmptyAndDatesKeepTheirPrecision()
            throws IOException {
        String csv = export(List.of(bare()));

        assertThat(csv)
                .isEqualTo(
                        "id,title,start,end,countries,category,summary,description,source_titles,source_urls,tags\r\n"
                                + "bare,Bare,1950,1953-07,,,,,,,\r\n");
    }

    @Test
    void givenNoEvents_whenExported_thenOnlyTheHeaderIsWritten() throws IOException {
        assertThat(parse(new StringReader(export(List.of())))).isEmpty();
    }

    @Test
    void givenAFile_whenExported_thenItIsUtf8WithoutAByteOrderMarkAndNoTemporaryFileIsLeft() throws IOException {
        Path file = folder.resolve("events.csv");
        Files.writeString(file, "old content");

        CsvExporter.export(List.of(tricky()), "en", file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) 'i');
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(parse(reader))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get("summary")).startsWith("한국어 요약"));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void givenAnExportThatFailsHalfway_whenWritingAFile_thenTheOldFileIsKeptAndNoTemporaryFileIsLeft()
            throws IOException {
        Path file = folder.resolve("keep.csv");
        Files.writeString(file, "old content");
        List<Event> broken = Arrays.asList(tricky(), null);

        assertThatThrownBy(() -> CsvExporter.export(broken, "en", file)).isInstanceOf(NullPointerException.class);

        assertThat(file).hasContent("old content");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}
