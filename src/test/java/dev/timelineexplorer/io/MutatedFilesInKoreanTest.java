package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Files broken byte by byte, as a user's editor or a bad download may leave them, in each format the loader reads:
 * whatever the readers say about them is said in Korean under Korean (no English sentence outside the values a
 * message quotes), and in no language does a message name a library's class or exception.
 */
class MutatedFilesInKoreanTest {
    private static final int MUTANTS = 600;

    private static final String EVENTS_HEADER =
            "id,title,start,end,countries,category,summary,description,source_titles,source_urls,tags\r\n";
    private static final String SHEET_HEADER =
            "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                    + "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n";

    /** What a mutation may put in: JSON and CSV punctuation, letters, digits, a multi-byte character, controls. */
    private static final String ALPHABET = "{}[],:\"'\\ \n\tabcxyz019-#/.eE+é한\u0000\u0001";

    /** Quoted values (with their escapes), characters in quotes, and JSON examples: kept as written. */
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\[[^]]*]|\\{[^}]*}");

    /** Three English words in a row: what is left of a sentence nobody translated. */
    private static final Pattern ENGLISH_RUN = Pattern.compile("[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}");

    private static final Pattern LIBRARY = Pattern.compile("Exception|org\\.|java\\.|jackson|apache|commons\\.csv");

    private record Seed(String name, byte[] bytes) {}

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = MutatedFilesInKoreanTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<Seed> seeds() throws IOException {
        String inputs = "DatasetReadersFuzzTestInputs/";
        return List.of(
                new Seed("dataset.json", resource(inputs + "ownJson/small-bundled.json")),
                new Seed("timeline.json", resource(inputs + "timelineJsJson/sample.json")),
                new Seed("timeline.json", resource("timelinejs-sample.json")),
                new Seed("events.csv", concat(EVENTS_HEADER, resource(inputs + "csv/events-rows.csv"))),
                new Seed("sheet.csv", concat(SHEET_HEADER, resource(inputs + "csv/sheet-rows.csv"))));
    }

    private static byte[] concat(String header, byte[] rows) {
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + rows.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(rows, 0, out, head.length, rows.length);
        return out;
    }

    /** A copy with one to three bytes replaced, removed or inserted. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            byte[] character = String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())))
                    .getBytes(StandardCharsets.UTF_8);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = character[0];
                case 1 -> bytes = splice(bytes, at, 1, new byte[0]);
                case 2 -> bytes = splice(bytes, at, 0, character);
                default -> bytes[at] = (byte) random.nextInt(256);
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int removed, byte[] inserted) {
        byte[] out = new byte[bytes.length - removed + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at + removed, out, at + inserted.length, bytes.length - at - removed);
        return out;
    }

    @Test
    void givenMutatedFilesOfEveryFormat_whenTheirProblemsAreSaidInKorean_thenNoEnglishSentenceAndNoLibraryRemains()
            throws IOException {
        List<Seed> seeds = seeds();
        Random random = new Random(21);
        List<Problem> problems = new ArrayList<>(ProblemMessagesTest.corpusProblems());
        for (int i = 0; i < MUTANTS; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            problems.addAll(new DatasetLoader()
                    .read(new ByteArrayInputStream(mutate(seed.bytes(), random)), seed.name())
                    .problems());
        }

        assertThat(problems).hasSizeGreaterThan(MUTANTS);
        for (Problem problem : problems) {
            String korean = ProblemMessages.message(problem, Locale.KOREAN);
            String koreanWords = QUOTED.matcher(korean).replaceAll("");
            assertThat(koreanWords)
                    .as("%s -> %s", problem.message(), korean)
                    .doesNotContainPattern(ENGLISH_RUN)
                    .doesNotContainPattern(LIBRARY);
            assertThat(QUOTED.matcher(problem.message()).replaceAll(""))
                    .as(problem.message())
                    .doesNotContainPattern(LIBRARY);
        }
    }
}
