package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Era;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.LocalizedText;
import dev.timelineexplorer.model.Region;
import dev.timelineexplorer.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {
    @TempDir
    Path folder;

    private static Dataset bundled() {
        LoadResult result = BundledDataset.load();
        assertThat(result.problems()).isEmpty();
        return result.dataset();
    }

    private static byte[] write(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.write(dataset, out);
        return out.toByteArray();
    }

    private static byte[] write(Dataset dataset, List<Event> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.write(dataset, events, out);
        return out.toByteArray();
    }

    private static LoadResult read(byte[] json) throws IOException {
        return new DatasetLoader().read(new ByteArrayInputStream(json), "written.json");
    }

    private static Event event(String id, String title, String start, String end, List<String> countries) {
        return new Event(
                id,
                title,
                HistoricalDate.parse(start),
                end == null ? null : HistoricalDate.parse(end),
                countries,
                null,
                "",
                "",
                List.of(),
                List.of(),
                null);
    }

    /** Events in the order the reader sorts them: by start, then end. */
    private static List<Event> byTime(Event... events) {
        return Stream.of(events)
                .sorted(Comparator.comparingLong(Event::startDay).thenComparingLong(Event::endDayExclusive))
                .toList();
    }

    private static Dataset tricky() {
        List<Country> countries = List.of(
                // A declared ISO code without a region is given its M49 region on reading: write it as read.
                new Country(
                        "KR",
                        LocalizedText.of("대한민국 (South Korea)"),
                        "#0047A0",
                        CountryKind.COUNTRY,
                        Region.ASIA,
                        List.of()),
                new Country("UN", "United \"Nations\"", "#5B92E5", CountryKind.ORGANIZATION),
                new Country("ROME_1", "Rome,\nthe Republic", "#8E44AD", CountryKind.COUNTRY));
        List<Category> categories = List.of(
                new Category("war", "War & \"conflict\"", "#C0392B"),
                new Category("politics", "Politics\\Power", "#2980B9"));
        List<Era> eras = List.of(
                new Era("Antiquity", HistoricalDate.parse("-0500"), HistoricalDate.parse("0476-09"), "#EEEEEE"),
                new Era("Cold War", HistoricalDate.parse("1947"), HistoricalDate.parse("1991-12-26"), null));
        List<Event> events = byTime(
                new Event(
                        "ides-of-march",
                        "Caesar \"assassinated\", Rome",
                        HistoricalDate.parse("-0043-03-15"),
                        null,
                        List.of("ROME_1"),
                        "politics",
                        "Stabbed 23 times; \"Et tu, Brute?\"",
                        "First paragraph.\n\nSecond\tparagraph with a \\backslash and </script>.\r\nEnd \u0007.",
                        List.of(new Source("", "https://example.org/caesar?a=1&b=%22x%22")),
                        List.of("rome", "tag, with comma"),
                        null),
                new Event(
                        "korean-war",
                        "한국 전쟁 — Korean War 🇰🇷",
                        HistoricalDate.parse("1950"),
                        HistoricalDate.parse("1953-07"),
                        List.of("KR", "UN"),
                        "war",
                        "요약: one sentence.",
                        "",
                        List.of(
                                new Source("Armistice Agreement", "https://example.org/armistice"),
                                new Source("Second, \"quoted\" source", "http://example.org/2")),
                        List.of("한국", "armistice"),
                        null),
                event("month-only", "Known only to the month", "1965-06", null, List.of()),
                event("year-zero", "Year 0000 is 1 BC", "0000", "0001-01-01", List.of("KR")));
        return new Dataset(
                "Tricky \"text\" — 한국\ttabs", "Line one\nline two\n\n\"quoted\"", countries, categories, eras, events);
    }

    @Test
    void givenTheBundledDataset_whenWrittenAndReadBack_thenTheDatasetIsEqualWithoutProblems() throws IOException {
        Dataset dataset = bundled();

        LoadResult result = read(write(dataset));

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset()).isEqualTo(dataset);
        assertThat(result.dataset().events()).containsExactlyElementsOf(dataset.events());
    }

    @Test
    void givenTheBundledDataset_whenWritten_thenItIsPrettyPrintedUtf8WithTwoSpaceIndentation() throws IOException {
        Dataset dataset = bundled();

        byte[] bytes = write(dataset);
        String json = new String(bytes, StandardCharsets.UTF_8);

        assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) '{');
        assertThat(json)
                .startsWith("{\n  \"languages\": [\n    \"en\",\n    \"ko\"\n  ],\n  \"title\": {\n    \"en\": \""
                        + dataset.title().in("en") + "\",\n    \"ko\": \""
                        + dataset.title().in("ko") + "\"\n  },\n");
        assertThat(json)
                .contains("\n  \"events\": [\n    {\n      \"id\": \""
                        + dataset.events().get(0).id() + "\",\n");
        assertThat(json)
                .contains("      \"id\": \"korean-war\",\n      \"title\": {\n        \"en\": \"Korean War\",\n"
                        + "        \"ko\": \"6·25 전쟁\"\n      },\n"
                        + "      \"start\": \"1950-06-25\",\n      \"end\": \"1953-07-27\",\n"
                        + "      \"countries\": [\n        \"KR\",\n        \"KP\",\n");
        assertThat(json).doesNotContain("\r").doesNotContain("\t").endsWith("}\n");
    }

    @Test
    void givenASubsetOfEvents_whenWrittenAndReadBack_thenOnlyTheCountriesAndCategoriesUsedAreDeclared()
            throws IOException {
        Dataset dataset = bundled();
        List<Event> withJapan = dataset.events().stream()
                .filter(e -> e.countryCodes().contains("JP"))
                .toList();
        Set<String> usedCodes = new LinkedHashSet<>();
        withJapan.forEach(e -> usedCodes.addAll(e.countryCodes()));
        assertThat(withJapan).isNotEmpty().hasSizeLessThan(dataset.events().size());

        LoadResult result = read(write(dataset, withJapan));

        assertThat(result.problems()).isEmpty();
        Dataset subset = result.dataset();
        assertThat(subset.events()).containsExactlyElementsOf(withJapan);
        assertThat(subset.countries()).extracting(Country::code).containsExactlyInAnyOrderElementsOf(usedCodes);
        assertThat(subset.countries())
                .as("the dataset's own entries, in declaration order")
                .containsExactlyElementsOf(dataset.countries().stream()
                        .filter(c -> usedCodes.contains(c.code()))
                        .toList());
        assertThat(subset.categories())
                .containsExactlyElementsOf(dataset.categories().stream()
                        .filter(c -> withJapan.stream().anyMatch(e -> c.id().equals(e.categoryId())))
                        .toList());
        assertThat(subset.title()).isEqualTo(dataset.title());
        assertThat(subset.description()).isEqualTo(dataset.description());
        assertThat(subset.eras()).isEqualTo(dataset.eras());
    }

    @Test
    void givenTrickyTextAndDates_whenWrittenAndReadBack_thenTheDatasetIsEqual() throws IOException {
        Dataset dataset = tricky();

        byte[] bytes = write(dataset);
        LoadResult result = read(bytes);

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset()).isEqualTo(dataset);
        assertThat(result.dataset().events()).containsExactlyElementsOf(dataset.events());
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json)
                .as("Unicode written as UTF-8, precision kept")
                .contains("한국 전쟁")
                .contains("\"start\": \"-0043-03-15\"")
                .contains("\"start\": \"1950\"")
                .contains("\"end\": \"1953-07\"")
                .contains("\"start\": \"1965-06\"")
                .contains("\"kind\": \"organization\"");
        assertThat(json).as("kind only for organisations").containsOnlyOnce("\"kind\"");
    }

    @Test
    void givenAnEventWithoutOptionalFields_whenWritten_thenEmptyFieldsAreLeftOut() throws IOException {
        Event bare = event("bare", "Bare", "1965", null, List.of());
        Dataset dataset = new Dataset("Bare", "", List.of(), List.of(), List.of(), List.of(bare));

        String json = new String(write(dataset), StandardCharsets.UTF_8);

        assertThat(json)
                .isEqualTo("{\n  \"title\": \"Bare\",\n  \"events\": [\n    {\n      \"id\": \"bare\",\n"
                        + "      \"title\": \"Bare\",\n      \"start\": \"1965\"\n    }\n  ]\n}\n");
        assertThat(read(json.getBytes(StandardCharsets.UTF_8)).dataset()).isEqualTo(dataset);
    }

    @Test
    void givenAFile_whenWritten_thenItIsReplacedAndNoTemporaryFileIsLeft() throws IOException {
        Path file = folder.resolve("out.json");
        Files.writeString(file, "old content");
        Dataset dataset = tricky();

        DatasetWriter.write(dataset, file);

        LoadResult result = new DatasetLoader().read(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset()).isEqualTo(dataset);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void givenASubsetWrittenToAFile_whenReadBack_thenItHoldsOnlyThoseEvents() throws IOException {
        Path file = folder.resolve("subset.json");
        Dataset dataset = tricky();
        // The Ides of March (ROME_1, politics) and year 0000 (KR, no category).
        List<Event> firstTwo = dataset.events().subList(0, 2);

        DatasetWriter.write(dataset, firstTwo, file);

        Dataset subset = new DatasetLoader().read(file).dataset();
        assertThat(subset.events()).containsExactlyElementsOf(firstTwo);
        assertThat(subset.countries()).extracting(Country::code).containsExactly("KR", "ROME_1");
        assertThat(subset.categories()).extracting(Category::id).containsExactly("politics");
    }

    @Test
    void givenAWriteThatFailsHalfway_whenWritingAFile_thenTheOldFileIsKeptAndNoTemporaryFileIsLeft()
            throws IOException {
        Path file = folder.resolve("keep.json");
        Files.writeString(file, "old content");
        IOException diskFull = new IOException("disk full");

        assertThatThrownBy(() -> DatasetWriter.writeAtomically(file, out -> {
                    out.write("{\"events\": [".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    throw diskFull;
                }))
                .isSameAs(diskFull);

        assertThat(file).hasContent("old content");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void givenANullEvent_whenWritingAFile_thenTheOldFileIsKeptAndNoTemporaryFileIsLeft() throws IOException {
        Path file = folder.resolve("keep.json");
        Files.writeString(file, "old content");
        List<Event> broken = Arrays.asList(tricky().events().get(0), null);

        assertThatThrownBy(() -> DatasetWriter.write(tricky(), broken, file)).isInstanceOf(NullPointerException.class);

        assertThat(file).hasContent("old content");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void givenAnUnpairedSurrogate_whenWrittenAndReadBack_thenItSurvivesAsAnEscape() throws IOException {
        Dataset dataset = new Dataset(
                "Broken \uD800 surrogate",
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(event("e", "E", "1965", null, List.of())));

        byte[] bytes = write(dataset);

        assertThat(new String(bytes, StandardCharsets.US_ASCII)).contains("Broken \\uD800 surrogate");
        assertThat(read(bytes).dataset()).isEqualTo(dataset);
    }
}
